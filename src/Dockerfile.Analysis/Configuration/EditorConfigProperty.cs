namespace Dockerfile.Analysis.Configuration;

/// <summary>A <c>key = value</c> line of an <c>.editorconfig</c> file.</summary>
public sealed class EditorConfigProperty
{
    internal EditorConfigProperty(string key, string value, int line, int valueColumn)
    {
        Key = key;
        Value = value;
        Line = line;
        ValueColumn = valueColumn;
    }

    /// <summary>Gets the key, lower-cased (editorconfig keys are case-insensitive).</summary>
    public string Key { get; }

    /// <summary>Gets the value, trimmed.</summary>
    public string Value { get; }

    /// <summary>Gets the one-based line.</summary>
    public int Line { get; }

    /// <summary>Gets the one-based column where the value starts.</summary>
    public int ValueColumn { get; }
}
