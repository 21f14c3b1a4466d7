using System;
using System.Linq;
using Dockerfile.Analysis.Context;
using Dockerfile.Syntax;
using NUnit.Framework;

namespace Dockerfile.Analysis.Tests.Rules;

/// <summary>Runs every analyzer over a Dockerfile and finds one rule's diagnostics by (1-based) line and column.</summary>
public static class BuildCheckRuleHarness
{
    /// <summary>Builds an in-memory build context: comma-separated files and a .dockerignore text with ';' between lines.</summary>
    public static BuildContext? MakeContext(string? files, string? dockerignore = null)
    {
        if (files == null && dockerignore == null)
        {
            return null;
        }

        var ignore = dockerignore == null ? null : DockerIgnoreFile.Parse(dockerignore.Replace(';', '\n'), ".dockerignore");
        return BuildContext.FromFiles(files?.Split(',', StringSplitOptions.RemoveEmptyEntries) ?? Array.Empty<string>(), ignore);
    }

    /// <summary>The positions ("line:column") and messages of a rule's diagnostics.</summary>
    public static (string Position, string Message)[] Run(string id, string dockerfile, BuildContext? context = null)
    {
        var tree = DockerfileSyntaxTree.ParseText(dockerfile);
        // The rule under test is turned on, so that opt-in rules (disabled by default) can be tested too.
        var options = new AnalysisOptions { BuildContext = context, EnabledRules = System.Collections.Immutable.ImmutableHashSet.Create(id) };
        return DockerfileAnalysis.Analyze(tree, options)
            .Where(d => d.Id == id)
            .Select(d =>
            {
                var start = d.Location.GetLineSpan().StartLinePosition;
                return ($"{start.Line + 1}:{start.Character + 1}", d.GetMessage());
            })
            .ToArray();
    }

    /// <summary>Asserts that a rule reports exactly at the given positions ("line:column", space-separated).</summary>
    public static void AssertReports(string id, string dockerfile, string positions, BuildContext? context = null)
    {
        var results = Run(id, dockerfile, context);
        Assert.That(results.Select(r => r.Position).ToArray(), Is.EqualTo(positions.Split(' ', StringSplitOptions.RemoveEmptyEntries)),
            string.Join("\n", results.Select(r => r.Position + " " + r.Message)));
    }

    /// <summary>Asserts that a rule stays silent.</summary>
    public static void AssertSilent(string id, string dockerfile, BuildContext? context = null)
    {
        var results = Run(id, dockerfile, context);
        Assert.That(results.Select(r => r.Position + " " + r.Message).ToArray(), Is.Empty);
    }

    /// <summary>The first message of a rule's diagnostics.</summary>
    public static string Message(string id, string dockerfile, BuildContext? context = null) =>
        Run(id, dockerfile, context).Select(r => r.Message).FirstOrDefault() ?? "(no diagnostic)";

    /// <summary>The Dockerfile with CRLF line endings.</summary>
    public static string Crlf(string dockerfile) => dockerfile.Replace("\r\n", "\n").Replace("\n", "\r\n");
}
