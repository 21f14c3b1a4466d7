using System.Linq;
using Dockerfile.Analysis;
using Microsoft.CodeAnalysis;
using NUnit.Framework;

namespace Dockerfile.Analyzers.Tests;

/// <summary>What the analyzer reports, and where: the library's findings at the Dockerfile's lines.</summary>
public class DiagnosticTests
{
    [Test]
    public void Reports_DF2001_at_the_install_line_of_the_additional_file()
    {
        var diagnostics = Samples.PythonPipenv().Run();

        var df2001 = diagnostics.Single(d => d.Id == "DF2001");
        Assert.That(AnalyzerHarness.Describe(df2001), Is.EqualTo("/repo/app/Dockerfile(8,1): warning DF2001"));
        Assert.That(df2001.Location.Kind, Is.EqualTo(LocationKind.ExternalFile));
        Assert.That(df2001.GetMessage(), Does.Contain("Pipfile and Pipfile.lock"), "the message names the manifests read from the Pipfile additional file");
        Assert.That(df2001.Descriptor.HelpLinkUri, Is.EqualTo(RuleCatalog.GetRulePageUri("DF2001")));
        Assert.That(df2001.AdditionalLocations.Select(l => l.GetLineSpan().Path), Is.All.EqualTo("/repo/app/Dockerfile"), "the COPY . . it runs after is in the same file");
    }

    [Test]
    public void Reports_what_dfa_lint_reports_for_the_same_inputs()
    {
        var diagnostics = Samples.PythonPipenv().Run();

        // `dfa lint samples/python-pipenv/Dockerfile` prints these two: the install after COPY . ., and the consecutive RUNs.
        Assert.That(diagnostics.Select(AnalyzerHarness.Describe), Is.EqualTo(new[]
        {
            "/repo/app/Dockerfile(8,1): warning DF2001",
            "/repo/app/Dockerfile(8,1): info DF2140",
        }));
    }

    [Test]
    public void Parse_errors_are_reported_at_their_line()
    {
        var diagnostics = new AnalyzerHarness().Dockerfile("Dockerfile", "FROM alpine:3.20\nFROBNICATE x\n").Run();

        var error = diagnostics.Single(d => d.Severity == DiagnosticSeverity.Error);
        Assert.That(AnalyzerHarness.Describe(error), Does.StartWith("/repo/app/Dockerfile(2,1): error DF"));
    }

    [Test]
    public void Every_Dockerfile_is_analysed_and_other_additional_files_are_not()
    {
        var diagnostics = new AnalyzerHarness()
            .Dockerfile("Dockerfile", "FROM alpine:3.20\nFROBNICATE x\n")
            .Dockerfile("docker/api.Dockerfile", "FROM alpine:3.20\nFROBNICATE y\n")
            .File("notes.txt", "FROM alpine:3.20\nFROBNICATE z\n")
            .File("Containerfile", "FROM alpine:3.20\nFROBNICATE w\n")
            .Run();

        // Containerfile has no metadata but is a Dockerfile by name (added by hand); notes.txt is not ours.
        var files = diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.Location.GetLineSpan().Path).Distinct().OrderBy(p => p, System.StringComparer.Ordinal);
        Assert.That(files, Is.EqualTo(new[] { "/repo/app/Containerfile", "/repo/app/Dockerfile", "/repo/app/docker/api.Dockerfile" }));
    }

    [Test]
    public void Runs_in_a_Visual_Basic_compilation()
    {
        var diagnostics = Samples.PythonPipenv(new AnalyzerHarness { VisualBasic = true }).Run();

        Assert.That(diagnostics.Select(AnalyzerHarness.Describe), Does.Contain("/repo/app/Dockerfile(8,1): warning DF2001"));
    }

    [Test]
    public void The_build_context_comes_from_the_list_and_the_ignore_file()
    {
        const string Dockerfile = "FROM alpine:3.20\nCOPY app.py /app/\n";

        // DF1086: the COPY names a file the .dockerignore leaves out.
        var ignored = new AnalyzerHarness()
            .Dockerfile("Dockerfile", Dockerfile)
            .ContextList(string.Empty, "Dockerfile", "app.py", ".dockerignore")
            .ContextFile(".dockerignore", "app.py\n")
            .Run();
        Assert.That(ignored.Select(d => d.Id), Does.Contain("DF1086"));

        // <Dockerfile>.dockerignore beside the Dockerfile wins over the context's .dockerignore, as in BuildKit.
        var ownIgnoreFile = new AnalyzerHarness()
            .Dockerfile("Dockerfile", Dockerfile)
            .ContextList(string.Empty, "Dockerfile", "app.py", ".dockerignore", "Dockerfile.dockerignore")
            .ContextFile(".dockerignore", "app.py\n")
            .ContextFile("Dockerfile.dockerignore", "*.md\n")
            .Run();
        Assert.That(ownIgnoreFile.Select(d => d.Id), Does.Not.Contain("DF1086"));
    }

    [Test]
    public void A_context_folder_other_than_the_Dockerfile_folder_is_used()
    {
        const string Dockerfile = "FROM alpine:3.20\nCOPY app.py /app/\n";

        // The Dockerfile is in docker/, its context is the project folder, whose .dockerignore leaves app.py out.
        var diagnostics = new AnalyzerHarness()
            .Dockerfile("docker/Dockerfile", Dockerfile, contextFolder: string.Empty)
            .ContextList(string.Empty, "docker/Dockerfile", "app.py", ".dockerignore")
            .ContextFile(".dockerignore", "app.py\n")
            .ContextList("docker/", "Dockerfile")
            .Run();

        Assert.That(diagnostics.Select(d => d.Id), Does.Contain("DF1086"));
    }

    [Test]
    public void Without_the_manifest_text_DF2001_says_what_it_does_not_know()
    {
        // The Pipfile is listed but its text was not passed (a name the targets do not look for).
        var diagnostics = new AnalyzerHarness()
            .Dockerfile("Dockerfile", Samples.Read("python-pipenv/Dockerfile"))
            .ContextList(string.Empty, "Dockerfile", "Pipfile", "Pipfile.lock", "app.py")
            .Run();

        var df2001 = diagnostics.Single(d => d.Id == "DF2001");
        Assert.That(df2001.GetMessage(), Does.EndWith("(no fix: Pipfile cannot be read from the build context)"));
        Assert.That(Samples.PythonPipenv().Run().Single(d => d.Id == "DF2001").GetMessage(), Does.Not.Contain("no fix"), "with the text, there is a fix");
    }
}
