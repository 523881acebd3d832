namespace PyCgiRunner.Python.Modules.Text.Expat;

internal sealed partial class ExpatParser
{
    /// <summary>&lt;!ELEMENT name (EMPTY | ANY | mixed | children)&gt;, the model built with an explicit stack of groups.</summary>
    private ExpatError ElementDecl()
    {
        var t = Next();
        if (t is null) return Terminal();
        if (t.Value.Tok is not (Tok.Name or Tok.PrefixedName)) return Syntax(t.Value);
        var name = TokenText(t.Value);
        t = Next();
        if (t is null) return Terminal();
        ContentModel model;
        if (t.Value.Tok == Tok.Name && TokenText(t.Value) is "EMPTY" or "ANY")
            model = new ContentModel { Type = TokenText(t.Value) == "EMPTY" ? ContentModel.Empty : ContentModel.Any };
        else if (t.Value.Tok == Tok.OpenParen)
        {
            var error = ContentSpec(out model);
            if (error != ExpatError.None) return error;
        }
        else return Syntax(t.Value);
        if (Has(HandlerKind.ElementDecl)) _sink.ElementDecl(name, model);
        return Close();
    }

    private ExpatError ContentSpec(out ContentModel model)
    {
        model = new ContentModel { Type = ContentModel.Seq };
        var t = Next();
        if (t is null) return Terminal();
        if (t.Value.Tok == Tok.PoundName && TokenText(t.Value) == "#PCDATA") return Mixed(model);
        var stack = new List<(ContentModel Group, char Sep)> { (model, '\0') };
        for (;;)
        {
            // A content particle: a name (with its quantifier) or a nested group.
            if (t is null) return Terminal();
            switch (t.Value.Tok)
            {
                case Tok.OpenParen:
                    var group = new ContentModel { Type = ContentModel.Seq };
                    stack[^1].Group.Children.Add(group);
                    stack.Add((group, '\0'));
                    t = Next();
                    continue;
                case Tok.Name or Tok.PrefixedName or Tok.NameQuestion or Tok.NameAsterisk or Tok.NamePlus:
                    var text = TokenText(t.Value);
                    var quant = t.Value.Tok switch
                    {
                        Tok.NameQuestion => ContentModel.QuantOpt, Tok.NameAsterisk => ContentModel.QuantRep,
                        Tok.NamePlus => ContentModel.QuantPlus, _ => ContentModel.QuantNone,
                    };
                    if (quant != ContentModel.QuantNone) text = text[..^1];
                    stack[^1].Group.Children.Add(new ContentModel { Type = ContentModel.NameType, Quant = quant, Name = text });
                    break;
                default:
                    return Syntax(t.Value);
            }
            // After a particle: a separator, or the end of one or more groups.
            for (;;)
            {
                t = Next();
                if (t is null) return Terminal();
                var tok = t.Value.Tok;
                if (tok is Tok.Or or Tok.Comma)
                {
                    var sep = tok == Tok.Or ? '|' : ',';
                    var (g, current) = stack[^1];
                    if (current != '\0' && current != sep) return Syntax(t.Value);
                    g.Type = sep == '|' ? ContentModel.Choice : ContentModel.Seq;
                    stack[^1] = (g, sep);
                    t = Next();
                    break;
                }
                if (tok is Tok.CloseParen or Tok.CloseParenAsterisk or Tok.CloseParenQuestion or Tok.CloseParenPlus)
                {
                    stack[^1].Group.Quant = tok switch
                    {
                        Tok.CloseParenAsterisk => ContentModel.QuantRep, Tok.CloseParenQuestion => ContentModel.QuantOpt,
                        Tok.CloseParenPlus => ContentModel.QuantPlus, _ => ContentModel.QuantNone,
                    };
                    stack.RemoveAt(stack.Count - 1);
                    if (stack.Count == 0) return ExpatError.None;
                    continue;
                }
                return Syntax(t.Value);
            }
        }
    }

    /// <summary>Mixed content: (#PCDATA) or (#PCDATA | a | b)*.</summary>
    private ExpatError Mixed(ContentModel model)
    {
        model.Type = ContentModel.Mixed;
        for (;;)
        {
            var t = Next();
            if (t is null) return Terminal();
            if (t.Value.Tok == Tok.CloseParenAsterisk)
            {
                model.Quant = ContentModel.QuantRep;
                return ExpatError.None;
            }
            if (t.Value.Tok == Tok.CloseParen && model.Children.Count == 0) return ExpatError.None;
            if (t.Value.Tok != Tok.Or) return Syntax(t.Value);
            t = Next();
            if (t is null) return Terminal();
            if (t.Value.Tok is not (Tok.Name or Tok.PrefixedName)) return Syntax(t.Value);
            model.Children.Add(new ContentModel { Type = ContentModel.NameType, Name = TokenText(t.Value) });
        }
    }
}
