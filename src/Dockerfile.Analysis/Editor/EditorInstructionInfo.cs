using System;
using System.Collections.Immutable;
using System.Linq;
using Dockerfile.Syntax;

namespace Dockerfile.Analysis.Editor;

/// <summary>What the editor services know about one instruction: its syntax, a short description, a snippet and its flags.</summary>
public sealed class EditorInstructionInfo
{
    internal EditorInstructionInfo(SyntaxKind kind, string name, string syntax, string documentation, string snippet, ImmutableArray<string> parameters, params EditorFlagInfo[] flags)
    {
        Kind = kind;
        Name = name;
        Syntax = syntax;
        Documentation = documentation;
        Snippet = snippet;
        Parameters = parameters;
        Flags = flags.ToImmutableArray();
    }

    /// <summary>Gets the instruction's node kind.</summary>
    public SyntaxKind Kind { get; }

    /// <summary>Gets the upper-case keyword.</summary>
    public string Name { get; }

    /// <summary>Gets the instruction's syntax, such as <c>WORKDIR &lt;path&gt;</c>.</summary>
    public string Syntax { get; }

    /// <summary>Gets a short description of the instruction.</summary>
    public string Documentation { get; }

    /// <summary>Gets the completion snippet (LSP snippet syntax: <c>${1:placeholder}</c>).</summary>
    public string Snippet { get; }

    /// <summary>Gets the parts of <see cref="Syntax"/> after the keyword that signature help highlights, in order.</summary>
    public ImmutableArray<string> Parameters { get; }

    /// <summary>Gets the flags the instruction accepts (BuildKit's current syntax).</summary>
    public ImmutableArray<EditorFlagInfo> Flags { get; }

    /// <summary>Finds a flag by name (without dashes, case-sensitive as BuildKit).</summary>
    /// <param name="name">The flag's name.</param>
    /// <returns>The flag, or <see langword="null"/>.</returns>
    public EditorFlagInfo? FindFlag(string name) => Flags.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.Ordinal));

    /// <inheritdoc />
    public override string ToString() => Syntax;
}
