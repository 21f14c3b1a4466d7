using System.IO;
using System.Linq;
using NUnit.Framework;

namespace Dockerfile.Syntax.Tests.Corpus;

/// <summary>Every corpus file parses without throwing and prints back byte for byte.</summary>
public class RoundTripTests
{
    [Test]
    public void EveryRealDockerfileRoundTrips()
    {
        string root = TestCorpus.Require();
        var files = TestCorpus.RealFiles();
        Assert.That(files, Has.Count.EqualTo(990));
        var failures = files.Where(f => !RoundTrips(Path.Combine(root, "real", f))).ToList();
        Assert.That(failures, Is.Empty);
    }

    [Test]
    public void EveryBuildKitParserCaseRoundTrips()
    {
        string root = TestCorpus.Require();
        var files = Directory.GetFiles(Path.Combine(root, "buildkit-parser"), "Dockerfile", SearchOption.AllDirectories);
        Assert.That(files.Length, Is.EqualTo(38));
        Assert.That(files.Where(f => !RoundTrips(f)), Is.Empty);
    }

    private static bool RoundTrips(string path)
    {
        string text = TestCorpus.ReadText(path);
        var tree = DockerfileSyntaxTree.ParseText(text, path);
        return tree.GetRoot().ToFullString() == text && tree.GetText().ToString() == text;
    }
}
