using System.Text;

namespace PyCgiRunner.Python.Modules.Text.Expat;

internal sealed partial class ExpatParser
{
    private static char PredefinedEntity(string name) => name switch
    {
        "lt" => '<', "gt" => '>', "amp" => '&', "quot" => '"', "apos" => '\'', _ => '\0',
    };

    /// <summary>An entity reference in content (doContent's XML_TOK_ENTITY_REF).</summary>
    private ExpatError EntityReference(int s, int next)
    {
        var name = new string(CurrentBuffer, s + 1, next - s - 2);
        var ch = PredefinedEntity(name);
        if (ch != '\0')
        {
            if (Has(HandlerKind.CharacterData)) _sink.CharacterData(ch.ToString());
            else ReportDefault(s, next);
            return ExpatError.None;
        }
        _dtd.General.TryGetValue(name, out var entity);
        if (!_dtd.HasParamEntityRefs || _dtd.Standalone)
        {
            if (entity is null) return ExpatError.UndefinedEntity;
            if (!entity.IsInternal) return ExpatError.EntityDeclaredInPe;
        }
        else if (entity is null)
        {
            if (Has(HandlerKind.SkippedEntity)) _sink.SkippedEntity(name, false);
            else ReportDefault(s, next);
            return ExpatError.None;
        }
        if (entity.Open) return ExpatError.RecursiveEntityRef;
        if (entity.Notation is not null) return ExpatError.BinaryEntityRef;
        if (entity.Text is not null)
        {
            if (!DefaultExpandInternalEntities)
            {
                if (Has(HandlerKind.SkippedEntity)) _sink.SkippedEntity(name, false);
                else ReportDefault(s, next);
                return ExpatError.None;
            }
            var error = Expanding(entity.Text.Length);
            if (error != ExpatError.None) return error;
            entity.Open = true;
            _entities.Add(new OpenEntity(entity, entity.Text.ToCharArray(), _tags.Count, false));
            return ExpatError.None;
        }
        if (Has(HandlerKind.ExternalEntityRef))
        {
            entity.Open = true;
            var context = GetContext();
            entity.Open = false;
            if (!_sink.ExternalEntityRef(context, entity.Base, entity.SystemId, entity.PublicId))
                return ExpatError.ExternalEntityHandling;
            return ExpatError.None;
        }
        ReportDefault(s, next);
        return ExpatError.None;
    }

    /// <summary>The end of an entity's replacement text: its elements must have been closed inside it.</summary>
    private ExpatError CloseEntity()
    {
        var frame = _entities[^1];
        if (_proc is Processor.Content or Processor.ExternalContent && _tags.Count != frame.StartTagLevel) return ExpatError.AsyncEntity;
        frame.Entity.Open = false;
        _entities.RemoveAt(_entities.Count - 1);
        return ExpatError.None;
    }

    /// <summary>
    /// Counts characters produced by expansion. expat 2.2.8 has no bound, so a "billion laughs" document eats
    /// memory and time there; here expansion past max(8M, 100 × input) characters fails with expat 2.4's error.
    /// </summary>
    private ExpatError Expanding(int chars)
    {
        _dtd.ExpandedChars += chars;
        var limit = Math.Max(ExpansionFloor, ExpansionFactor * Math.Max(1, RootByteCount));
        return _dtd.ExpandedChars > limit ? ExpatError.AmplificationLimitBreach : ExpatError.None;
    }

    private long RootByteCount => (_parent?.RootByteCount ?? 0) + _in.ByteEnd;

