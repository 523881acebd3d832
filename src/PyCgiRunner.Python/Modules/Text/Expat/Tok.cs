namespace PyCgiRunner.Python.Modules.Text.Expat;

/// <summary>The tokens of expat's content, CDATA and prolog tokenizers (xmltok.h), which the parser dispatches on.</summary>
internal enum Tok
{
    None, Partial, Invalid, TrailingCr, TrailingRsqb, DataChars, DataNewline,
    StartTagNoAtts, StartTagWithAtts, EmptyElementNoAtts, EmptyElementWithAtts, EndTag, CharRef, EntityRef,
    CdataSectOpen, CdataSectClose, Comment, Pi, XmlDecl,
    PrologS, DeclOpen, DeclClose, Name, Nmtoken, PrefixedName, PoundName, Literal, ParamEntityRef, Percent,
    OpenParen, CloseParen, CloseParenQuestion, CloseParenAsterisk, CloseParenPlus, NameQuestion, NameAsterisk,
    NamePlus, Or, Comma, OpenBracket, CloseBracket, InstanceStart, CondSectOpen, CondSectClose,
}
