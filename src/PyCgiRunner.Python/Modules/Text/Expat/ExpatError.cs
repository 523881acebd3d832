namespace PyCgiRunner.Python.Modules.Text.Expat;

/// <summary>expat's enum XML_Error: the numbering is part of the API (pyexpat's ErrorCode and ExpatError.code).</summary>
internal enum ExpatError
{
    None = 0, NoMemory, Syntax, NoElements, InvalidToken, UnclosedToken, PartialChar, TagMismatch,
    DuplicateAttribute, JunkAfterDocElement, ParamEntityRef, UndefinedEntity, RecursiveEntityRef, AsyncEntity,
    BadCharRef, BinaryEntityRef, AttributeExternalEntityRef, MisplacedXmlPi, UnknownEncoding, IncorrectEncoding,
    UnclosedCdataSection, ExternalEntityHandling, NotStandalone, UnexpectedState, EntityDeclaredInPe,
    FeatureRequiresXmlDtd, CantChangeFeatureOnceParsing, UnboundPrefix, UndeclaringPrefix, IncompletePe, XmlDecl,
    TextDecl, Publicid, Suspended, NotSuspended, Aborted, Finished, SuspendPe, ReservedPrefixXml,
    ReservedPrefixXmlns, ReservedNamespaceUri, InvalidArgument,
    /// <summary>What expat 2.4 and later report for entity-expansion bombs; expat 2.2.8 had no such limit.</summary>
    AmplificationLimitBreach = 43,
}
