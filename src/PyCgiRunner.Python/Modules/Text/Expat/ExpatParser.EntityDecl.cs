using System.Text;

namespace PyCgiRunner.Python.Modules.Text.Expat;

internal sealed partial class ExpatParser
{
    /// <summary>&lt;!ENTITY [%] name (value | SYSTEM sys | PUBLIC pub sys) [NDATA notation]&gt;</summary>
    private ExpatError EntityDecl()
    {
        var t = Next();
        if (t is null) return Terminal();
        var isParam = false;
        if (t.Value.Tok == Tok.Percent)
        {
            isParam = true;
            t = Next();
            if (t is null) return Terminal();
        }
        if (t.Value.Tok != Tok.Name) return Syntax(t.Value);
        var name = TokenText(t.Value);
        Entity? decl = null;
        if ((isParam || PredefinedEntity(name) == '\0') && _dtd.KeepProcessing)
        {
            var table = isParam ? _dtd.Param : _dtd.General;
            if (!table.ContainsKey(name))
            {
                decl = new Entity(name, isParam) { IsInternal = _parent is null && !InEntity };
                table[name] = decl;
            }
        }
        var reporting = decl is not null && Has(HandlerKind.EntityDecl);
        Handled(reporting);
        t = Next();
        if (t is null) return Terminal();
        if (t.Value.Tok == Tok.Literal)
        {
            if (_dtd.KeepProcessing)
            {
                var error = EntityValue(t.Value, out var value);
                if (decl is not null)
                {
                    decl.Text = value;
                    if (Has(HandlerKind.EntityDecl)) _sink.EntityDecl(name, isParam, value, Base, null, null, null);
                }
                Handled(reporting);
                if (error != ExpatError.None) return error;
            }
            return Close();
        }
        var word = t.Value.Tok == Tok.Name ? TokenText(t.Value) : "";
        if (word is not ("SYSTEM" or "PUBLIC")) return Syntax(t.Value);
        var lit = Next();
        if (lit is null) return Terminal();
        if (lit.Value.Tok != Tok.Literal) return Syntax(lit.Value);
        if (word == "PUBLIC")
        {
            var error = PublicIdLiteral(lit.Value.Start, lit.Value.End, out var pubid);
            if (error != ExpatError.None) return error;
            if (decl is not null) decl.PublicId = pubid;
            Handled(reporting && _dtd.KeepProcessing);
            lit = Next();
            if (lit is null) return Terminal();
            if (lit.Value.Tok != Tok.Literal) return Syntax(lit.Value);
        }
        if (decl is not null)
        {
            decl.SystemId = LiteralText(lit.Value);
            decl.Base = Base;
        }
        Handled(reporting && _dtd.KeepProcessing);
        t = Next();
        if (t is null) return Terminal();
        if (t.Value.Tok == Tok.DeclClose)
        {
            if (decl is not null && Has(HandlerKind.EntityDecl))
            {
                _sink.EntityDecl(name, isParam, null, decl.Base, decl.SystemId, decl.PublicId, null);
                Handled(true);
            }
            return ExpatError.None;
        }
        if (isParam || t.Value.Tok != Tok.Name || TokenText(t.Value) != "NDATA") return Syntax(t.Value);
        t = Next();
        if (t is null) return Terminal();
        if (t.Value.Tok != Tok.Name) return Syntax(t.Value);
        if (decl is not null)
        {
            decl.Notation = TokenText(t.Value);
            if (Has(HandlerKind.UnparsedEntityDecl)) _sink.UnparsedEntityDecl(name, decl.Base, decl.SystemId, decl.PublicId, decl.Notation);
            else if (Has(HandlerKind.EntityDecl)) _sink.EntityDecl(name, false, null, decl.Base, decl.SystemId, decl.PublicId, decl.Notation);
            Handled(Has(HandlerKind.UnparsedEntityDecl) || Has(HandlerKind.EntityDecl));
        }
        return Close();
    }

    /// <summary>
    /// storeEntityValue: character references are replaced now, general entity references kept for later,
    /// line ends normalized; a parameter entity reference is not allowed inside a declaration of the internal
    /// subset (XML_ERROR_PARAM_ENTITY_REF) and is expanded in an external one.
    /// </summary>
    private ExpatError EntityValue(DeclToken t, out string value)
    {
        var sb = new StringBuilder();
        var stack = new List<(char[] Text, int Pos, int End, Entity? Entity)> { (CurrentBuffer, t.Start + 1, t.End - 1, null) };
        value = "";
        ExpatError Fail(ExpatError e, int at, bool inDocument)
        {
            foreach (var f in stack) if (f.Entity is not null) f.Entity.Open = false;
            if (inDocument) Event(at, at);
            return e;
        }
        while (stack.Count > 0)
        {
            var (text, pos, stop, entity) = stack[^1];
            if (pos >= stop)
            {
                if (entity is not null) entity.Open = false;
                stack.RemoveAt(stack.Count - 1);
                continue;
            }
            var inDocument = stack.Count == 1;
            var c = text[pos];
            if (c == '&' || c == '%')
            {
                var semi = Array.IndexOf(text, ';', pos, stop - pos);
                if (semi < pos + 2 || !WellFormedReference(text, pos + 1, semi)) return Fail(ExpatError.InvalidToken, pos, inDocument);
                stack[^1] = (text, semi + 1, stop, entity);
                if (c == '&' && text[pos + 1] == '#')
                {
                    var n = CharRefNumber(text, pos, semi + 1);
                    if (n < 0) return Fail(ExpatError.BadCharRef, pos, inDocument);
                    sb.Append(char.ConvertFromUtf32(n));
                }
                else if (c == '&') sb.Append(text, pos, semi + 1 - pos);
                else
                {
                    if (_parent is null && !InEntity) return Fail(ExpatError.ParamEntityRef, pos, inDocument);
                    var pe = _dtd.Param.GetValueOrDefault(new string(text, pos + 1, semi - pos - 1));
                    if (pe is null || pe.Text is null)
                    {
                        _dtd.KeepProcessing = _dtd.Standalone;
                        continue;
                    }
                    if (pe.Open) return Fail(ExpatError.RecursiveEntityRef, pos, inDocument);
                    var error = Expanding(pe.Text.Length);
                    if (error != ExpatError.None) return Fail(error, pos, false);
                    pe.Open = true;
                    stack.Add((pe.Text.ToCharArray(), 0, pe.Text.Length, pe));
                }
                continue;
            }
            if (c == '\r')
            {
                sb.Append('\n');
                if (pos + 1 < stop && text[pos + 1] == '\n') pos++;
            }
            else sb.Append(c);
            stack[^1] = (text, pos + 1, stop, entity);
        }
        value = sb.ToString();
        return ExpatError.None;
    }
}
