using System.Collections.Immutable;

namespace Dockerfile.Analysis.Semantics.Manifests;

/// <summary>
/// One string or array-of-strings value of a TOML document, as <see cref="TomlReader"/> reads it: the table it is in,
/// its dotted key (inline tables flattened: <c>serde = { path = "x" }</c> is key <c>serde.path</c>) and its text.
/// </summary>
internal readonly struct TomlEntry
{
    /// <summary>Creates an entry.</summary>
    public TomlEntry(string table, int tableIndex, string key, string? value, ImmutableArray<string> values)
    {
        Table = table;
        TableIndex = tableIndex;
        Key = key;
        Value = value;
        Values = values.IsDefault ? ImmutableArray<string>.Empty : values;
    }

    /// <summary>The dotted name of the table (<c>""</c> before any header, <c>dependencies</c>, <c>target.cfg(unix).dependencies</c>, <c>bin</c>).</summary>
    public string Table { get; }

    /// <summary>The ordinal of the table header the entry follows (0 before any header): tells two <c>[[bin]]</c> apart.</summary>
    public int TableIndex { get; }

    /// <summary>The dotted key within the table, quotes removed; empty for the entry that marks a table header.</summary>
    public string Key { get; }

    /// <summary>The string value, or <see langword="null"/> for an array.</summary>
    public string? Value { get; }

    /// <summary>The strings of an array value (other elements are left out); empty for a string.</summary>
    public ImmutableArray<string> Values { get; }

    /// <summary>Whether the value is an array.</summary>
    public bool IsArray => Value == null;
}
