using System.Collections.Generic;

namespace Dockerfile.Analysis.Configuration;

/// <summary>A <c>[glob]</c> section of an <c>.editorconfig</c> file and its properties.</summary>
public sealed class EditorConfigSection
{
    internal EditorConfigSection(EditorConfigGlob glob, int line, List<EditorConfigProperty> properties)
    {
        Glob = glob;
        Line = line;
        Properties = properties;
    }

    /// <summary>Gets the section's glob.</summary>
    public EditorConfigGlob Glob { get; }

    /// <summary>Gets the one-based line of the header.</summary>
    public int Line { get; }

    /// <summary>Gets the properties, in order.</summary>
    public IReadOnlyList<EditorConfigProperty> Properties { get; }
}
