using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace Dockerfile.Syntax;

/// <summary>Facts about Dockerfile syntax: instruction keywords and node kinds.</summary>
public static class SyntaxFacts
{
    private static readonly IReadOnlyCollection<string> s_instructionKeywords = Array.AsReadOnly(new[]
    {
        "ADD", "ARG", "CMD", "COPY", "ENTRYPOINT", "ENV", "EXPOSE", "FROM", "HEALTHCHECK", "LABEL", "MAINTAINER",
        "ONBUILD", "RUN", "SHELL", "STOPSIGNAL", "USER", "VOLUME", "WORKDIR",
    });

    private static readonly Dictionary<SyntaxKind, string> s_keywordOfKind = s_instructionKeywords.ToDictionary(k => GetInstructionKind(k), k => k);

    /// <summary>The 18 instruction keywords BuildKit knows, in upper case.</summary>
    public static IReadOnlyCollection<string> InstructionKeywords => s_instructionKeywords;

    /// <summary>The instruction kind for a keyword in any case (as BuildKit lower-cases it), or <see cref="SyntaxKind.UnknownInstruction"/>.</summary>
    public static SyntaxKind GetInstructionKind(string keyword) => GetInstructionKind(keyword.AsSpan(), out _);

    /// <summary>The upper-case keyword of an instruction kind (<c>COPY</c> for <see cref="SyntaxKind.CopyInstruction"/>), or null for another kind.</summary>
    internal static string? GetInstructionKeyword(SyntaxKind kind) => s_keywordOfKind.TryGetValue(kind, out var keyword) ? keyword : null;

    /// <summary>
    /// The instruction kind of a keyword, the one lookup behind the parser and <see cref="GetInstructionKind(string)"/>:
    /// <paramref name="keyword"/> is the upper-case keyword when the kind is known, else null. No allocation.
    /// </summary>
    internal static SyntaxKind GetInstructionKind(ReadOnlySpan<char> text, out string? keyword)
    {
        string? candidate = null;
        SyntaxKind kind = SyntaxKind.UnknownInstruction;
        int length = text.Length;
        switch (length > 0 ? char.ToUpperInvariant(text[0]) : '\0')
        {
            case 'A': (candidate, kind) = length > 1 && char.ToUpperInvariant(text[1]) == 'R' ? ("ARG", SyntaxKind.ArgInstruction) : ("ADD", SyntaxKind.AddInstruction); break;
            case 'C': (candidate, kind) = length == 4 ? ("COPY", SyntaxKind.CopyInstruction) : ("CMD", SyntaxKind.CmdInstruction); break;
            case 'E': (candidate, kind) = length == 3 ? ("ENV", SyntaxKind.EnvInstruction) : length == 6 ? ("EXPOSE", SyntaxKind.ExposeInstruction) : ("ENTRYPOINT", SyntaxKind.EntrypointInstruction); break;
            case 'F': (candidate, kind) = ("FROM", SyntaxKind.FromInstruction); break;
            case 'H': (candidate, kind) = ("HEALTHCHECK", SyntaxKind.HealthcheckInstruction); break;
            case 'L': (candidate, kind) = ("LABEL", SyntaxKind.LabelInstruction); break;
            case 'M': (candidate, kind) = ("MAINTAINER", SyntaxKind.MaintainerInstruction); break;
            case 'O': (candidate, kind) = ("ONBUILD", SyntaxKind.OnbuildInstruction); break;
            case 'R': (candidate, kind) = ("RUN", SyntaxKind.RunInstruction); break;
            case 'S': (candidate, kind) = length == 5 ? ("SHELL", SyntaxKind.ShellInstruction) : ("STOPSIGNAL", SyntaxKind.StopsignalInstruction); break;
            case 'U': (candidate, kind) = ("USER", SyntaxKind.UserInstruction); break;
            case 'V': (candidate, kind) = ("VOLUME", SyntaxKind.VolumeInstruction); break;
            case 'W': (candidate, kind) = ("WORKDIR", SyntaxKind.WorkdirInstruction); break;
        }

        if (candidate != null && candidate.Length == length && EqualsAsLowerCase(text, candidate))
        {
            keyword = candidate;
            return kind;
        }

        keyword = null;
        return SyntaxKind.UnknownInstruction;
    }

