using System.Linq;
using Dockerfile.Analysis.Editor;
using Dockerfile.Analysis.Semantics;
using Dockerfile.Syntax;
using NUnit.Framework;

namespace Dockerfile.Analysis.Tests.Editor;

/// <summary>The example at the top of <c>docs/editor.md</c> does what its comments say.</summary>
public class EditorDocsExampleTests
{
    [Test]
    public void The_documented_example_is_true()
    {
        var tree = DockerfileSyntaxTree.ParseText("FROM golang:1.22 AS build\nFROM alpine\nCOPY --from=build /out /app\n");
        var model = new DockerfileSemanticModel(tree);
        int position = tree.GetText().ToString().IndexOf("=build") + 1;

        var references = SymbolFinder.FindReferences(model, position);
        var rename = Renamer.Rename(model, position, "compile");
        var hover = QuickInfo.Get(model, position);
        var tokens = SemanticClassifier.Classify(tree);

        Assert.That(references.Select(r => (r.IsDeclaration, tree.GetText().ToString(r.Span))), Is.EqualTo(new[] { (true, "build"), (false, "build") }));
        Assert.That(rename.Changes, Has.Length.EqualTo(2));
        string renamed = tree.GetText().WithChanges(rename.Changes).ToString();
        Assert.That(renamed, Is.EqualTo("FROM golang:1.22 AS compile\nFROM alpine\nCOPY --from=compile /out /app\n"));
        Assert.That(hover!.Markdown, Does.StartWith("Stage 0 `build` (line 1)"));
        Assert.That(tokens.Count(t => t.Kind == SemanticTokenKind.StageName), Is.EqualTo(2));

        string doc = System.IO.File.ReadAllText(System.IO.Path.Combine(Dockerfile.Analysis.Tests.Catalog.RuleDocs.RepositoryRoot, "docs", "editor.md"));
        Assert.That(doc, Does.Contain("FROM golang:1.22 AS build\\nFROM alpine\\nCOPY --from=build /out /app\\n"), "the page's example must be this test's input");
        Assert.That(doc, Does.Contain("Renamer.Rename(model, position, \"compile\")"));
    }
}
