namespace PyCgiRunner.Python.Modules.Text.Expat;

internal sealed partial class ExpatParser
{
    private const string XmlNamespace = "http://www.w3.org/XML/1998/namespace";
    private const string XmlnsNamespace = "http://www.w3.org/2000/xmlns/";

    private readonly List<string> _attrs = new();
    private readonly HashSet<string> _attrNames = new(StringComparer.Ordinal);

    private int NameEnd(char[] buf, int p, int end)
    {
        while (p < end && (XmlChars.IsNameChar(buf[p]) || buf[p] == ':')) p++;
        return p;
    }

    /// <summary>A start tag (or empty element): storeAtts, then the StartElementHandler (and EndElementHandler).</summary>
    private ExpatError StartTag(Tok tok, int s, int next)
    {
        var buf = CurrentBuffer;
        var rawName = new string(buf, s + 1, NameEnd(buf, s + 1, next) - s - 1);
        var frame = new TagFrame(rawName, rawName);
        var error = StoreAtts(buf, frame, tok is Tok.StartTagWithAtts or Tok.EmptyElementWithAtts, out var name, out var specified);
        if (error != ExpatError.None)
        {
            // expat 2.2's freeBindings ends the scopes an empty element opened before its error.
            if (tok is Tok.EmptyElementNoAtts or Tok.EmptyElementWithAtts) PopBindings(frame);
            return error;
        }
        frame = new TagFrame(rawName, name) { Bindings = frame.Bindings };
        var empty = tok is Tok.EmptyElementNoAtts or Tok.EmptyElementWithAtts;
        var handled = false;
        if (Has(HandlerKind.StartElement))
        {
            _sink.StartElement(name, new List<string>(_attrs), specified);
            handled = true;
        }
        else if (!empty) ReportDefault(s, next);
        if (!empty)
        {
            _tags.Add(frame);
            return ExpatError.None;
        }
        if (Has(HandlerKind.EndElement))
        {
            if (handled && !InEntity) _eventPos = _eventEndPos;
            _sink.EndElement(name);
            handled = true;
        }
        if (!handled) ReportDefault(s, next);
        PopBindings(frame);
        return ExpatError.None;
    }

    /// <summary>An end tag: it must match the open element (XML_ERROR_TAG_MISMATCH at its name).</summary>
    private ExpatError EndTag(int s, int next)
    {
        var level = InEntity ? _entities[^1].StartTagLevel : _proc == Processor.ExternalContent ? 0 : -1;
        if (_tags.Count == level || _tags.Count == 0) return ExpatError.AsyncEntity;
        var buf = CurrentBuffer;
        var tag = _tags[^1];
        _tags.RemoveAt(_tags.Count - 1);
        var nameEnd = NameEnd(buf, s + 2, next);
        if (nameEnd - s - 2 != tag.RawName.Length || string.CompareOrdinal(tag.RawName, 0, new string(buf, s + 2, nameEnd - s - 2), 0, tag.RawName.Length) != 0)
        {
            Event(s + 2, s + 2);
            return ExpatError.TagMismatch;
        }
        if (Has(HandlerKind.EndElement)) _sink.EndElement(tag.Name);
        else ReportDefault(s, next);
        PopBindings(tag);
        return ExpatError.None;
    }

    private void PopBindings(TagFrame tag)
    {
        if (tag.Bindings is null) return;
        for (var i = tag.Bindings.Count - 1; i >= 0; i--)
        {
            var (prefix, previous, hadPrevious) = tag.Bindings[i];
            if (Has(HandlerKind.EndNamespaceDecl)) _sink.EndNamespaceDecl(prefix);
            if (prefix is null) _defaultNs = previous;
            else if (hadPrevious) _bindings[prefix] = previous!;
            else _bindings.Remove(prefix);
        }
    }