    /// <summary>
    /// appendAttributeValue + storeAttributeValue: each white-space character (CR LF as one) becomes a space,
    /// references are expanded (entities through an explicit stack), and for non-CDATA attributes spaces are
    /// collapsed and trimmed (XML 1.0 §3.3.3).
    /// </summary>
    private ExpatError AttributeValue(char[] buf, int start, int end, bool isCdata, bool fromProlog, out string value)
    {
        var sb = new StringBuilder(end - start);
        var stack = new List<(char[] Text, int Pos, int End, Entity? Entity)> { (buf, start, end, null) };
        value = "";
        while (stack.Count > 0)
        {
            var (text, pos, stop, entity) = stack[^1];
            if (pos >= stop)
            {
                if (entity is not null) entity.Open = false;
                stack.RemoveAt(stack.Count - 1);
                continue;
            }
            var inDocument = stack.Count == 1 && !InEntity;
            var c = text[pos];
            if (c == '&')
            {
                var semi = Array.IndexOf(text, ';', pos, stop - pos);
                if (semi < pos + 2 || (!inDocument && !WellFormedReference(text, pos + 1, semi)))
                {
                    foreach (var f in stack) if (f.Entity is not null) f.Entity.Open = false;
                    return ExpatError.InvalidToken;
                }
                stack[^1] = (text, semi + 1, stop, entity);
                var error = AttributeReference(sb, text, pos, semi + 1, isCdata, fromProlog, inDocument, stack);
                if (error != ExpatError.None)
                {
                    foreach (var f in stack) if (f.Entity is not null) f.Entity.Open = false;
                    return error;
                }
                continue;
            }
            if (c == '<' && !inDocument)
            {
                foreach (var f in stack) if (f.Entity is not null) f.Entity.Open = false;
                return ExpatError.InvalidToken;
            }
            if (c is ' ' or '\t' or '\n' or '\r')
            {
                if (c == '\r' && pos + 1 < stop && text[pos + 1] == '\n') pos++;
                if (isCdata || (sb.Length > 0 && sb[^1] != ' ')) sb.Append(' ');
            }
            else sb.Append(c);
            stack[^1] = (text, pos + 1, stop, entity);
        }
        if (!isCdata && sb.Length > 0 && sb[^1] == ' ') sb.Length--;
        value = sb.ToString();
        return ExpatError.None;
    }

    /// <summary>Replacement text may hold a stray '&amp;' (from "&amp;#38;"): it must still form a reference.</summary>
    private static bool WellFormedReference(char[] text, int start, int end)
    {
        if (text[start] == '#')
        {
            var hex = start + 1 < end && text[start + 1] == 'x';
            var i = start + (hex ? 2 : 1);
            if (i >= end) return false;
            for (; i < end; i++)
                if (!(char.IsAsciiDigit(text[i]) || (hex && char.IsAsciiHexDigit(text[i])))) return false;
            return true;
        }
        if (!XmlChars.IsNameStart(text[start]) && text[start] != ':') return false;
        for (var i = start + 1; i < end; i++)
            if (!XmlChars.IsNameChar(text[i]) && text[i] != ':') return false;
        return true;
    }

    private ExpatError AttributeReference(StringBuilder sb, char[] text, int start, int end, bool isCdata, bool fromProlog,
        bool inDocument, List<(char[] Text, int Pos, int End, Entity? Entity)> stack)
    {
        if (text[start + 1] == '#')
        {
            var n = CharRefNumber(text, start, end);
            if (n < 0)
            {
                if (inDocument) Event(start, start);
                return ExpatError.BadCharRef;
            }
            if (!isCdata && n == 0x20 && (sb.Length == 0 || sb[^1] == ' ')) return ExpatError.None;
            sb.Append(char.ConvertFromUtf32(n));
            return ExpatError.None;
        }
        var name = new string(text, start + 1, end - start - 2);
        var ch = PredefinedEntity(name);
        if (ch != '\0')
        {
            sb.Append(ch);
            return ExpatError.None;
        }
        _dtd.General.TryGetValue(name, out var entity);
        var check = fromProlog ? _dtd.Standalone ? !InEntity : !_dtd.HasParamEntityRefs : !_dtd.HasParamEntityRefs || _dtd.Standalone;
        if (check)
        {
            if (entity is null) return ExpatError.UndefinedEntity;
            if (!entity.IsInternal) return ExpatError.EntityDeclaredInPe;
        }
        else if (entity is null) return ExpatError.None;
        ExpatError At(ExpatError e)
        {
            if (inDocument) Event(start, start);
            return e;
        }
        if (entity.Open) return At(ExpatError.RecursiveEntityRef);
        if (entity.Notation is not null) return At(ExpatError.BinaryEntityRef);
        if (entity.Text is null) return At(ExpatError.AttributeExternalEntityRef);
        var error = Expanding(entity.Text.Length);
        if (error != ExpatError.None) return error;
        entity.Open = true;
        var chars = entity.Text.ToCharArray();
        stack.Add((chars, 0, chars.Length, entity));
        return ExpatError.None;
    }
}
