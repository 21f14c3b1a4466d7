using System;
using System.Collections.Generic;
using Dockerfile.Analysis.Semantics;
using Dockerfile.Syntax;

namespace Dockerfile.Analysis.Rules.Support;

/// <summary>ARG and ENV scoping as BuildKit computes it, for the variable rules (DF1080-DF1099, DF3080-DF3099).</summary>
internal static class VariableScopes
{
    /// <summary>The proxy build args BuildKit defines without a declaration (both cases).</summary>
    public static readonly HashSet<string> ProxyArgs = new(StringComparer.Ordinal)
    {
        "HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "https_proxy", "FTP_PROXY", "ftp_proxy", "NO_PROXY", "no_proxy", "ALL_PROXY", "all_proxy",
    };

    /// <summary>The platform args BuildKit defines in the global scope, with the values of a linux/amd64 build.</summary>
    public static readonly IReadOnlyDictionary<string, string> BuiltInArgs = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["BUILDPLATFORM"] = "linux/amd64",
        ["BUILDOS"] = "linux",
        ["BUILDOSVERSION"] = string.Empty,
        ["BUILDARCH"] = "amd64",
        ["BUILDVARIANT"] = string.Empty,
        ["TARGETPLATFORM"] = "linux/amd64",
        ["TARGETOS"] = "linux",
        ["TARGETOSVERSION"] = string.Empty,
        ["TARGETARCH"] = "amd64",
        ["TARGETVARIANT"] = string.Empty,
        ["TARGETSTAGE"] = "default",
    };

    /// <summary>Whether a name is a predefined proxy build arg.</summary>
    public static bool IsProxyArg(string name) => ProxyArgs.Contains(name);

    /// <summary>The processor BuildKit uses for a tree (its escape character).</summary>
    public static ShellWordProcessor Processor(DockerfileSyntaxTree tree) => new(tree.EscapeCharacter);

    /// <summary>
    /// The environment FROM lines see: the built-in platform args, then each global ARG (before the first FROM)
    /// that has a default, expanded against the ones before it. <paramref name="declared"/> receives every global
    /// ARG name, with or without a default. Computed once per model and shared by the rules: read only.
    /// </summary>
    public static IReadOnlyDictionary<string, string> GlobalEnvironment(DockerfileSemanticModel model, out IReadOnlyCollection<string> declared)
    {
        var global = model.GetOrAddDerived(model.Tree.GetRoot(), DerivedSlots.GlobalEnvironment, static (m, _) => ComputeGlobalEnvironment(m));
        declared = global.Declared;
        return global.Environment;
    }

    /// <summary>
    /// The stages whose FROM has a <c>--platform</c> value, each with the value as written (continuations removed)
    /// and its expansion against the global environment, as BuildKit's checks of that flag see it.
    /// </summary>
    public static IEnumerable<(DockerfileStage Stage, FlagSyntax Flag, string Raw, ShellWordResult Expanded)> FromPlatforms(DockerfileSemanticModel model)
    {
        IReadOnlyDictionary<string, string>? env = null;
        ShellWordProcessor? processor = null;
        foreach (var stage in model.Stages)
        {
            if (stage.From.Platform is not { Value: { } value } flag)
            {
                continue;
            }

            // Only FROM lines with --platform need the global ARGs: built on first use.
            env ??= GlobalEnvironment(model, out _);
            processor ??= Processor(model.Tree);
            string raw = RawText(value);
            yield return (stage, flag, raw, processor.ProcessWord(raw, env));
        }
    }

    /// <summary>
    /// As <see cref="GlobalEnvironment"/>, with the build arguments of the analysis (<c>--build-arg</c>) in place of the
    /// defaults of the global ARGs they name (an ARG without a default takes the value too; undeclared names are not
    /// added, as in BuildKit). The same shared environment when no build argument is given.
    /// </summary>
    public static IReadOnlyDictionary<string, string> GlobalEnvironmentWithBuildArguments(DockerfileSemanticModel model, IReadOnlyDictionary<string, string> buildArguments)
    {
        if (buildArguments is null || buildArguments.Count == 0)
        {
            return GlobalEnvironment(model, out _);
        }

        return ComputeGlobalEnvironment(model, buildArguments).Environment;
    }

    private static GlobalArguments ComputeGlobalEnvironment(DockerfileSemanticModel model, IReadOnlyDictionary<string, string>? buildArguments = null)
    {
        var env = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in BuiltInArgs)
        {
            env[pair.Key] = pair.Value;
        }

        var declared = new HashSet<string>(StringComparer.Ordinal);
        var processor = Processor(model.Tree);
        foreach (var instruction in model.GlobalInstructions)
        {
            if (instruction is not ArgInstructionSyntax arg)
            {
                continue;
            }

            foreach (var declaration in arg.Declarations)
            {
                declared.Add(declaration.Name);
                if (buildArguments != null && buildArguments.TryGetValue(declaration.Name, out string? given))
                {
                    env[declaration.Name] = given;
                }
                else if (declaration.HasDefault)
                {
                    var result = processor.ProcessWord(RawText(declaration.DefaultValue), env);
                    env[declaration.Name] = result.Succeeded ? result.Value : string.Empty;
                }
            }
        }

        return new GlobalArguments(env, declared);
    }

    /// <summary>
    /// Whether a word of the tree holds a variable reference: <see cref="WordSyntax.ContainsVariableReference"/>, which
    /// walks the word's nodes, asked only when the word's text has a '$' (every reference starts with one).
    /// </summary>
    public static bool HasVariableReference(DockerfileSyntaxTree tree, WordSyntax word) =>
        tree.GetFullString().IndexOf('$', word.Span.Start, word.Span.Length) >= 0 && word.ContainsVariableReference;

    /// <summary>The source text of a word as BuildKit receives it (line continuations removed), or empty.</summary>
    public static string RawText(SyntaxNode? node)
    {
        if (node == null)
        {
            return string.Empty;
        }

        var builder = new System.Text.StringBuilder();
        foreach (var token in node.DescendantTokens())
        {
            foreach (var trivia in token.LeadingTrivia)
            {
                if (trivia.Kind == SyntaxKind.WhitespaceTrivia && builder.Length > 0)
                {
                    builder.Append(trivia.Text);
                }
            }

            builder.Append(token.Text);
        }

        return builder.ToString();
    }

    /// <summary>The closest candidate to a misspelt name (same name in another case, or at most two edits), or null.</summary>
    public static string? Suggest(string name, IEnumerable<string> candidates)
    {
        string? best = null;
        int bestDistance = int.MaxValue;
        foreach (string candidate in candidates)
        {
            int distance = string.Equals(candidate, name, StringComparison.OrdinalIgnoreCase) ? 0 : Distance(name, candidate);
            if (distance < bestDistance || (distance == bestDistance && string.CompareOrdinal(candidate, best) < 0))
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return bestDistance <= Math.Min(2, Math.Max(1, name.Length / 3)) ? best : null;
    }

    /// <summary>The edit distance with adjacent transpositions counted as one edit (a swapped pair, <c>PAHT</c> for <c>PATH</c>, is one typo).</summary>
    private static int Distance(string a, string b)
    {
        var before = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    current[j] = Math.Min(current[j], before[j - 2] + 1);
                }
            }

            (before, previous, current) = (previous, current, before);
        }

        return previous[b.Length];
    }

    /// <summary>The result of <see cref="GlobalEnvironment"/>, kept per model.</summary>
    private sealed class GlobalArguments
    {
        public GlobalArguments(Dictionary<string, string> environment, HashSet<string> declared)
        {
            Environment = environment;
            Declared = declared;
        }

        public IReadOnlyDictionary<string, string> Environment { get; }

        public IReadOnlyCollection<string> Declared { get; }
    }
}
