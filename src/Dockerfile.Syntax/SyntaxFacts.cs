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
    internal static SyntaxKind GetInstructionKind(string text, int start, int length, out string keyword)
    {
        foreach (var pair in s_instructions)
        {
            if (pair.Key.Length == length && string.Compare(text, start, pair.Key, 0, length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                keyword = pair.Key;
                return pair.Value;
            }
        }

        keyword = text.Substring(start, length);
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
        var builder = new StringBuilder();
        AppendValues(node, builder);
        return builder.ToString();
    }

    private static void AppendValues(SyntaxNode node, StringBuilder builder)
    {
        foreach (var child in node.ChildNodesAndTokens())
        {
            if (child.AsNode() is { } inner)
            {
                AppendValues(inner, builder);
            }
            else
            {
                builder.Append(child.AsToken().ValueText);
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
