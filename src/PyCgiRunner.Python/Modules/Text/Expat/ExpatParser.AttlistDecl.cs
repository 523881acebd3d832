using System.Text;

namespace PyCgiRunner.Python.Modules.Text.Expat;

internal sealed partial class ExpatParser
{
    private static readonly HashSet<string> s_attributeTypes = new(StringComparer.Ordinal)
    {
        "CDATA", "ID", "IDREF", "IDREFS", "ENTITY", "ENTITIES", "NMTOKEN", "NMTOKENS",
    };

    /// <summary>&lt;!ATTLIST element (name type default)*&gt; — each attribute reported as its default is read.</summary>
    private ExpatError AttlistDecl()
    {
        var t = Next();
        if (t is null) return Terminal();
        if (t.Value.Tok is not (Tok.Name or Tok.PrefixedName)) return Syntax(t.Value);
        var element = TokenText(t.Value);
        for (;;)
        {
            t = Next();
            if (t is null) return Terminal();
            if (t.Value.Tok == Tok.DeclClose) return ExpatError.None;
            if (t.Value.Tok is not (Tok.Name or Tok.PrefixedName)) return Syntax(t.Value);
            var attName = TokenText(t.Value);
            t = Next();
            if (t is null) return Terminal();
            string type;
            if (t.Value.Tok == Tok.Name && s_attributeTypes.Contains(TokenText(t.Value))) type = TokenText(t.Value);
            else
            {
                var sb = new StringBuilder();
                if (t.Value.Tok == Tok.Name && TokenText(t.Value) == "NOTATION")
                {
                    sb.Append("NOTATION");
                    t = Next();
                    if (t is null) return Terminal();
                    if (t.Value.Tok != Tok.OpenParen) return Syntax(t.Value);
                }
                else if (t.Value.Tok != Tok.OpenParen) return Syntax(t.Value);
                var notation = sb.Length > 0;
                sb.Append('(');
                for (var first = true; ; first = false)
                {
                    t = Next();
                    if (t is null) return Terminal();
                    if (!(t.Value.Tok == Tok.Name || t.Value.Tok == Tok.PrefixedName || (!notation && t.Value.Tok == Tok.Nmtoken))) return Syntax(t.Value);
                    if (!first) sb.Append('|');
                    sb.Append(TokenText(t.Value));
                    t = Next();
                    if (t is null) return Terminal();
                    if (t.Value.Tok == Tok.CloseParen) break;
                    if (t.Value.Tok != Tok.Or) return Syntax(t.Value);
                }
                sb.Append(')');
                type = sb.ToString();
            }
            t = Next();
            if (t is null) return Terminal();
            string? value = null;
            bool required;
            var word = t.Value.Tok == Tok.PoundName ? TokenText(t.Value) : null;
            if (word is "#IMPLIED" or "#REQUIRED") required = word == "#REQUIRED";
            else
            {
                required = word == "#FIXED";
                if (required)
                {
                    t = Next();
                    if (t is null) return Terminal();
                }
                if (t.Value.Tok != Tok.Literal) return Syntax(t.Value);
                if (!_dtd.KeepProcessing) continue;
                var error = AttributeValue(CurrentBuffer, t.Value.Start + 1, t.Value.End - 1, type == "CDATA", fromProlog: true, out var v);
                if (error != ExpatError.None) return error;
                value = v;
            }
            if (!_dtd.KeepProcessing) continue;
            var elementType = _dtd.Element(element);
            if (!elementType.Attributes.ContainsKey(attName))
            {
                var decl = new AttributeDecl(attName, type == "CDATA", value);
                elementType.Attributes[attName] = decl;
                if (value is not null) elementType.Defaults.Add(decl);
            }
            if (Has(HandlerKind.AttlistDecl)) _sink.AttlistDecl(element, attName, type, value, required);
        }
    }
}
