using System.Collections.Immutable;

namespace Dockerfile.Analysis.Editor;

/// <summary>What the editor services know about one flag of an instruction: its name, what it does and its values.</summary>
public sealed class EditorFlagInfo
{
    internal EditorFlagInfo(string name, string syntax, string documentation, params string[] values)
    {
        Name = name;
        Syntax = syntax;
        Documentation = documentation;
        Values = values.ToImmutableArray();
    }

    /// <summary>Gets the flag's name without its dashes, such as <c>mount</c>.</summary>
    public string Name { get; }

    /// <summary>Gets how the flag is written, such as <c>--network=default|none|host</c>.</summary>
    public string Syntax { get; }

    /// <summary>Gets a short description of the flag.</summary>
    public string Documentation { get; }

    /// <summary>Gets the values the flag accepts when they form a fixed list (empty otherwise).</summary>
    public ImmutableArray<string> Values { get; }

    /// <summary>Gets a value indicating whether the flag is a switch that can be written without a value.</summary>
    public bool IsSwitch => Values.Length == 2 && Values[0] == "true" && Values[1] == "false";

    /// <inheritdoc />
    public override string ToString() => Syntax;
}
