using System.Linq;
using Dockerfile.Analysis.Editor;
using Dockerfile.Analysis.Semantics;
using Dockerfile.Syntax;
using NUnit.Framework;

namespace Dockerfile.Analysis.Tests.Editor;

/// <summary>Renames give a file that means the same with the new name, and refuse names BuildKit would reject.</summary>
public class RenamerTests
{
    [TestCase("FROM alpine AS one\nFROM one AS two\nCOPY --from=ONE / /\nRUN --mount=from=one,target=/x true\n", "one", "base",
        "FROM alpine AS base\nFROM base AS two\nCOPY --from=base / /\nRUN --mount=from=base,target=/x true\n")]
    [TestCase("ARG V=1\nFROM alpine:$V\nARG V\nRUN echo $V ${V:-x}\nFROM alpine\nARG V=2\nRUN echo $V\n", "V", "VERSION",
        "ARG VERSION=1\nFROM alpine:$VERSION\nARG VERSION\nRUN echo $VERSION ${VERSION:-x}\nFROM alpine\nARG V=2\nRUN echo $V\n")]
    [TestCase("FROM alpine\nRUN <<EOF\necho hi\nEOF\n", "EOF", "SCRIPT", "FROM alpine\nRUN <<SCRIPT\necho hi\nSCRIPT\n")]
    [TestCase("FROM alpine\nCOPY <<-\"END\" /x\n\tbody\n\tEND\n", "END", "DONE", "FROM alpine\nCOPY <<-\"DONE\" /x\n\tbody\n\tDONE\n")]
    public void Rename_rewrites_every_occurrence_and_nothing_else(string text, string at, string newName, string expected)
    {
        var tree = DockerfileSyntaxTree.ParseText(text);
        var model = new DockerfileSemanticModel(tree);
        int position = text.IndexOf(at, System.StringComparison.Ordinal) + 1;
        var result = Renamer.Rename(model, position, newName);
        Assert.That(result.Error, Is.Null);
        string renamed = tree.GetText().WithChanges(result.Changes).ToString();
        Assert.That(renamed, Is.EqualTo(expected));

        // The renamed file has as many occurrences of the new name as the old file had of the old one, and no new errors.
        var newTree = DockerfileSyntaxTree.ParseText(renamed);
        var newModel = new DockerfileSemanticModel(newTree);
        Assert.That(SymbolFinder.FindReferences(newModel, renamed.IndexOf(newName, System.StringComparison.Ordinal) + 1).Length, Is.EqualTo(result.Changes.Length));
        Assert.That(newTree.GetDiagnostics().Count(), Is.EqualTo(tree.GetDiagnostics().Count()));
    }

    [TestCase("FROM alpine AS one\nFROM alpine AS two\n", "one", "TWO", "already named")]
    [TestCase("FROM alpine AS one\n", "one", "1st", "not a valid stage name")]
    [TestCase("ARG A\nFROM alpine:$A\n", "A", "A-B", "not a valid variable name")]
    [TestCase("FROM alpine\nRUN <<EOF\nx\nEOF\n", "EOF", "a b", "not a valid heredoc delimiter")]
    [TestCase("FROM alpine\nRUN echo hi\n", "echo", "x", "Nothing that can be renamed")]
    [TestCase("FROM alpine AS one\n", "one", "", "empty")]
    public void Rename_refuses_with_a_reason(string text, string at, string newName, string reason)
    {
        var model = new DockerfileSemanticModel(DockerfileSyntaxTree.ParseText(text));
        int position = text.LastIndexOf(at, System.StringComparison.Ordinal) + 1;
        var result = Renamer.Rename(model, position, newName);
        Assert.That(result.Succeeded, Is.False);
        Assert.That(result.Changes, Is.Empty);
        Assert.That(result.Error, Does.Contain(reason));
    }

    [Test]
    public void The_dollar_of_a_reference_finds_its_variable()
    {
        string text = "ARG A=1\nFROM alpine:${A}\n";
        var model = new DockerfileSemanticModel(DockerfileSyntaxTree.ParseText(text));
        Assert.That(SymbolFinder.FindSymbolAt(model, text.IndexOf("${", System.StringComparison.Ordinal))?.Name, Is.EqualTo("A"));
        Assert.That(SymbolFinder.FindSymbolAt(model, text.IndexOf("alpine", System.StringComparison.Ordinal)), Is.Null);
    }
}
