using System.Linq;
using NUnit.Framework;

namespace Dockerfile.Analyzers.Tests;

/// <summary>
/// Results are kept by the checksum of everything an analysis reads: a second compilation with the same inputs does not
/// analyse again, and a change to any input does. (The cache is process-wide; these tests run one at a time.)
/// </summary>
[NonParallelizable]
public class CacheTests
{
    [SetUp]
    public void StartEmpty() => AnalysisResultCache.Clear();

    private static int AnalysesDuring(System.Action run)
    {
        int before = AnalysisResultCache.Analyses;
        run();
        return AnalysisResultCache.Analyses - before;
    }

    [Test]
    public void An_unchanged_Dockerfile_is_analysed_once_across_compilations()
    {
        var first = Samples.PythonPipenv().Run();
        int again = AnalysesDuring(() => Assert.That(Samples.PythonPipenv().Run().Select(AnalyzerHarness.Describe), Is.EqualTo(first.Select(AnalyzerHarness.Describe))));

        Assert.That(again, Is.EqualTo(0));
    }

    [Test]
    public void Three_Dockerfiles_are_three_analyses_then_none()
    {
        AnalyzerHarness Three() => new AnalyzerHarness()
            .Dockerfile("Dockerfile", "FROM alpine:3.20\nRUN apk add curl\nRUN apk add git\n")
            .Dockerfile("api.Dockerfile", "FROM alpine:3.20\nRUN apt-get install curl\n")
            .Dockerfile("Dockerfile.worker", "FROM alpine:3.20\nCMD run\n");

        Assert.That(AnalysesDuring(() => Three().Run()), Is.EqualTo(3));
        Assert.That(AnalysesDuring(() => Three().Run()), Is.EqualTo(0));
    }

    [Test]
    public void A_change_to_any_input_analyses_again()
    {
        Samples.PythonPipenv().Run();
        string dockerfile = Samples.Read("python-pipenv/Dockerfile");

        Assert.That(AnalysesDuring(() => new AnalyzerHarness()
            .Dockerfile("Dockerfile", dockerfile + "EXPOSE 8000\n")
            .ContextList(string.Empty, "Dockerfile", "Pipfile", "Pipfile.lock", "app.py", "app.csproj")
            .ContextFile("Pipfile", Samples.Read("python-pipenv/Pipfile")).Run()), Is.EqualTo(1), "the Dockerfile's text");
        Assert.That(AnalysesDuring(() => new AnalyzerHarness()
            .Dockerfile("Dockerfile", dockerfile)
            .ContextList(string.Empty, "Dockerfile", "Pipfile", "Pipfile.lock", "app.py", "app.csproj", "README.md")
            .ContextFile("Pipfile", Samples.Read("python-pipenv/Pipfile")).Run()), Is.EqualTo(1), "the context list");
        Assert.That(AnalysesDuring(() => new AnalyzerHarness()
            .Dockerfile("Dockerfile", dockerfile)
            .ContextList(string.Empty, "Dockerfile", "Pipfile", "Pipfile.lock", "app.py", "app.csproj")
            .ContextFile("Pipfile", Samples.Read("python-pipenv/Pipfile") + "\n").Run()), Is.EqualTo(1), "a manifest");
        Assert.That(AnalysesDuring(() => Samples.PythonPipenv().Configuration(".editorconfig", "[Dockerfile]\ndotnet_diagnostic.DF2001.severity = error\n").Run()), Is.EqualTo(1), "a configuration file");
        Assert.That(AnalysesDuring(() => Samples.PythonPipenv().Let(h => h.CommandLineSeverities["DL3059"] = Microsoft.CodeAnalysis.ReportDiagnostic.Suppress).Run()), Is.EqualTo(1), "the compiler's severities");
        Assert.That(AnalysesDuring(() => Samples.PythonPipenv().FileOption("Dockerfile", "dfa_diagnostic.DF2001.severity", "error").Run()), Is.EqualTo(1), "the analyzer options");
        Assert.That(AnalysesDuring(() => Samples.PythonPipenv().Run()), Is.EqualTo(0), "and back to the first inputs");
    }

    [Test]
    public void A_configuration_file_that_does_not_apply_to_the_Dockerfile_does_not_invalidate_it()
    {
        Samples.PythonPipenv().Run();

        Assert.That(AnalysesDuring(() => Samples.PythonPipenv().Configuration("/repo/other/.editorconfig", "[Dockerfile]\ndotnet_diagnostic.DF2001.severity = error\n").Run()), Is.EqualTo(0));
    }

    [Test]
    public void The_cache_is_bounded()
    {
        for (int i = 0; i < AnalysisResultCache.Capacity + 10; i++)
        {
            new AnalyzerHarness().Dockerfile("Dockerfile", "FROM alpine:3.20\nLABEL n=" + i + "\n").Run();
        }

        Assert.That(AnalysisResultCache.Count, Is.LessThanOrEqualTo(AnalysisResultCache.Capacity));
        Assert.That(AnalysesDuring(() => new AnalyzerHarness().Dockerfile("Dockerfile", "FROM alpine:3.20\nLABEL n=0\n").Run()), Is.EqualTo(1), "the oldest result was dropped");
    }
}
