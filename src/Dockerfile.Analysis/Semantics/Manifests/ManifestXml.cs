using System;
using System.IO;
using System.Xml;
using System.Xml.Linq;

namespace Dockerfile.Analysis.Semantics.Manifests;

/// <summary>
/// Loads a manifest's XML (<c>pom.xml</c>, MSBuild project files, <c>.slnx</c>) safely: DTDs are prohibited, no external
/// entity or schema is resolved, and the size is bounded. Never throws.
/// </summary>
internal static class ManifestXml
{
    /// <summary>The longest document read, in characters.</summary>
    public const long MaxCharacters = 4L * 1024 * 1024;

    /// <summary>The document, or <see langword="null"/> when the text is not well-formed XML (or has a DTD).</summary>
    public static XDocument? Load(string text)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = MaxCharacters,
            MaxCharactersFromEntities = 0,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            CloseInput = true,
        };

        try
        {
            using var reader = XmlReader.Create(new StringReader(text), settings);
            return XDocument.Load(reader, LoadOptions.None);
        }
        catch (XmlException)
        {
            return null;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>An element's local name, whatever its namespace (POM files have one, MSBuild files may).</summary>
    public static bool Is(XElement element, string localName) => string.Equals(element.Name.LocalName, localName, StringComparison.Ordinal);
}