    /// <summary>
    /// storeAtts: attribute values normalized (entity and character references expanded), duplicates refused,
    /// declared defaults appended, and with namespace processing the xmlns attributes bound (reported at once,
    /// in document order) and the names expanded.
    /// </summary>
    private ExpatError StoreAtts(char[] buf, TagFrame frame, bool withAtts, out string name, out int specified)
    {
        name = frame.RawName;
        specified = 0;
        _attrs.Clear();
        _attrNames.Clear();
        _dtd.Elements.TryGetValue(frame.RawName, out var type);
        var prefixed = 0;
        if (withAtts)
        {
            foreach (var att in _tok.Atts.ToArray())
            {
                var attName = new string(buf, att.NameStart, att.NameEnd - att.NameStart);
                if (!_attrNames.Add(attName))
                {
                    Event(att.NameStart, att.NameStart);
                    return ExpatError.DuplicateAttribute;
                }
                AttributeDecl? decl = null;
                type?.Attributes.TryGetValue(attName, out decl);
                var error = AttributeValue(buf, att.ValueStart, att.ValueEnd, decl?.IsCdata ?? true, fromProlog: false, out var value);
                if (error != ExpatError.None) return error;
                error = AddAttribute(frame, attName, value, ref prefixed);
                if (error != ExpatError.None) return error;
            }
        }
        specified = _attrs.Count / 2;
        if (type is not null)
        {
            foreach (var d in type.Defaults)
            {
                if (_attrNames.Contains(d.Name) || d.DefaultValue is null) continue;
                var error = AddAttribute(frame, d.Name, d.DefaultValue, ref prefixed);
                if (error != ExpatError.None) return error;
            }
        }
        if (!_ns) return ExpatError.None;
        return ExpandNames(frame, ref name, prefixed);
    }

    private ExpatError AddAttribute(TagFrame frame, string attName, string value, ref int prefixed)
    {
        if (_ns && (attName == "xmlns" || attName.StartsWith("xmlns:", StringComparison.Ordinal)))
            return AddBinding(frame, attName == "xmlns" ? null : attName[6..], value);
        if (_ns && attName.IndexOf(':') > 0) prefixed++;
        _attrs.Add(attName);
        _attrs.Add(value);
        return ExpatError.None;
    }

    /// <summary>addBinding: the rules of Namespaces in XML 1.0 for xmlns attributes.</summary>
    private ExpatError AddBinding(TagFrame frame, string? prefix, string uri)
    {
        if (uri.Length == 0 && prefix is not null) return ExpatError.UndeclaringPrefix;
        if (prefix == "xmlns") return ExpatError.ReservedPrefixXmlns;
        var mustBeXml = prefix == "xml";
        var isXml = uri == XmlNamespace;
        if (mustBeXml != isXml) return mustBeXml ? ExpatError.ReservedPrefixXml : ExpatError.ReservedNamespaceUri;
        if (uri == XmlnsNamespace) return ExpatError.ReservedNamespaceUri;
        frame.Bindings ??= new();
        if (prefix is null)
        {
            frame.Bindings.Add((null, _defaultNs, true));
            _defaultNs = uri.Length == 0 ? null : uri;
        }
        else
        {
            var had = _bindings.TryGetValue(prefix, out var previous);
            frame.Bindings.Add((prefix, previous, had));
            _bindings[prefix] = uri;
        }
        if (Has(HandlerKind.StartNamespaceDecl)) _sink.StartNamespaceDecl(prefix, prefix is null && uri.Length == 0 ? null : uri);
        return ExpatError.None;
    }

    /// <summary>Expands prefixed attribute names and the element name to URI + separator + local name.</summary>
    private ExpatError ExpandNames(TagFrame frame, ref string name, int prefixed)
    {
        if (prefixed > 0)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < _attrs.Count; i += 2)
            {
                var att = _attrs[i];
                var colon = att.IndexOf(':');
                if (colon > 0)
                {
                    var prefix = att[..colon];
                    var uri = prefix == "xml" && !_bindings.ContainsKey("xml") ? XmlNamespace : _bindings.GetValueOrDefault(prefix);
                    if (uri is null) return ExpatError.UnboundPrefix;
                    att = Qualify(uri, att[(colon + 1)..], prefix);
                    _attrs[i] = att;
                }
                if (!seen.Add(att)) return ExpatError.DuplicateAttribute;
            }
        }
        var elementColon = name.IndexOf(':');
        if (elementColon > 0)
        {
            var prefix = name[..elementColon];
            var uri = prefix == "xml" && !_bindings.ContainsKey("xml") ? XmlNamespace : _bindings.GetValueOrDefault(prefix);
            if (uri is null) return ExpatError.UnboundPrefix;
            name = Qualify(uri, name[(elementColon + 1)..], prefix);
        }
        else if (_defaultNs is not null) name = Qualify(_defaultNs, name, null);
        return ExpatError.None;
    }

    private string Qualify(string uri, string local, string? prefix)
        => ReturnTriplets && prefix is not null ? uri + _nsSep + local + _nsSep + prefix : uri + _nsSep + local;
}
