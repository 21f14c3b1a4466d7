using System;
using System.Collections.Immutable;
using System.Linq;
using Dockerfile.Analysis.Workspaces;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using NUnit.Framework;

namespace Dockerfile.Analysis.Tests.Workspaces;

/// <summary><see cref="DockerfileDocument.WithText"/>: incremental reparse and the shared analyzer cache.</summary>
public class IncrementalDocumentTests
{
    private const string Text = "FROM ubuntu:24.04\nRUN apt-get update\nCOPY a b\nLABEL x=1\nRUN echo two\nWORKDIR /app\n";

    private static string Dump(ImmutableArray<Diagnostic> diagnostics) =>
        string.Join("\n", diagnostics.Select(d => d.Id + " " + d.Location.SourceSpan + " " + d.GetMessage()));

    /// <summary>A local analyzer (the kind whose results the cache keeps) that records the instructions it ran on.</summary>
    private sealed class RecordingLocalAnalyzer : DockerfileAnalyzer
    {
        public static readonly DiagnosticDescriptor Descriptor = RuleInfo.CreateDescriptor("TEST400", "t", "{0}", "Test", DiagnosticSeverity.Info);

        public System.Collections.Concurrent.ConcurrentBag<string> Seen { get; } = new();

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Descriptor);

        public override void Initialize(AnalysisContext context) =>
            context.RegisterLocalSyntaxNodeAction(
                c =>
                {
                    Seen.Add(c.Node.ToString().Trim());
                    var keyword = c.Node.ChildTokens().First();
                    c.ReportDiagnostic(Descriptor, keyword, keyword.ValueText);
                },
                Dockerfile.Syntax.SyntaxKind.RunInstruction, Dockerfile.Syntax.SyntaxKind.CopyInstruction, Dockerfile.Syntax.SyntaxKind.LabelInstruction, Dockerfile.Syntax.SyntaxKind.WorkdirInstruction);
    }

    private static SourceText Edit(SourceText text, string after, string insert)
    {
        int at = text.ToString().IndexOf(after, StringComparison.Ordinal) + after.Length;
        return text.WithChanges(new TextChange(new TextSpan(at, 0), insert));
    }

    [Test]
    public void Unchanged_instructions_keep_their_green_nodes_and_their_cached_results()
    {
        var analyzer = new RecordingLocalAnalyzer();
        var cache = new AnalyzerCache();
        var workspace = new DockerfileWorkspace(new DockerfileWorkspaceOptions { AnalyzerCache = cache, Analyzers = ImmutableArray.Create<DockerfileAnalyzer>(analyzer) });
        using var folder = new TempFolder();
        string path = folder.Write("Dockerfile", Text);
        var first = workspace.OpenDocument(path, SourceText.From(Text));
        Assert.That(workspace.AnalyzerCache, Is.SameAs(cache));
        Assert.That(first.Options.Cache, Is.SameAs(cache));
        first.GetDiagnostics();
        long storedFirst = cache.StoreCount;
        Assert.That(analyzer.Seen, Has.Count.EqualTo(5));
        Assert.That(storedFirst, Is.EqualTo(6), "every instruction analysed and stored once");

        var second = first.WithText(Edit(first.Text, "COPY a", "a"));

        var oldRoot = first.SyntaxTree.GetRoot().Green;
        var newRoot = second.SyntaxTree.GetRoot().Green;
        Assert.That(newRoot.SlotCount, Is.EqualTo(oldRoot.SlotCount));
        var reused = Enumerable.Range(0, oldRoot.SlotCount).Where(i => ReferenceEquals(oldRoot.GetSlot(i), newRoot.GetSlot(i))).ToList();
        Assert.That(reused, Has.Count.EqualTo(oldRoot.SlotCount - 1), "only the COPY is new");
        Assert.That(reused, Has.No.Member(2));

        analyzer.Seen.Clear();
        long hitsBefore = cache.HitCount;
        var diagnostics = second.GetDiagnostics();
        Assert.That(analyzer.Seen, Is.EqualTo(new[] { "COPY aa b" }), "only the edited instruction runs again");
        Assert.That(cache.StoreCount - storedFirst, Is.EqualTo(1));
        Assert.That(cache.HitCount - hitsBefore, Is.EqualTo(5), "the five unchanged instructions come from the cache");

        var fresh = DockerfileDocument.Create(second.Text, null, null, null, new AnalysisOptions { Analyzers = ImmutableArray.Create<DockerfileAnalyzer>(new RecordingLocalAnalyzer()), Cache = null });
        Assert.That(Dump(diagnostics), Is.EqualTo(Dump(fresh.GetDiagnostics())));
        Assert.That(second.Configuration, Is.SameAs(first.Configuration));
        Assert.That(second.BuildContext, Is.SameAs(first.BuildContext));
    }

    [Test]
    public void Updating_an_open_document_goes_through_WithText()
    {
        using var folder = new TempFolder();
        string path = folder.Write("Dockerfile", Text);
        var workspace = new DockerfileWorkspace();
        var opened = workspace.OpenDocument(path, SourceText.From(Text));

        var updated = workspace.UpdateDocument(path, Edit(opened.Text, "echo two", " three"));

        Assert.That(workspace.GetDocument(path), Is.SameAs(updated));
        Assert.That(updated.Text.ToString(), Does.Contain("RUN echo two three\n"));
        Assert.That(updated.BuildContext, Is.SameAs(opened.BuildContext));
        Assert.That(updated.Configuration, Is.SameAs(opened.Configuration));
        var oldRoot = opened.SyntaxTree.GetRoot().Green;
        var newRoot = updated.SyntaxTree.GetRoot().Green;
        Assert.That(newRoot.GetSlot(0), Is.SameAs(oldRoot.GetSlot(0)));
        Assert.That(newRoot.GetSlot(4), Is.Not.SameAs(oldRoot.GetSlot(4)));
        Assert.That(newRoot.GetSlot(5), Is.SameAs(oldRoot.GetSlot(5)));
        Assert.That(opened.Text.ToString(), Is.EqualTo(Text), "the old snapshot is unchanged");
        Assert.That(updated.GetDiagnostics().Select(d => d.Id), Is.EqualTo(DockerfileDocument.Create(updated.Text).GetDiagnostics().Select(d => d.Id)));
    }

    [Test]
    public void A_new_configuration_keeps_the_tree()
    {
        var document = DockerfileDocument.Create(SourceText.From("FROM ubuntu\n"));
        var quiet = Dockerfile.Analysis.Configuration.AnalysisConfiguration.FromEditorConfig(
            Dockerfile.Analysis.Configuration.EditorConfigFile.Parse("[Dockerfile]\ndotnet_diagnostic.DF3006.severity = none\n", "/x/.editorconfig"), "Dockerfile");

        var configured = document.WithConfiguration(quiet);

        Assert.That(configured.SyntaxTree, Is.SameAs(document.SyntaxTree));
        Assert.That(configured.Options.Configuration, Is.SameAs(quiet));
        Assert.That(configured.GetDiagnostics().Select(d => d.Id), Has.None.EqualTo("DF3006"));
        Assert.That(document.GetDiagnostics().Select(d => d.Id), Has.Some.EqualTo("DF3006"));
        Assert.That(configured.WithConfiguration(quiet), Is.SameAs(configured));
        Assert.That(configured.WithBuildContext(null), Is.SameAs(configured));
        var withContext = configured.WithBuildContext(Dockerfile.Analysis.Context.BuildContext.FromFiles(new[] { "a" }));
        Assert.That(withContext.Options.BuildContext, Is.SameAs(withContext.BuildContext));
        Assert.That(withContext.Options.Configuration, Is.SameAs(quiet));
    }

    [Test]
    public void An_edited_text_is_kept_in_one_piece_with_the_same_characters_and_encoding()
    {
        var original = SourceText.From(Text, System.Text.Encoding.UTF8, SourceHashAlgorithm.Sha256);
        var first = DockerfileDocument.Create(original, "/repo/Dockerfile");
        var edited = first.Text.WithChanges(new TextChange(new TextSpan(Text.IndexOf("two", StringComparison.Ordinal), 0), "x"));
        var second = first.WithText(edited);

        // SourceText.WithChanges gives a text made of pieces (slow to read one character at a time); the snapshot's is one string.
        Assert.That(edited.GetType(), Is.Not.EqualTo(original.GetType()));
        Assert.That(second.Text.GetType(), Is.EqualTo(original.GetType()));
        Assert.That(second.Text.ToString(), Is.EqualTo(edited.ToString()));
        Assert.That(second.Text.Encoding, Is.EqualTo(edited.Encoding));
        Assert.That(second.Text.ChecksumAlgorithm, Is.EqualTo(edited.ChecksumAlgorithm));
        Assert.That(second.SyntaxTree.GetText(), Is.SameAs(second.Text));
        Assert.That(second.SyntaxTree.GetRoot().ToFullString(), Is.EqualTo(edited.ToString()));

        // The next edit, based on the snapshot's text, is still incremental: the first instruction is reused.
        var third = second.WithText(second.Text.WithChanges(new TextChange(new TextSpan(second.Text.Length, 0), "USER app\n")));
        Assert.That(third.SyntaxTree.GetRoot().ChildNodes().First().Green, Is.SameAs(second.SyntaxTree.GetRoot().ChildNodes().First().Green));
    }
}
