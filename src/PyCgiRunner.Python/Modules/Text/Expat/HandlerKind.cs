namespace PyCgiRunner.Python.Modules.Text.Expat;

/// <summary>The handler slots of an xmlparser, in pyexpat's order (its handler_info table).</summary>
internal enum HandlerKind
{
    StartElement, EndElement, ProcessingInstruction, CharacterData, UnparsedEntityDecl, NotationDecl,
    StartNamespaceDecl, EndNamespaceDecl, Comment, StartCdataSection, EndCdataSection, Default,
    DefaultHandlerExpand, NotStandalone, ExternalEntityRef, StartDoctypeDecl, EndDoctypeDecl, EntityDecl,
    XmlDecl, ElementDecl, AttlistDecl, SkippedEntity,
}