    /// <summary>
    /// Whether <paramref name="text"/> is the upper-case ASCII <paramref name="word"/> once lower-cased as Go's
    /// <c>strings.ToLower</c> does, which BuildKit applies to instruction keywords: ASCII letters, and the two
    /// non-ASCII letters whose lower case is ASCII, U+0130 (to <c>i</c>) and the Kelvin sign U+212A (to <c>k</c>).
    /// </summary>
    internal static bool EqualsAsLowerCase(ReadOnlySpan<char> text, string word) => Matches(text, word, equalFold: false);

    /// <summary>
    /// Whether <paramref name="text"/> equals the upper-case ASCII <paramref name="word"/> under Go's
    /// <c>strings.EqualFold</c> (BuildKit's test for FROM's <c>AS</c>): ASCII letters in any case, and the letters
    /// in the same simple case-folding orbit, the Kelvin sign U+212A for <c>k</c> and the long s U+017F for <c>s</c>.
    /// </summary>
    internal static bool EqualsFolded(ReadOnlySpan<char> text, string word) => Matches(text, word, equalFold: true);

    private static bool Matches(ReadOnlySpan<char> text, string word, bool equalFold)
    {
        if (text.Length != word.Length)
        {
            return false;
        }

        for (int i = 0; i < word.Length; i++)
        {
            char c = text[i];
            char upper = c >= 'a' && c <= 'z' ? (char)(c - 32)
                : c == '\u212A' ? 'K'
                : c == '\u0130' && !equalFold ? 'I'
                : c == '\u017F' && equalFold ? 'S'
                : c;
            if (upper != word[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the kind is an instruction node kind.</summary>
    public static bool IsInstruction(SyntaxKind kind) => kind >= SyntaxKind.AddInstruction && kind <= SyntaxKind.UnknownInstruction;

    /// <summary>Whether the kind is a trivia kind.</summary>
    public static bool IsTrivia(SyntaxKind kind) => kind >= SyntaxKind.WhitespaceTrivia && kind <= SyntaxKind.SkippedTextTrivia;

    /// <summary>Whether the kind is a token kind.</summary>
    public static bool IsToken(SyntaxKind kind) => kind >= SyntaxKind.EndOfFileToken && kind <= SyntaxKind.HeredocTerminatorToken;

    /// <summary>Whether the instruction adds a filesystem layer to the image (RUN, COPY, ADD); the others only change metadata.</summary>
    public static bool CreatesLayer(SyntaxKind kind) => kind is SyntaxKind.RunInstruction or SyntaxKind.CopyInstruction or SyntaxKind.AddInstruction;

    internal static string ConcatValues(SyntaxNode node)
    {
        // On the green tree: no red nodes, and no builder for the common single-token word.
        var green = node.Green;
        int count = green.SlotCount;
        if (count == 0)
        {
            return string.Empty;
        }

        if (count == 1 && green.GetSlot(0) is InternalSyntax.GreenToken only)
        {
            return only.Value;
        }

        var builder = new StringBuilder();
        AppendValues(green, builder);
        return builder.ToString();
    }

    private static void AppendValues(InternalSyntax.GreenNode green, StringBuilder builder)
    {
        int count = green.SlotCount;
        for (int i = 0; i < count; i++)
        {
            var slot = green.GetSlot(i);
            if (slot is InternalSyntax.GreenToken token)
            {
                token.AppendValueTo(builder);
            }
            else
            {
                AppendValues(slot, builder);
            }
        }
    }

    internal static SyntaxToken TokenOfKind(this SyntaxNode node, SyntaxKind kind)
    {
        foreach (var token in node.ChildTokens())
        {
            if (token.Kind == kind)
            {
                return token;
            }
        }

        return default;
    }
}
