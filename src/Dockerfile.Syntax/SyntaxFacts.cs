using System;
using System.Collections.Generic;
using System.Text;

namespace Dockerfile.Syntax;

/// <summary>Facts about Dockerfile syntax: instruction keywords and node kinds.</summary>
public static class SyntaxFacts
{
    private static readonly Dictionary<string, SyntaxKind> s_instructions = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ADD"] = SyntaxKind.AddInstruction,
        ["ARG"] = SyntaxKind.ArgInstruction,
        ["CMD"] = SyntaxKind.CmdInstruction,
        ["COPY"] = SyntaxKind.CopyInstruction,
        ["ENTRYPOINT"] = SyntaxKind.EntrypointInstruction,
        ["ENV"] = SyntaxKind.EnvInstruction,
        ["EXPOSE"] = SyntaxKind.ExposeInstruction,
        ["FROM"] = SyntaxKind.FromInstruction,
        ["HEALTHCHECK"] = SyntaxKind.HealthcheckInstruction,
        ["LABEL"] = SyntaxKind.LabelInstruction,
        ["MAINTAINER"] = SyntaxKind.MaintainerInstruction,
        ["ONBUILD"] = SyntaxKind.OnbuildInstruction,
        ["RUN"] = SyntaxKind.RunInstruction,
        ["SHELL"] = SyntaxKind.ShellInstruction,
        ["STOPSIGNAL"] = SyntaxKind.StopsignalInstruction,
        ["USER"] = SyntaxKind.UserInstruction,
        ["VOLUME"] = SyntaxKind.VolumeInstruction,
        ["WORKDIR"] = SyntaxKind.WorkdirInstruction,
    };

    /// <summary>The 18 instruction keywords BuildKit knows, in upper case.</summary>
    public static IReadOnlyCollection<string> InstructionKeywords => s_instructions.Keys;

    /// <summary>The instruction kind for a keyword (any casing), or <see cref="SyntaxKind.UnknownInstruction"/>.</summary>
    public static SyntaxKind GetInstructionKind(string keyword) =>
        s_instructions.TryGetValue(keyword, out var kind) ? kind : SyntaxKind.UnknownInstruction;

    /// <summary>The instruction kind of <c>text[start..start+length)</c>, without allocating for known keywords.</summary>
    /// <summary>Whether <c>text[start..]</c> is <paramref name="word"/> (an upper-case ASCII keyword) in any case, as Go's strings.EqualFold sees ASCII.</summary>
    internal static bool EqualsIgnoreAsciiCase(char[] text, int start, string word)
    {
        for (int i = 0; i < word.Length; i++)
        {
            char c = text[start + i];
            if (c != word[i] && (c < 'a' || c > 'z' || (char)(c - 32) != word[i]))
            {
                return false;
            }
        }

        return true;
    }

    internal static SyntaxKind GetInstructionKind(char[] text, int start, int length, out string keyword)
    {
        string? candidate = null;
        SyntaxKind kind = SyntaxKind.UnknownInstruction;
        switch (length > 0 ? char.ToUpperInvariant(text[start]) : '\0')
        {
            case 'A': (candidate, kind) = length > 1 && char.ToUpperInvariant(text[start + 1]) == 'R' ? ("ARG", SyntaxKind.ArgInstruction) : ("ADD", SyntaxKind.AddInstruction); break;
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

        if (candidate != null && candidate.Length == length && EqualsIgnoreAsciiCase(text, start, candidate))
        {
            keyword = candidate;
            return kind;
        }

        keyword = new string(text, start, length);
        return SyntaxKind.UnknownInstruction;
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
