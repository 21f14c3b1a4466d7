using System.IO;
using System.Linq;
using System.Text;
using Dockerfile.Analysis.Workspaces;
using Microsoft.CodeAnalysis.Text;
using NUnit.Framework;

namespace Dockerfile.Analysis.Tests.Workspaces;

/// <summary>Reading and decoding Dockerfiles: strict UTF-8, the BOM kept, bad bytes and other encodings as errors.</summary>
public class DocumentLoadingTests
{
    [Test]
    public void A_utf8_file_loads_with_its_full_path_configuration_and_context()
    {
        using var folder = new TempFolder();
        string path = folder.Write("app/Dockerfile", "FROM alpine:3.20\nRUN echo é\n");
        var workspace = new DockerfileWorkspace();

        var result = workspace.LoadDocument(path);

        Assert.That(result.Error, Is.Null);
        var document = result.Document!;
        Assert.That(document.FilePath, Is.EqualTo(Path.GetFullPath(path)));
        Assert.That(document.Text.ToString(), Is.EqualTo("FROM alpine:3.20\nRUN echo é\n"));
        Assert.That(document.SyntaxTree.GetRoot().ToFullString(), Is.EqualTo(document.Text.ToString()));
        Assert.That(document.BuildContext, Is.Not.Null);
        Assert.That(document.BuildContext!.Exists("Dockerfile"), Is.True);
        Assert.That(result.FileSnapshot, Is.Null, "a snapshot of the file is only kept for writing");
        Assert.That(workspace.Documents, Is.Empty, "loading does not open the document");
    }

    [Test]
    public void A_byte_order_mark_is_kept_as_a_character_and_written_back_as_it_was()
    {
        using var folder = new TempFolder();
        byte[] bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.ASCII.GetBytes("FROM alpine:3.20\n")).ToArray();
        string path = folder.WriteBytes("Dockerfile", bytes);

        var document = new DockerfileWorkspace().LoadDocument(path).Document!;

        Assert.That(document.Text.ToString(), Is.EqualTo("\uFEFFFROM alpine:3.20\n"));
        Assert.That(DockerfileText.Encode(document.Text.ToString()), Is.EqualTo(bytes));
        Assert.That(DockerfileText.Encode("FROM a\n"), Is.EqualTo(Encoding.ASCII.GetBytes("FROM a\n")), "no BOM is added to text without one");
    }

    [Test]
    public void Bytes_that_are_not_utf8_are_an_error_at_their_line_and_byte_column()
    {
        using var folder = new TempFolder();
        byte[] bytes = Encoding.ASCII.GetBytes("FROM alpine:3.20\nRUN echo ab").Concat(new byte[] { 0xFF }).Concat(Encoding.ASCII.GetBytes("\n")).ToArray();
        string path = folder.WriteBytes("Dockerfile", bytes);

        var result = new DockerfileWorkspace().LoadDocument(path);

        Assert.That(result.Document, Is.Null);
        Assert.That(result.Succeeded, Is.False);
        Assert.That(result.Error!.Path, Is.EqualTo(path));
        Assert.That(result.Error.Message, Is.EqualTo("not UTF-8 text (byte 0xFF); save the file as UTF-8"));
        Assert.That((result.Error.Line, result.Error.Column), Is.EqualTo((2, 12)));
    }

    [TestCase(new byte[] { 0xFF, 0xFE, (byte)'F', 0, (byte)'R', 0 }, "UTF-16 LE text (byte order mark FF FE); save the file as UTF-8")]
    [TestCase(new byte[] { 0xFE, 0xFF, 0, (byte)'F', 0, (byte)'R' }, "UTF-16 BE text (byte order mark FE FF); save the file as UTF-8")]
    [TestCase(new byte[] { (byte)'F', 0, (byte)'R', 0, (byte)'O', 0, (byte)'M', 0 }, "UTF-16 LE text (no byte order mark; found by the NUL bytes between the characters); save the file as UTF-8")]
    [TestCase(new byte[] { 0xFF, 0xFE, 0, 0, (byte)'F', 0, 0, 0 }, "UTF-32 LE text (byte order mark FF FE 00 00); save the file as UTF-8")]
    public void Utf16_and_utf32_are_named(byte[] bytes, string message)
    {
        var result = new DockerfileWorkspace().LoadDocument(bytes, filePath: null, errorPath: "input");

        Assert.That(result.Document, Is.Null);
        Assert.That(result.Error!.ToString(), Is.EqualTo("input: " + message));
        Assert.That(result.Error.Line, Is.Null);
    }

    [Test]
    public void A_missing_file_is_an_error_not_an_exception()
    {
        using var folder = new TempFolder();
        string path = folder.PathOf("nothing/Dockerfile");

        var result = new DockerfileWorkspace().LoadDocument(path, DocumentLoadMode.ForWriting);

        Assert.That(result.Document, Is.Null);
        Assert.That(result.Error!.Path, Is.EqualTo(path));
        Assert.That(result.Error.Message, Does.Contain("nothing"));
        Assert.That(result.FileSnapshot, Is.Null);
    }

    [Test]
    public void Loading_for_writing_keeps_a_snapshot_that_sees_a_later_change()
    {
        using var folder = new TempFolder();
        string path = folder.Write("Dockerfile", "FROM alpine:3.20\n");

        var result = new DockerfileWorkspace().LoadDocument(path, DocumentLoadMode.ForWriting);

        var snapshot = result.FileSnapshot!;
        Assert.That(snapshot.Length, Is.EqualTo(17));
        Assert.That(snapshot.Sha256.Length, Is.EqualTo(32));
        Assert.That(snapshot.Matches(path), Is.True);
        File.WriteAllText(path, "FROM alpine:3.21\n");
        File.SetLastWriteTimeUtc(path, snapshot.LastWriteTimeUtc);
        Assert.That(snapshot.Matches(path), Is.False, "same length and time, other bytes");
        File.Delete(path);
        Assert.That(snapshot.Matches(path), Is.False);
    }

    [Test]
    public void Bytes_without_a_path_take_the_configuration_of_a_Dockerfile_in_the_working_folder()
    {
        using var folder = new TempFolder();
        folder.Write(".editorconfig", "[Dockerfile]\ndotnet_diagnostic.DF3006.severity = none\n");
        var bytes = Encoding.UTF8.GetBytes("FROM ubuntu\n");

        var inFolder = new DockerfileWorkspace(new DockerfileWorkspaceOptions { WorkingDirectory = folder.Root }).LoadDocument(bytes, filePath: null).Document!;
        var elsewhere = DockerfileDocument.Create(SourceText.From("FROM ubuntu\n"));

        Assert.That(inFolder.FilePath, Is.Null);
        Assert.That(inFolder.GetDiagnostics().Select(d => d.Id), Has.None.EqualTo("DF3006"));
        Assert.That(elsewhere.GetDiagnostics().Select(d => d.Id), Has.Some.EqualTo("DF3006"));
    }
}
