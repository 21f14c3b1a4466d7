using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;
using Dockerfile.Analysis.Context;
using Dockerfile.Analysis.Semantics;
using Dockerfile.Syntax;
using NUnit.Framework;

namespace Dockerfile.Analysis.Tests.Semantics;

/// <summary>
/// Each <c>Fixtures/Semantics/NAME.Dockerfile</c> is built into a semantic model and dumped; the dump must equal
/// <c>NAME.model.txt</c>. <c>UPDATE_BASELINES=1</c> rewrites the baselines (never when <c>CI=true</c>). The build
/// context is the file list of <c>NAME.context.txt</c> when present (one path a line).
/// </summary>
public class SemanticFixtureTests
{
    private static readonly UTF8Encoding s_utf8 = new(false);

    private static string OutputDirectory => Path.Combine(AppContext.BaseDirectory, "Fixtures", "Semantics");

    private static bool UpdateBaselines =>
        Environment.GetEnvironmentVariable("UPDATE_BASELINES") == "1"
        && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static IEnumerable<string> Names() =>
        Directory.Exists(OutputDirectory)
            ? Directory.GetFiles(OutputDirectory, "*.Dockerfile").Select(f => Path.GetFileNameWithoutExtension(f)).OrderBy(n => n, StringComparer.Ordinal)
            : Enumerable.Empty<string>();

    [Test]
    public void There_are_fixtures() => Assert.That(Names().Count(), Is.GreaterThanOrEqualTo(4));

    [TestCaseSource(nameof(Names))]
    public void Model_matches_baseline(string name)
    {
        string input = s_utf8.GetString(File.ReadAllBytes(Path.Combine(OutputDirectory, name + ".Dockerfile")));
        string contextList = Path.Combine(OutputDirectory, name + ".context.txt");
        BuildContext? context = File.Exists(contextList)
            ? BuildContext.FromFiles(File.ReadAllLines(contextList).Where(l => l.Length > 0))
            : null;
        string? target = input.Split('\n').FirstOrDefault(l => l.StartsWith("# target: ", StringComparison.Ordinal))?.Substring("# target: ".Length).Trim();
        var model = new DockerfileSemanticModel(DockerfileSyntaxTree.ParseText(input), new SemanticModelOptions { BuildContext = context, Target = target });
        string actual = ModelDump.Write(model);
        string baselineName = name + ".model.txt";
        string baselinePath = Path.Combine(OutputDirectory, baselineName);
        string? expected = File.Exists(baselinePath) ? s_utf8.GetString(File.ReadAllBytes(baselinePath)) : null;
        if (UpdateBaselines && expected != actual)
        {
            File.WriteAllBytes(Path.Combine(SourceDirectory(), baselineName), s_utf8.GetBytes(actual));
            File.WriteAllBytes(baselinePath, s_utf8.GetBytes(actual));
            Assert.Warn("Baseline " + baselineName + " rewritten; review the diff.");
            return;
        }

        Assert.That(expected, Is.Not.Null, "Missing baseline " + baselineName + "; run with UPDATE_BASELINES=1.");
        Assert.That(actual, Is.EqualTo(expected));
    }

    // Found from the repository root: [CallerFilePath] is a mapped path ("/_/...") in deterministic CI builds.
    private static string SourceDirectory() =>
        Path.Combine(Dockerfile.Analysis.Tests.Catalog.RuleDocs.RepositoryRoot, "tests", "Dockerfile.Analysis.Tests", "Fixtures", "Semantics");
}
