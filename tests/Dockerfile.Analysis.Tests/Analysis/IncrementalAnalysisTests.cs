using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Threading;
using Dockerfile.Syntax;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using NUnit.Framework;
using SyntaxKind = Dockerfile.Syntax.SyntaxKind;
using SyntaxNode = Dockerfile.Syntax.SyntaxNode;

namespace Dockerfile.Analysis.Tests.Analysis;

public class IncrementalAnalysisTests
{
    private sealed class CountingLocalAnalyzer : DockerfileAnalyzer
    {
        public static readonly DiagnosticDescriptor Descriptor = RuleInfo.CreateDescriptor("TEST300", "t", "{0} has {1} words", "Test", DiagnosticSeverity.Info);

        public ConcurrentBag<string> Seen { get; } = new();

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Descriptor);

        public override void Initialize(AnalysisContext context) =>
            context.RegisterLocalSyntaxNodeAction(
                c =>
                {
                    Seen.Add(c.Node.ToString().Trim());
                    var keyword = c.Node.ChildTokens().First();
                    c.ReportDiagnostic(Descriptor, keyword, keyword.ValueText, c.Node.DescendantNodes().Count(n => n.Kind == SyntaxKind.Word));
                },
                SyntaxKind.RunInstruction, SyntaxKind.CopyInstruction, SyntaxKind.LabelInstruction);
    }

    private static string Dump(ImmutableArray<Diagnostic> diagnostics) =>
        string.Join("\n", diagnostics.Select(d => d.Id + " " + d.Location.SourceSpan + " " + d.GetMessage()));

    [Test]
    public void Only_changed_instructions_run_again_and_results_move_with_their_nodes()
    {
        const string text = "FROM a\nRUN one\nCOPY a b\nLABEL x=1\nRUN two\n";
        var analyzer = new CountingLocalAnalyzer();
        var options = new AnalysisOptions { Analyzers = ImmutableArray.Create<DockerfileAnalyzer>(analyzer), Cache = new AnalyzerCache() };
        var tree = DockerfileSyntaxTree.ParseText(text);
        var first = DockerfileAnalysis.Analyze(tree, options);
        Assert.That(analyzer.Seen.Count, Is.EqualTo(4));

        // Edit the COPY: only it runs again; later results move by one character.
        int at = text.IndexOf("COPY a", StringComparison.Ordinal) + 5;
        var next = tree.WithChangedText(tree.GetText().WithChanges(new TextChange(new TextSpan(at, 1), "aa")));
        analyzer.Seen.Clear();
        var second = DockerfileAnalysis.Analyze(next, options);
        Assert.That(analyzer.Seen, Is.EqualTo(new[] { "COPY aa b" }));

        var fresh = DockerfileAnalysis.Analyze(next, new AnalysisOptions { Analyzers = options.Analyzers, Cache = null });
        Assert.That(Dump(second), Is.EqualTo(Dump(fresh)));
        Assert.That(second.Select(d => d.Location.SourceSpan.Start), Is.EqualTo(first.Select(d => d.Location.SourceSpan.Start).Select((s, i) => i >= 2 ? s + 1 : s)));

        // The same tree again: nothing runs.
        analyzer.Seen.Clear();
        DockerfileAnalysis.Analyze(next, options);
        Assert.That(analyzer.Seen, Is.Empty);
    }

    [Test]
    public void Without_a_cache_every_instruction_runs()
    {
        var analyzer = new CountingLocalAnalyzer();
        var options = new AnalysisOptions { Analyzers = ImmutableArray.Create<DockerfileAnalyzer>(analyzer), Cache = null };
        var tree = DockerfileSyntaxTree.ParseText("FROM a\nRUN one\nRUN two\n");
        DockerfileAnalysis.Analyze(tree, options);
        DockerfileAnalysis.Analyze(tree, options);
        Assert.That(analyzer.Seen.Count, Is.EqualTo(4));
    }

    [Test]
    public void Local_context_node_is_detached()
    {
        SyntaxNode? seen = null;
        var analyzer = new DelegateAnalyzer(c => c.RegisterLocalSyntaxNodeAction(x => seen = x.Node, SyntaxKind.RunInstruction));
        DockerfileAnalysis.Analyze(DockerfileSyntaxTree.ParseText("FROM a\nRUN x\n"), new AnalysisOptions { Analyzers = ImmutableArray.Create<DockerfileAnalyzer>(analyzer), Cache = null });
        Assert.That(seen, Is.Not.Null);
        Assert.That(seen!.Parent, Is.Null);
        Assert.That(seen.Position, Is.EqualTo(0));
    }

    [Test]
    public void A_throwing_local_action_is_DF0001_and_not_cached()
    {
        int calls = 0;
        var analyzer = new DelegateAnalyzer(c => c.RegisterLocalSyntaxNodeAction(_ => { calls++; throw new InvalidOperationException("bad"); }, SyntaxKind.RunInstruction));
        var options = new AnalysisOptions { Analyzers = ImmutableArray.Create<DockerfileAnalyzer>(analyzer, new CountingLocalAnalyzer()), Cache = new AnalyzerCache() };
        var tree = DockerfileSyntaxTree.ParseText("FROM a\nRUN x\n");
        Assert.That(DockerfileAnalysis.Analyze(tree, options).Select(d => d.Id), Is.EqualTo(new[] { "DF0001", "TEST300" }));
        DockerfileAnalysis.Analyze(tree, options);
        Assert.That(calls, Is.EqualTo(2));
    }

    [Test]
    public void Parallel_analysis_is_deterministic_and_equals_sequential()
    {
        var builder = new StringBuilder("FROM a\n");
        for (int i = 0; i < DockerfileAnalysis.ParallelThreshold * 2; i++)
        {
            builder.Append(i % 3 == 0 ? "RUN echo " + i + "\n" : i % 3 == 1 ? "COPY f" + i + " /x\n" : "LABEL a=" + i + "\n");
        }

        var tree = DockerfileSyntaxTree.ParseText(builder.ToString());
        var analyzers = Enumerable.Range(0, 8).Select(_ => (DockerfileAnalyzer)new CountingLocalAnalyzer()).ToImmutableArray();
        string sequential = Dump(DockerfileAnalysis.Analyze(tree, new AnalysisOptions { Analyzers = analyzers, Cache = null, AllowParallel = false }));
        for (int run = 0; run < 5; run++)
        {
            Assert.That(Dump(DockerfileAnalysis.Analyze(tree, new AnalysisOptions { Analyzers = analyzers, Cache = null })), Is.EqualTo(sequential));
        }
    }

    [Test]
    public void Cancellation_is_honoured_in_parallel_runs()
    {
        var builder = new StringBuilder("FROM a\n");
        for (int i = 0; i < DockerfileAnalysis.ParallelThreshold * 2; i++)
        {
            builder.Append("RUN echo ").Append(i).Append('\n');
        }

        using var cts = new CancellationTokenSource();
        cts.Cancel();
        var analyzers = Enumerable.Range(0, 4).Select(_ => (DockerfileAnalyzer)new CountingLocalAnalyzer()).ToImmutableArray();
        Assert.Throws(Is.InstanceOf<OperationCanceledException>(), () => DockerfileAnalysis.Analyze(DockerfileSyntaxTree.ParseText(builder.ToString()), new AnalysisOptions { Analyzers = analyzers }, cts.Token));
    }

    [Test]
    public void An_analyzer_throwing_in_Initialize_is_DF0001_and_the_others_report()
    {
        var options = new AnalysisOptions
        {
            Analyzers = ImmutableArray.Create<DockerfileAnalyzer>(new DelegateAnalyzer(_ => throw new NotSupportedException("init")), new CountingLocalAnalyzer()),
        };
        var diagnostics = DockerfileAnalysis.Analyze(DockerfileSyntaxTree.ParseText("FROM a\nRUN x\n"), options);
        Assert.That(diagnostics.Select(d => d.Id), Is.EqualTo(new[] { "DF0001", "TEST300" }));
        Assert.That(diagnostics[0].GetMessage(), Does.Contain("DelegateAnalyzer").And.Contain("init"));
    }

    [Test]
    public void A_failure_in_a_stage_action_drops_that_analyzers_local_results()
    {
        var analyzer = new DelegateAnalyzer(c =>
        {
            c.RegisterLocalSyntaxNodeAction(x => x.ReportDiagnostic(CountingLocalAnalyzer.Descriptor, x.Node, "RUN", 1), SyntaxKind.RunInstruction);
            c.RegisterStageAction(_ => throw new InvalidOperationException("stage"));
        });
        var diagnostics = DockerfileAnalysis.Analyze(DockerfileSyntaxTree.ParseText("FROM a\nRUN x\n"), new AnalysisOptions { Analyzers = ImmutableArray.Create<DockerfileAnalyzer>(analyzer), Cache = null });
        Assert.That(diagnostics.Select(d => d.Id), Is.EqualTo(new[] { "DF0001" }));
    }

    [Test]
    public void The_shared_cache_is_the_default()
    {
        Assert.That(new AnalysisOptions().Cache, Is.SameAs(AnalyzerCache.Shared));
        var analyzer = new CountingLocalAnalyzer();
        var options = new AnalysisOptions { Analyzers = ImmutableArray.Create<DockerfileAnalyzer>(analyzer) };
        var tree = DockerfileSyntaxTree.ParseText("FROM a\nRUN shared-cache-test\n");
        DockerfileAnalysis.Analyze(tree, options);
        DockerfileAnalysis.Analyze(tree, options);
        Assert.That(analyzer.Seen.Count, Is.EqualTo(1));
    }

}

/// <summary>An analyzer whose <c>Initialize</c> is a delegate, for driver tests.</summary>
internal sealed class DelegateAnalyzer : DockerfileAnalyzer
{
    private readonly Action<AnalysisContext> _initialize;

    public DelegateAnalyzer(Action<AnalysisContext> initialize) => _initialize = initialize;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray<DiagnosticDescriptor>.Empty;

    public override void Initialize(AnalysisContext context) => _initialize(context);
}
