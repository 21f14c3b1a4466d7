using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Dockerfile.Analysis;
using Dockerfile.Analysis.Configuration;
using Dockerfile.Analysis.Context;
using Dockerfile.Syntax;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Fixes = Dockerfile.Analysis.CodeFixes.CodeFixes;

namespace Dockerfile.Fuzz;

/// <summary>
/// The fuzz targets, by name. Each takes the fuzzer's bytes and throws when an invariant breaks (a
/// <see cref="FuzzInvariantException"/>) or when the code under test throws. The harness runs them under AFL++;
/// the regression tests run the kept findings through the same methods.
/// </summary>
internal static class FuzzTargets
{
    /// <summary>The target names, in the order the documentation lists them.</summary>
    public static readonly ImmutableArray<string> Names = ImmutableArray.Create("parse", "incremental", "analysis", "fixall", "config");

    // Built on first use: under afl-fuzz no instrumented code may run before SharpFuzz maps the coverage memory.
    private static readonly Lazy<AnalysisOptions> s_allRules = new(() => new AnalysisOptions
    {
        EnabledRules = RuleCatalog.All.Select(r => r.Id).ToImmutableHashSet(StringComparer.OrdinalIgnoreCase),
        Cache = null,
    });

    /// <summary>Gets options with every rule on, opt-in rules included, and no cache shared between inputs.</summary>
    public static AnalysisOptions AllRules => s_allRules.Value;

    private const string SmallDockerfile = "# syntax=docker/dockerfile:1\nFROM alpine:3.20 AS base\nRUN apk add curl\nLABEL maintainer=me\nCOPY . /app\nUSER root\nFROM base\nCMD echo hi\n";

    private static readonly string[] s_paths = { "Dockerfile", "sub/Dockerfile", "a.Dockerfile", "src/app/main.go", ".git/config", "node_modules/x/y.js", "a b/c" };

    /// <summary>Runs one target on one input.</summary>
    /// <param name="target">One of <see cref="Names"/>.</param>
    /// <param name="input">The bytes.</param>
    public static void Run(string target, byte[] input)
    {
        switch (target)
        {
            case "parse":
                Parse(input);
                break;
            case "incremental":
                Incremental(input);
                break;
            case "analysis":
                Analysis(input);
                break;
            case "fixall":
                FixAll(input);
                break;
            case "config":
                Config(input);
                break;
            default:
                throw new ArgumentException("unknown fuzz target '" + target + "'", nameof(target));
        }
    }

    /// <summary><c>parse</c>: parsing never throws, the tree's text is the input, diagnostics and tokens can be enumerated.</summary>
    private static void Parse(byte[] input)
    {
        string text = FuzzInput.Decode(input);
        var tree = DockerfileSyntaxTree.ParseText(text);
        var root = tree.GetRoot();
        if (root.ToFullString() != text)
        {
            throw new FuzzInvariantException("round trip: ToFullString() differs from the input");
        }

        int position = 0;
        foreach (var token in root.DescendantTokens())
        {
            if (token.FullSpan.Start != position)
            {
                throw new FuzzInvariantException($"token {token.Kind} starts at {token.FullSpan.Start}, the previous one ended at {position}");
            }

            position = token.FullSpan.End;
        }

        if (position != text.Length)
        {
            throw new FuzzInvariantException($"the tokens end at {position}, the text at {text.Length}");
        }

        foreach (var diagnostic in tree.GetDiagnostics())
        {
            if (diagnostic.Location.SourceSpan.End > text.Length)
            {
                throw new FuzzInvariantException($"{diagnostic.Id} is located past the end of the text: {diagnostic.Location.SourceSpan}");
            }
        }
    }

    /// <summary><c>incremental</c>: after every edit of the script, <c>WithChangedText</c> equals a fresh parse.</summary>
    private static void Incremental(byte[] input)
    {
        var edits = EditScript.Parse(input, out string document);
        var text = SourceText.From(document);
        var tree = DockerfileSyntaxTree.ParseText(text);
        var log = new List<string>();
        foreach (var edit in edits)
        {
            var change = edit(text);
            log.Add($"{change.Span} -> \"{Escape(change.NewText ?? string.Empty)}\"");
            text = text.WithChanges(change);
            tree = tree.WithChangedText(text);
            IncrementalInvariants.SameAsFreshParse(tree, text, string.Join("; ", log));
        }
    }

