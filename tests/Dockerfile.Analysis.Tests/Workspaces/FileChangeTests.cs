using System.IO;
using System.Linq;
using Dockerfile.Analysis.Workspaces;
using Microsoft.CodeAnalysis.Text;
using NUnit.Framework;

namespace Dockerfile.Analysis.Tests.Workspaces;

/// <summary><see cref="DockerfileWorkspace.OnFileChanged"/>: what each kind of file drops, and which open documents get new snapshots.</summary>
public class FileChangeTests
{
    private const string Text = "FROM ubuntu\nCOPY app.txt /app/\n";

    private static (DockerfileWorkspace Workspace, string A, string B) OpenTwo(TempFolder folder)
    {
        var workspace = new DockerfileWorkspace();
        string a = folder.Write("a/Dockerfile", Text);
        string b = folder.Write("b/Dockerfile", Text);
        workspace.OpenDocument(a, SourceText.From(Text));
        workspace.OpenDocument(b, SourceText.From(Text));
        return (workspace, a, b);
    }

    [TestCase(".editorconfig", "[Dockerfile]\ndotnet_diagnostic.DF3006.severity = none\n")]
    [TestCase(".hadolint.yaml", "ignored: [DL3006]\n")]
    [TestCase(".hadolint.yml", "ignored: [DL3006]\n")]
    public void A_new_configuration_file_gives_new_snapshots_of_the_documents_below_it_only(string name, string content)
    {
        using var folder = new TempFolder();
        var (workspace, a, b) = OpenTwo(folder);
        var before = workspace.GetDocument(a)!;
        var untouched = workspace.GetDocument(b)!;
        Assert.That(before.GetDiagnostics().Select(d => d.Id), Has.Some.EqualTo("DF3006"));

        string config = folder.Write("a/" + name, content);
        var changed = workspace.OnFileChanged(config);

        var after = changed.Single();
        Assert.That(after.FilePath, Is.EqualTo(a));
        Assert.That(workspace.GetDocument(a), Is.SameAs(after));
        Assert.That(after.SyntaxTree, Is.SameAs(before.SyntaxTree), "only the configuration changed");
        Assert.That(after.GetDiagnostics().Select(d => d.Id), Has.None.EqualTo("DF3006"));
        Assert.That(workspace.GetDocument(b), Is.SameAs(untouched));
    }

    [Test]
    public void An_edited_and_then_deleted_configuration_file_is_read_again_each_time()
    {
        using var folder = new TempFolder();
        string config = folder.Write(".editorconfig", "[Dockerfile]\ndotnet_diagnostic.DF3006.severity = none\n");
        var (workspace, a, b) = OpenTwo(folder);
        Assert.That(workspace.GetDocument(a)!.GetDiagnostics().Select(d => d.Id), Has.None.EqualTo("DF3006"));

        File.WriteAllText(config, "[Dockerfile]\ndotnet_diagnostic.DF3006.severity = error\n");
        var changed = workspace.OnFileChanged(config);
        Assert.That(changed.Select(d => d.FilePath), Is.EquivalentTo(new[] { a, b }), "a configuration at the top affects both");
        Assert.That(workspace.GetDocument(a)!.GetDiagnostics().Single(d => d.Id == "DF3006").Severity, Is.EqualTo(Microsoft.CodeAnalysis.DiagnosticSeverity.Error));

        File.Delete(config);
        workspace.OnFileChanged(config);
        Assert.That(workspace.GetDocument(b)!.GetDiagnostics().Single(d => d.Id == "DF3006").Severity, Is.EqualTo(Microsoft.CodeAnalysis.DiagnosticSeverity.Warning));
        Assert.That(workspace.GetDocument(b)!.Configuration.Files, Is.Empty);
    }

    [Test]
    public void A_dockerignore_gives_a_new_context_to_the_documents_built_from_its_folder_only()
    {
        using var folder = new TempFolder();
        var (workspace, a, b) = OpenTwo(folder);
        folder.Write("a/app.txt", "x");
        folder.Write("b/app.txt", "x");
        workspace.OnFileChanged(folder.PathOf("a/app.txt"));
        workspace.OnFileChanged(folder.PathOf("b/app.txt"));
        var untouched = workspace.GetDocument(b)!;
        Assert.That(workspace.GetDocument(a)!.GetDiagnostics().Select(d => d.Id), Has.None.EqualTo("DF1086"));

        string ignore = folder.Write("a/.dockerignore", "app.txt\n");
        var changed = workspace.OnFileChanged(ignore);

        var after = changed.Single();
        Assert.That(after.FilePath, Is.EqualTo(a));
        Assert.That(after.BuildContext!.IsIgnored("app.txt"), Is.True);
        Assert.That(after.GetDiagnostics().Select(d => d.Id), Has.Some.EqualTo("DF1086"));
        Assert.That(workspace.GetDocument(b), Is.SameAs(untouched));
    }

