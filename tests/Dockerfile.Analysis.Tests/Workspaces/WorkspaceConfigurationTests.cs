using System.IO;
using System.Linq;
using Dockerfile.Analysis.Workspaces;
using Microsoft.CodeAnalysis.Text;
using NUnit.Framework;

namespace Dockerfile.Analysis.Tests.Workspaces;

/// <summary>Configuration found upward from each Dockerfile, <c>--config</c>, and <c>DF0002</c> for bad files.</summary>
public class WorkspaceConfigurationTests
{
    private const string Untagged = "FROM ubuntu\n";

    [Test]
    public void An_editorconfig_above_the_Dockerfile_applies_and_a_sibling_folder_is_untouched()
    {
        using var folder = new TempFolder();
        folder.Write("repo/.editorconfig", "root = true\n\n[Dockerfile]\ndotnet_diagnostic.DF3006.severity = none\n");
        string inside = folder.Write("repo/services/api/Dockerfile", Untagged);
        string outside = folder.Write("other/Dockerfile", Untagged);
        var workspace = new DockerfileWorkspace();

        var found = workspace.LoadDocument(inside).Document!;
        var notFound = workspace.LoadDocument(outside).Document!;

        Assert.That(found.Configuration.Files.Single(), Is.EqualTo(folder.PathOf("repo/.editorconfig")));
        Assert.That(found.GetDiagnostics().Select(d => d.Id), Has.None.EqualTo("DF3006"));
        Assert.That(notFound.GetDiagnostics().Select(d => d.Id), Has.Some.EqualTo("DF3006"));
        Assert.That(workspace.GetConfiguration(inside), Is.SameAs(found.Configuration), "read once per Dockerfile");
    }

    [Test]
    public void A_broken_hadolint_file_gives_DF0002_at_its_position_and_the_rest_still_runs()
    {
        using var folder = new TempFolder();
        string hadolint = folder.Write(".hadolint.yaml", "override:\n  fatal: [DL3008]\n");
        string path = folder.Write("sub/Dockerfile", Untagged);

        var diagnostics = new DockerfileWorkspace().LoadDocument(path).Document!.GetDiagnostics();

        var invalid = diagnostics.Single(d => d.Id == "DF0002");
        var span = invalid.Location.GetLineSpan();
        Assert.That(span.Path, Is.EqualTo(hadolint));
        Assert.That(span.StartLinePosition.Line + 1, Is.EqualTo(2));
        Assert.That(Dockerfile.Analysis.Configuration.ConfigurationDiagnostics.GetMessageText(invalid), Does.Contain("'fatal' is not a hadolint severity"));
        Assert.That(diagnostics.Select(d => d.Id), Has.Some.EqualTo("DF3006"));
    }

    [Test]
    public void A_configuration_path_replaces_the_search()
    {
        using var folder = new TempFolder();
        folder.Write("repo/.editorconfig", "[Dockerfile]\ndotnet_diagnostic.DF3006.severity = none\n");
        string config = folder.Write("strict.editorconfig", "[*]\ndotnet_diagnostic.DF3006.severity = error\n");
        string path = folder.Write("repo/Dockerfile", Untagged);
        var workspace = new DockerfileWorkspace(new DockerfileWorkspaceOptions { ConfigurationPath = config });

        Assert.That(workspace.CheckConfigurationPath(), Is.Null);
        var untagged = workspace.LoadDocument(path).Document!.GetDiagnostics().Single(d => d.Id == "DF3006");
        Assert.That(untagged.Severity, Is.EqualTo(Microsoft.CodeAnalysis.DiagnosticSeverity.Error));
    }

    [Test]
    public void An_unusable_configuration_path_is_an_error_before_anything_is_loaded()
    {
        using var folder = new TempFolder();
        string yaml = folder.Write("bad.yaml", "ignored: [\n");

        Assert.That(new DockerfileWorkspace(new DockerfileWorkspaceOptions { ConfigurationPath = folder.PathOf("none.yaml") }).CheckConfigurationPath()!.Message, Is.EqualTo("no such configuration file"));
        Assert.That(new DockerfileWorkspace(new DockerfileWorkspaceOptions { ConfigurationPath = folder.Root }).CheckConfigurationPath()!.Message, Is.EqualTo("the configuration is a folder, not a file"));
        var error = new DockerfileWorkspace(new DockerfileWorkspaceOptions { ConfigurationPath = yaml }).CheckConfigurationPath()!;
        Assert.That(error.Path, Is.EqualTo(yaml));
        Assert.That(error.Line, Is.Not.Null);
        Assert.That(new DockerfileWorkspace().CheckConfigurationPath(), Is.Null);
    }

    [Test]
    public void An_unsaved_buffer_has_no_path_and_analyses_with_what_it_is_given()
    {
        var document = DockerfileDocument.Create(SourceText.From(Untagged));

        Assert.That(document.FilePath, Is.Null);
        Assert.That(document.SyntaxTree.FilePath, Is.Empty);
        Assert.That(document.BuildContext, Is.Null);
        Assert.That(document.Configuration, Is.SameAs(Dockerfile.Analysis.Configuration.AnalysisConfiguration.Empty));
        Assert.That(document.GetDiagnostics().Select(d => d.Id), Has.Some.EqualTo("DF3006"));
        Assert.That(document.GetSemanticModel().Stages, Has.Length.EqualTo(1));

        var edited = document.WithText(SourceText.From("FROM ubuntu:24.04\n"));
        Assert.That(edited.FilePath, Is.Null);
        Assert.That(edited.GetDiagnostics().Select(d => d.Id), Has.None.EqualTo("DF3006"));
        Assert.That(edited.GetFixSummary().HasFix.Length, Is.EqualTo(edited.GetDiagnostics().Length));
    }
}