    /// <summary><c>analysis</c>: every rule runs without throwing (no <c>DF0001</c>) and reports inside the text.</summary>
    private static void Analysis(byte[] input)
    {
        string text = FuzzInput.Decode(input);
        var tree = DockerfileSyntaxTree.ParseText(text);
        foreach (var diagnostic in DockerfileAnalysis.Analyze(tree, AllRules))
        {
            if (diagnostic.Id == DockerfileAnalysis.AnalyzerErrorDescriptor.Id)
            {
                throw new FuzzInvariantException(diagnostic.GetMessage());
            }

            if (diagnostic.Location.IsInSource && diagnostic.Location.SourceSpan.End > text.Length)
            {
                throw new FuzzInvariantException($"{diagnostic.Id} is located past the end of the text: {diagnostic.Location.SourceSpan}");
            }
        }
    }

    /// <summary>
    /// <c>fixall</c>: <see cref="FixInvariants.CheckFixAll"/>, and one <c>ApplyAll</c> round reparses to itself
    /// without an id reported more often than before.
    /// </summary>
    private static void FixAll(byte[] input)
    {
        string text = FuzzInput.Decode(input);
        var problems = FixInvariants.CheckFixAll(text, AllRules, "fix-all", out _);
        if (problems.Count == 0)
        {
            var tree = DockerfileSyntaxTree.ParseText(text);
            var diagnostics = DockerfileAnalysis.Analyze(tree, AllRules);
            string once = Fixes.ApplyAll(tree, diagnostics, out int applied).ToString();
            if (applied == 0 && once != text)
            {
                problems.Add("apply-all: no fix applied but the text changed");
            }
            else if (applied > 0)
            {
                problems.AddRange(FixInvariants.FindRegressions(text, once, new Dictionary<string, int>(), AllRules, "apply-all", diagnostics.Count(d => d.Id == "DF2101")));
            }
        }

        if (problems.Count > 0)
        {
            throw new FuzzInvariantException(string.Join("\n", problems));
        }
    }

    /// <summary>
    /// <c>config</c>: the same text read as an <c>.editorconfig</c>, a <c>.hadolint.yaml</c>, a <c>.dockerignore</c>
    /// and a Dockerfile's inline suppressions. Nothing throws, configuration problems are <c>DF0002</c>, and the
    /// configurations read apply to an analysis without an analyzer failing.
    /// </summary>
    private static void Config(byte[] input)
    {
        string text = FuzzInput.Decode(input);

        var editorConfig = EditorConfigFile.Parse(text, "/fuzz/.editorconfig");
        var configuration = AnalysisConfiguration.Empty;
        foreach (string path in s_paths)
        {
            _ = editorConfig.GetProperties(path).Count();
            configuration = configuration.Merge(AnalysisConfiguration.FromEditorConfig(editorConfig, path));
        }

        configuration = configuration.Merge(HadolintConfiguration.Parse(text, "/fuzz/.hadolint.yaml"));
        foreach (var diagnostic in configuration.Diagnostics)
        {
            if (diagnostic.Id != ConfigurationDiagnostics.InvalidConfiguration.Id)
            {
                throw new FuzzInvariantException($"a configuration problem is {diagnostic.Id}, not {ConfigurationDiagnostics.InvalidConfiguration.Id}: {diagnostic}");
            }
        }

        var ignore = DockerIgnoreFile.Parse(text, "/fuzz/.dockerignore");
        foreach (string path in s_paths.Concat(ignore.Patterns.Take(16).Select(p => p.Text.TrimStart('/'))))
        {
            _ = ignore.IsIgnored(path);
        }

        var tree = DockerfileSyntaxTree.ParseText(text);
        _ = InlineSuppressions.Read(tree);

        var options = AllRules.WithConfiguration(configuration);
        foreach (var analyzed in new[] { DockerfileSyntaxTree.ParseText(SmallDockerfile), tree })
        {
            foreach (var diagnostic in DockerfileAnalysis.Analyze(analyzed, options))
            {
                if (diagnostic.Id == DockerfileAnalysis.AnalyzerErrorDescriptor.Id)
                {
                    throw new FuzzInvariantException(diagnostic.GetMessage());
                }
            }
        }
    }

    private static string Escape(string text) =>
        text.Replace("\\", "\\\\").Replace("\r", "\\r").Replace("\n", "\\n").Replace("\t", "\\t").Replace("\"", "\\\"");
}