    [Test]
    public void A_Dockerfile_specific_ignore_file_applies_to_that_Dockerfile_only()
    {
        using var folder = new TempFolder();
        var workspace = new DockerfileWorkspace();
        folder.Write("app.txt", "x");
        string main = folder.Write("Dockerfile", Text);
        string other = folder.Write("other.Dockerfile", Text);
        workspace.OpenDocument(main, SourceText.From(Text));
        var untouched = workspace.OpenDocument(other, SourceText.From(Text));

        var changed = workspace.OnFileChanged(folder.Write("Dockerfile.dockerignore", "app.txt\n"));

        // The new file is in both contexts (a COPY . . would send it), but only main's ignores app.txt.
        Assert.That(changed.Select(d => d.FilePath), Is.EquivalentTo(new[] { main, other }));
        Assert.That(workspace.GetDocument(main)!.BuildContext!.IsIgnored("app.txt"), Is.True);
        Assert.That(workspace.GetDocument(other)!.BuildContext!.IsIgnored("app.txt"), Is.False);
        Assert.That(workspace.GetDocument(other)!.BuildContext!.Exists("Dockerfile.dockerignore"), Is.True);
        Assert.That(untouched.BuildContext!.IsIgnored("app.txt"), Is.False, "snapshots handed out do not change");
    }

    [Test]
    public void A_context_file_refreshes_the_contexts_that_hold_it_and_an_unrelated_file_changes_nothing()
    {
        using var folder = new TempFolder();
        var (workspace, a, b) = OpenTwo(folder);
        Assert.That(workspace.GetDocument(a)!.BuildContext!.Exists("app.txt"), Is.False);
        var untouched = workspace.GetDocument(b)!;

        var changed = workspace.OnFileChanged(folder.Write("a/app.txt", "x"));

        Assert.That(changed.Single().FilePath, Is.EqualTo(a));
        Assert.That(changed.Single().BuildContext!.Exists("app.txt"), Is.True);
        Assert.That(workspace.GetDocument(b), Is.SameAs(untouched));

        Assert.That(workspace.OnFileChanged(folder.Write("c/notes.txt", "x")), Is.Empty);
        Assert.That(workspace.OnFileChanged(folder.Write("a/app.txt", "y")).Single().FilePath, Is.EqualTo(a), "a content change too: COPY rules read context files");
    }

    [Test]
    public void Closed_documents_are_not_returned()
    {
        using var folder = new TempFolder();
        var (workspace, a, b) = OpenTwo(folder);

        Assert.That(workspace.CloseDocument(a), Is.True);
        Assert.That(workspace.CloseDocument(a), Is.False);
        Assert.That(workspace.GetDocument(a), Is.Null);
        var changed = workspace.OnFileChanged(folder.Write(".editorconfig", "[Dockerfile]\ndotnet_diagnostic.DF3006.severity = none\n"));

        Assert.That(changed.Select(d => d.FilePath), Is.EqualTo(new[] { b }));
        Assert.That(workspace.Documents.Select(d => d.FilePath), Is.EqualTo(new[] { b }));
    }

    [Test]
    public void A_folder_that_appears_with_configuration_in_it_counts_as_a_configuration_change()
    {
        using var folder = new TempFolder();
        var (workspace, a, b) = OpenTwo(folder);
        string nested = folder.PathOf("a/sub/Dockerfile");
        var before = workspace.OpenDocument(nested, SourceText.From(Text));
        var untouched = workspace.GetDocument(a)!;

        folder.Write("a/sub/.editorconfig", "[Dockerfile]\ndotnet_diagnostic.DF3006.severity = none\n");
        var changed = workspace.OnFileChanged(folder.PathOf("a/sub"));

        Assert.That(changed.Select(d => d.FilePath), Has.Member(nested));
        Assert.That(workspace.GetDocument(nested)!.GetDiagnostics().Select(d => d.Id), Has.None.EqualTo("DF3006"));
        Assert.That(before.GetDiagnostics().Select(d => d.Id), Has.Some.EqualTo("DF3006"));
        Assert.That(workspace.GetDocument(b)!.Configuration.Files, Is.Empty);
        Assert.That(workspace.GetDocument(a)!.Configuration, Is.SameAs(untouched.Configuration), "the folder above keeps its configuration");
    }
}
