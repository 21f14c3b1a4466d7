using System.Collections.Generic;

namespace Dockerfile.Analysis.Configuration;

/// <summary>
/// One node of a configuration file's YAML, as <see cref="YamlConfigurationReader"/> builds it from the parser's events:
/// a scalar (<see cref="Value"/>), a sequence (<see cref="Items"/>) or a mapping (<see cref="Entries"/>), with the
/// one-based line and column where it starts.
/// </summary>
internal sealed class YamlConfigurationNode
{
    private YamlConfigurationNode(YamlConfigurationNodeKind kind, int line, int column, string? value)
    {
        Kind = kind;
        Line = line;
        Column = column;
        Value = value;
    }

    /// <summary>Gets what the node is.</summary>
    public YamlConfigurationNodeKind Kind { get; }

    /// <summary>Gets the one-based line where the node starts.</summary>
    public int Line { get; }

    /// <summary>Gets the one-based column where the node starts.</summary>
    public int Column { get; }

    /// <summary>Gets the text of a scalar; null for a sequence or a mapping.</summary>
    public string? Value { get; }

    /// <summary>Gets the items of a sequence, in order; empty for other nodes.</summary>
    public List<YamlConfigurationNode> Items { get; } = new();

    /// <summary>Gets the key and value pairs of a mapping, in order; empty for other nodes.</summary>
    public List<KeyValuePair<YamlConfigurationNode, YamlConfigurationNode>> Entries { get; } = new();

    /// <summary>Gets a value indicating whether the node is a scalar.</summary>
    public bool IsScalar => Kind == YamlConfigurationNodeKind.Scalar;

    /// <summary>Gets a value indicating whether the node is an empty scalar (<c>key:</c> with nothing after it).</summary>
    public bool IsEmptyScalar => Kind == YamlConfigurationNodeKind.Scalar && string.IsNullOrEmpty(Value);

    /// <summary>Creates a scalar.</summary>
    public static YamlConfigurationNode Scalar(int line, int column, string value) => new(YamlConfigurationNodeKind.Scalar, line, column, value);

    /// <summary>Creates an empty sequence.</summary>
    public static YamlConfigurationNode Sequence(int line, int column) => new(YamlConfigurationNodeKind.Sequence, line, column, null);

    /// <summary>Creates an empty mapping.</summary>
    public static YamlConfigurationNode Mapping(int line, int column) => new(YamlConfigurationNodeKind.Mapping, line, column, null);
}
