using System.Text;

namespace PyCgiRunner.Python.Modules.Text.Expat;

internal sealed partial class ExpatParser
{
    private bool _externalSubsetMode;
    private int _includeDepth;

    /// <summary>A parameter entity reference between declarations (XML_ROLE_PARAM_ENTITY_REF).</summary>
    private ExpatError ParamEntityReference(int s, int next)
    {
        var error = ParamEntityReference(s, next, out var handled);
        if (error == ExpatError.None && !handled) ReportDefault(s, next);
        return error;
    }

    private ExpatError ParamEntityReference(int s, int next, out bool handled)
    {
        handled = false;
        _dtd.HasParamEntityRefs = true;
        if (ParamEntityParsing == 0) _dtd.KeepProcessing = _dtd.Standalone;
        else
        {
            var name = Word(s + 1, next - 1);
            _dtd.Param.TryGetValue(name, out var entity);
            if (_parent is null && _dtd.Standalone && !InEntity)
            {
                if (entity is null) return ExpatError.UndefinedEntity;
                if (!entity.IsInternal) return ExpatError.EntityDeclaredInPe;
            }
            else if (entity is null)
            {
                _dtd.KeepProcessing = _dtd.Standalone;
                if (Has(HandlerKind.SkippedEntity))
                {
                    _sink.SkippedEntity(name, true);
                    handled = true;
                }
                return ExpatError.None;
            }
            if (entity.Open) return ExpatError.RecursiveEntityRef;
            if (entity.Text is not null)
            {
                var error = Expanding(entity.Text.Length);
                if (error != ExpatError.None) return error;
                entity.Open = true;
                _entities.Add(new OpenEntity(entity, entity.Text.ToCharArray(), 0, true));
                handled = true;
                return ExpatError.None;
            }
            if (!Has(HandlerKind.ExternalEntityRef))
            {
                _dtd.KeepProcessing = _dtd.Standalone;
                return ExpatError.None;
            }
            _dtd.ParamEntityRead = false;
            entity.Open = true;
            var ok = _sink.ExternalEntityRef(null, entity.Base, entity.SystemId, entity.PublicId);
            entity.Open = false;
            if (!ok) return ExpatError.ExternalEntityHandling;
            handled = true;
            if (!_dtd.ParamEntityRead)
            {
                _dtd.KeepProcessing = _dtd.Standalone;
                return ExpatError.None;
            }
        }
        if (!_dtd.Standalone && Has(HandlerKind.NotStandalone) && !_sink.NotStandalone()) return ExpatError.NotStandalone;
        return ExpatError.None;
    }

    /// <summary>A parser made with context None reads an external DTD subset or parameter entity into the shared DTD.</summary>
    private ExpatError DoExternalDtd()
    {
        SkipBom();
        _dtd.ParamEntityRead = true;
        _externalSubsetMode = true;
        _ps = PrologState.Subset;
        _proc = Processor.Prolog;
        LoadTokenizer();
        var tok = _tok.Prolog(_pos, out var next);
        if (tok == Tok.Partial && HaveMore) { _proc = Processor.ExternalDtd; return ExpatError.None; }
        if (tok == Tok.XmlDecl)
        {
            Event(_pos, next);
            var error = ProcessXmlDecl(true, _pos, next);
            if (error != ExpatError.None) return error;
            _pos = next;
        }
        return ExpatError.None;
    }

    /// <summary>
    /// A conditional section of an external subset: INCLUDE goes on as declarations (its ']]&gt;' closes it),
    /// IGNORE skips to the matching ']]&gt;', counting nested '&lt;!['.
    /// </summary>
    private DeclResult ConditionalSection(int s, out int end, out ExpatError error)
    {
        error = ExpatError.None;
        end = s;
        var buf = CurrentBuffer;
        var limit = CurrentBufferEnd;
        var p = s + 3;
        while (p < limit && XmlChars.IsSpace(buf[p])) p++;
        var wordStart = p;
        while (p < limit && char.IsAsciiLetterUpper(buf[p])) p++;
        var word = new string(buf, wordStart, p - wordStart);
        while (p < limit && XmlChars.IsSpace(buf[p])) p++;
        if (p >= limit) return Waiting(s, ref error);
        if (buf[p] != '[' || word is not ("INCLUDE" or "IGNORE"))
        {
            Event(wordStart, wordStart);
            error = ExpatError.Syntax;
            return DeclResult.Error;
        }
        p++;
        if (word == "INCLUDE")
        {
            _includeDepth++;
            end = p;
            return DeclResult.Ok;
        }
        for (var depth = 1; p < limit; p++)
        {
            if (buf[p] == '<' && p + 2 < limit && buf[p + 1] == '!' && buf[p + 2] == '[') { depth++; p += 2; }
            else if (buf[p] == ']' && p + 2 < limit && buf[p + 1] == ']' && buf[p + 2] == '>')
            {
                p += 2;
                if (--depth == 0)
                {
                    end = p + 1;
                    return DeclResult.Ok;
                }
            }
        }
        return Waiting(s, ref error);
    }

    private DeclResult Waiting(int s, ref ExpatError error)
    {
        if (HaveMore) return DeclResult.Wait;
        Event(s, s);
        error = InEntity ? ExpatError.IncompletePe : ExpatError.UnclosedToken;
        return DeclResult.Error;
    }

    // ---- context of an external entity parser (getContext / setContext) ---------------------------

    /// <summary>The namespace bindings and open entities an external entity's parser starts from, '\f'-separated.</summary>
    private string GetContext()
    {
        var sb = new StringBuilder();
        if (_defaultNs is not null) sb.Append('=').Append(_defaultNs);
        if (_ns)
        {
            if (sb.Length > 0) sb.Append('\f');
            sb.Append("xml=").Append(XmlNamespace);
        }
        foreach (var (prefix, uri) in _bindings)
        {
            if (prefix == "xml") continue;
            if (sb.Length > 0) sb.Append('\f');
            sb.Append(prefix).Append('=').Append(uri);
        }
        foreach (var e in _dtd.General.Values)
        {
            if (!e.Open) continue;
            if (sb.Length > 0) sb.Append('\f');
            sb.Append(e.Name);
        }
        return sb.ToString();
    }

    private void SetContext(string context)
    {
        // A general entity's parser works on a copy of the DTD: what it marks open stays its own.
        var copy = new Dtd { Standalone = _dtd.Standalone, HasParamEntityRefs = _dtd.HasParamEntityRefs, KeepProcessing = _dtd.KeepProcessing, ExpandedChars = _dtd.ExpandedChars };
        foreach (var (name, e) in _dtd.General)
            copy.General[name] = new Entity(name, false) { Text = e.Text, SystemId = e.SystemId, PublicId = e.PublicId, Base = e.Base, Notation = e.Notation, IsInternal = e.IsInternal };
        foreach (var (name, e) in _dtd.Param) copy.Param[name] = e;
        foreach (var (name, e) in _dtd.Elements) copy.Elements[name] = e;
        _dtd = copy;
        foreach (var part in context.Split('\f'))
        {
            var eq = part.IndexOf('=');
            if (eq < 0)
            {
                if (_dtd.General.TryGetValue(part, out var e)) e.Open = true;
            }
            else if (eq == 0) _defaultNs = part.Length > 1 ? part[1..] : null;
            else if (part[..eq] != "xml") _bindings[part[..eq]] = part[(eq + 1)..];
        }
    }
}
