using System.Linq;
using NUnit.Framework;

namespace Dockerfile.Syntax.Tests.Syntax;

/// <summary>DFS0009: BuildKit refuses a line longer than 65,535 bytes of UTF-8 (not characters).</summary>
public class LineLengthTests
{
    [Test]
    public void ALineOverTheLimitInBytesIsReportedWithItsLength()
    {
        // 22,004 characters but 66,004 bytes: the euro sign takes three.
        string text = "RUN " + new string('\u20AC', 22_000) + "\n";
        var diagnostic = DockerfileSyntaxTree.ParseText(text).GetDiagnostics().Single(d => d.Id == "DFS0009");
        Assert.That(diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), Does.Contain("66004 bytes"));
        Assert.That(diagnostic.Location.GetLineSpan().StartLinePosition.Line, Is.EqualTo(0));
    }

    [TestCase(65_531)]
    [TestCase(21_000)]
    public void ALineWithinTheLimitIsNot(int letters)
    {
        string text = "RUN " + new string('a', letters) + "\n";
        Assert.That(DockerfileSyntaxTree.ParseText(text).GetDiagnostics().Select(d => d.Id), Has.No.Member("DFS0009"));
    }
}
