using System.Linq;
using NUnit.Framework;
using static Dockerfile.Analysis.Tests.Rules.BuildCheckRuleHarness;

namespace Dockerfile.Analysis.Tests.Rules;

public class DF3080Tests
{
    private const string Id = "DF3080";

    [TestCase("FROM --platform=$TARGETPLATFORM alpine\n", "1:6")]
    [TestCase("FROM --platform=${TARGETPLATFORM} alpine AS a\n", "1:6")]
    [TestCase("FROM --platform=${TARGETPLATFORM:-linux/amd64} alpine\n", "1:6")]
    public void Reports(string dockerfile, string positions)
    {
        AssertReports(Id, dockerfile, positions);
        AssertReports(Id, Crlf(dockerfile), positions);
    }

    [TestCase("FROM --platform=$BUILDPLATFORM alpine\n")]
    [TestCase("FROM alpine\n")]
    [TestCase("FROM --platform=${TARGETOS}/${TARGETARCH} alpine\n")]
    public void Silent(string dockerfile) => AssertSilent(Id, dockerfile);

    [Test]
    public void The_finding_is_tagged_unnecessary_so_editors_fade_it()
    {
        var diagnostic = DockerfileAnalysis.Analyze(Dockerfile.Syntax.DockerfileSyntaxTree.ParseText("FROM --platform=$TARGETPLATFORM alpine\n")).Single(d => d.Id == Id);
        Assert.That(diagnostic.Descriptor.CustomTags, Does.Contain(Microsoft.CodeAnalysis.WellKnownDiagnosticTags.Unnecessary));
    }

    [Test]
    public void A_deprecated_instruction_is_tagged_deprecated_not_unnecessary()
    {
        // DF3040 (MAINTAINER) shares no test class of its own: its tag is checked here, beside the Unnecessary one.
        var diagnostic = DockerfileAnalysis.Analyze(Dockerfile.Syntax.DockerfileSyntaxTree.ParseText("FROM alpine\nMAINTAINER me\n")).Single(d => d.Id == "DF3040");
        Assert.That(diagnostic.Descriptor.CustomTags, Does.Contain(DockerfileDiagnosticTags.Deprecated));
        Assert.That(diagnostic.Descriptor.CustomTags, Does.Not.Contain(Microsoft.CodeAnalysis.WellKnownDiagnosticTags.Unnecessary));
    }
}
