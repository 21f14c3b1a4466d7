using System.Linq;
using NUnit.Framework;
using static Dockerfile.Analysis.Tests.Rules.BuildCheckRuleHarness;

namespace Dockerfile.Analysis.Tests.Rules;

public class DF5082Tests
{
    private const string Id = "DF5082";

    // BuildKit reports on the instruction's last line (where its parser is when the continued line ends).
    [TestCase("FROM alpine\nRUN echo a && \\\n\n    echo b\n", "4:1")]
    [TestCase("FROM alpine\nRUN echo a && \\\n   \n    echo b\n", "4:1")]
    [TestCase("FROM alpine\nLABEL a=1 \\\n    # note\n\n    b=2\n", "5:1")]
    [TestCase("FROM alpine\nRUN echo a && \\\n \t\v\u00a0\n    echo b\n", "4:1")]
    [TestCase("FROM alpine\nRUN echo a \\\n\n  && echo b \\\n\n  && echo c\nRUN true\n", "6:1")]
    [TestCase("FROM alpine\nRUN cat \\\n\n  <<EOF\nhello\nEOF\n", "4:1")]
    public void Reports(string dockerfile, string positions)
    {
        AssertReports(Id, dockerfile, positions);
        AssertReports(Id, Crlf(dockerfile), positions);
    }

    [TestCase("FROM alpine\nRUN echo a && \\\n    echo b\n")]
    [TestCase("FROM alpine\nRUN echo a && \\\n    # comment\n    echo b\n")]
    [TestCase("FROM alpine\n\nRUN echo a\n\n")]
    [TestCase("FROM alpine\n\n\nRUN echo a && \\\n    echo b\n\n")]
    public void Silent(string dockerfile) => AssertSilent(Id, dockerfile);

    // The text pre-check must never rule out an instruction the token walk would report.
    [TestCase("RUN a \\\n\nb\n", true)]
    [TestCase("RUN a \\\r\n\r\nb\r\n", true)]
    [TestCase("RUN a \\\n  \t\nb\n", true)]
    [TestCase("RUN a \\\n \rb\n", true)]
    [TestCase("RUN a \\\n  b\n", false)]
    [TestCase("RUN a \\\r\n  b\r\n", false)]
    [TestCase("RUN a\n", false)]
    public void BlankLinePreCheck(string text, bool expected) =>
        Assert.That(Dockerfile.Analysis.Rules.DF5082NoEmptyContinuation.HasBlankLine(text, 0, text.Length), Is.EqualTo(expected));

    [Test]
    public void The_empty_line_is_named_and_is_the_additional_location()
    {
        var diagnostic = DockerfileAnalysis.Analyze(Dockerfile.Syntax.DockerfileSyntaxTree.ParseText("FROM alpine\nRUN echo a \\\n\n  b\n")).Single(d => d.Id == Id);
        Assert.That(diagnostic.GetMessage(), Does.Contain("`RUN`").And.Contain("(line 3)"));
        Assert.That(diagnostic.Location.GetLineSpan().StartLinePosition.Line, Is.EqualTo(3));
        Assert.That(diagnostic.AdditionalLocations.Select(l => l.GetLineSpan().StartLinePosition.Line), Is.EqualTo(new[] { 2 }));
    }
}
