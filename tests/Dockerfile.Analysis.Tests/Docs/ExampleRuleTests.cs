using System.Collections.Immutable;
using System.Linq;
using Dockerfile.Syntax;
using NUnit.Framework;

namespace Dockerfile.Analysis.Tests.Docs;

/// <summary>The tests shown in docs/analysis.md.</summary>
public class ExampleRuleTests
{
    private static string[] Analyze(DockerfileAnalyzer analyzer, string text) =>
        DockerfileAnalysis.Analyze(DockerfileSyntaxTree.ParseText(text), new AnalysisOptions { Analyzers = ImmutableArray.Create(analyzer) })
            .Select(d => $"{d.Id} {d.Location.GetLineSpan().StartLinePosition.Line + 1}: {d.GetMessage()}")
            .ToArray();

    [Test]
    public void Maintainer_is_reported_and_can_be_suppressed()
    {
        Assert.That(
            Analyze(new MaintainerDeprecatedAnalyzer(), "FROM alpine\nMAINTAINER Jane <jane@example.com>\n"),
            Is.EqualTo(new[] { "DF9001 2: MAINTAINER is deprecated; use LABEL org.opencontainers.image.authors=\"Jane <jane@example.com>\"" }));
        Assert.That(Analyze(new MaintainerDeprecatedAnalyzer(), "FROM alpine\n# hadolint ignore=DL4000\nMAINTAINER Jane\n"), Is.Empty);
        Assert.That(Analyze(new MaintainerDeprecatedAnalyzer(), "# check=skip=MaintainerDeprecated\nFROM alpine\nMAINTAINER Jane\n"), Is.Empty);
    }

    [Test]
    public void Undefined_variables_follow_BuildKit_scoping()
    {
        const string text = "ARG VERSION=1.0\nFROM alpine:$VERSION\nLABEL version=$VERSION\nARG VERSION\nLABEL version=$VERSION owner=$OWNER\n";
        Assert.That(Analyze(new UndefinedVariableAnalyzer(), text), Is.EqualTo(new[]
        {
            "DF9002 3: VERSION is not defined here",
            "DF9002 5: OWNER is not defined here",
        }));
    }
}
