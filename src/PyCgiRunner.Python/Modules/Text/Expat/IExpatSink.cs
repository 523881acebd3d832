namespace PyCgiRunner.Python.Modules.Text.Expat;

/// <summary>
/// What the parser reports, as expat's callbacks do. The parser calls a method only when the matching slot is
/// installed (<see cref="ExpatParser.Installed"/>), because expat's behaviour depends on which handlers are set.
/// </summary>
internal interface IExpatSink
{
    /// <summary>attrs holds name, value pairs; the first <paramref name="specified"/> pairs were in the document.</summary>
    void StartElement(string name, List<string> attrs, int specified);
    void EndElement(string name);
    void CharacterData(string text);
    void ProcessingInstruction(string target, string data);
    void Comment(string data);
    void StartCdataSection();
    void EndCdataSection();
    void Default(string text);
    void StartNamespaceDecl(string? prefix, string? uri);
    void EndNamespaceDecl(string? prefix);
    void XmlDecl(string? version, string? encoding, int standalone);
    void StartDoctypeDecl(string name, string? systemId, string? publicId, bool hasInternalSubset);
    void EndDoctypeDecl();
    void EntityDecl(string name, bool isParameter, string? value, string? baseUri, string? systemId, string? publicId, string? notation);
    void UnparsedEntityDecl(string name, string? baseUri, string? systemId, string? publicId, string notation);
    void NotationDecl(string name, string? baseUri, string? systemId, string? publicId);
    void ElementDecl(string name, ContentModel model);
    void AttlistDecl(string element, string attribute, string type, string? defaultValue, bool required);
    void SkippedEntity(string name, bool isParameter);
    /// <summary>False makes the parse fail with XML_ERROR_NOT_STANDALONE.</summary>
    bool NotStandalone();
    /// <summary>False makes the parse fail with XML_ERROR_EXTERNAL_ENTITY_HANDLING.</summary>
    bool ExternalEntityRef(string? context, string? baseUri, string? systemId, string? publicId);
}
