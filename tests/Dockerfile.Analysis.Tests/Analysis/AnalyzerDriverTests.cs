using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Dockerfile.Analysis.Rules;
using Dockerfile.Syntax;
using Microsoft.CodeAnalysis;
using NUnit.Framework;
using SyntaxKind = Dockerfile.Syntax.SyntaxKind;

namespace Dockerfile.Analysis.Tests.Analysis;

public class AnalyzerDriverTests
{
    private const string Source = "FROM node\nWORKDIR /app\nCOPY . .\nRUN npm ci\n";

    private sealed class ThrowingAnalyzer : DockerfileAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray<DiagnosticDescriptor>.Empty;

        public override void Initialize(AnalysisContext context) =>
            context.RegisterSyntaxNodeAction(_ => throw new InvalidOperationException("boom"), SyntaxKind.RunInstruction);
    }

    private sealed class CountingAnalyzer : DockerfileAnalyzer
    {
        private static readonly DiagnosticDescriptor Descriptor = RuleInfo.CreateDescriptor("TEST01", "t", "{0}", "Test", DiagnosticSeverity.Info);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Descriptor);

        public override void Initialize(AnalysisContext context)
        {
            context.RegisterSyntaxNodeAction(c => c.ReportDiagnostic(Diagnostic.Create(Descriptor, c.Node.GetLocation(), "node " + c.Node.Kind)), SyntaxKind.CopyInstruction, SyntaxKind.RunInstruction);
            context.RegisterStageAction(c => c.ReportDiagnostic(Diagnostic.Create(Descriptor, c.Stage.From.GetLocation(), "stage " + c.Stage.Index + " " + c.SemanticModel.GetWorkingDirectory(c.Stage.Instructions.Last()))));
            context.RegisterDockerfileAction(c => c.ReportDiagnostic(Diagnostic.Create(Descriptor, c.Tree.GetLocation(default), "file")));
        }
    }

    [Test]
    public void Throwing_analyzer_becomes_DF0001_and_others_still_run()
    {
        var options = new AnalysisOptions { Analyzers = ImmutableArray.Create<DockerfileAnalyzer>(new ThrowingAnalyzer(), new DF2001DependencyInstallAfterSourceCopy()) };
        var diagnostics = DockerfileAnalysis.Analyze(DockerfileSyntaxTree.ParseText(Source), options);
        Assert.That(diagnostics.Select(d => d.Id), Is.EqualTo(new[] { "DF0001", "DF2001" }));
        Assert.That(diagnostics[0].GetMessage(), Does.Contain("ThrowingAnalyzer").And.Contain("boom"));
    }

    [Test]
    public void Default_runs_built_in_analyzers()
    {
        Assert.That(DockerfileAnalysis.Analyze(DockerfileSyntaxTree.ParseText(Source)).Select(d => d.Id), Is.SupersetOf(new[] { "DF2001" }));
    }

    [Test]
    public void Node_stage_and_file_actions_run_and_results_are_sorted()
    {
        var options = new AnalysisOptions { Analyzers = ImmutableArray.Create<DockerfileAnalyzer>(new CountingAnalyzer()) };
        var messages = DockerfileAnalysis.Analyze(DockerfileSyntaxTree.ParseText(Source), options).Select(d => d.GetMessage()).ToArray();
        Assert.That(messages, Is.EqualTo(new[] { "file", "stage 0 /app", "node CopyInstruction", "node RunInstruction" }));
    }

    private sealed class NodeKindAnalyzer : DockerfileAnalyzer
    {
        private static readonly DiagnosticDescriptor Descriptor = RuleInfo.CreateDescriptor("TEST02", "t", "{0}", "Test", DiagnosticSeverity.Info);

        private readonly SyntaxKind[] _kinds;

        public NodeKindAnalyzer(params SyntaxKind[] kinds)
        {
            _kinds = kinds;
        }

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Descriptor);

        public override void Initialize(AnalysisContext context) =>
            context.RegisterSyntaxNodeAction(c => c.ReportDiagnostic(Diagnostic.Create(Descriptor, c.Node.GetLocation(), c.Node.Kind + " " + c.Node.ToString().Trim())), _kinds);
    }

    [TestCase(false)]
    [TestCase(true)]
    public void Node_actions_reach_ONBUILD_triggers_and_nodes_inside_instructions(bool withWordAction)
    {
        // With instruction kinds only, the driver visits the instructions; a word action makes it walk every node.
        var kinds = withWordAction
            ? new[] { SyntaxKind.RunInstruction, SyntaxKind.OnbuildInstruction, SyntaxKind.Word }
            : new[] { SyntaxKind.RunInstruction, SyntaxKind.OnbuildInstruction };
        var options = new AnalysisOptions { Analyzers = ImmutableArray.Create<DockerfileAnalyzer>(new NodeKindAnalyzer(kinds)) };
        var tree = DockerfileSyntaxTree.ParseText("FROM node\nONBUILD RUN make\nRUN npm ci\n");
        var messages = DockerfileAnalysis.Analyze(tree, options).Select(d => d.GetMessage()).ToArray();
        var expected = new[] { "OnbuildInstruction ONBUILD RUN make", "RunInstruction RUN make", "RunInstruction RUN npm ci" };
        Assert.That(messages.Where(m => !m.StartsWith("Word", StringComparison.Ordinal)), Is.EqualTo(expected));
        Assert.That(messages.Any(m => m.StartsWith("Word node", StringComparison.Ordinal)), Is.EqualTo(withWordAction));
    }

    [Test]
    public void Parse_diagnostics_are_returned()
    {
        var tree = DockerfileSyntaxTree.ParseText("FROM node\nBOGUS x\n");
        var parse = tree.GetDiagnostics().Select(d => d.Id).ToArray();
        Assert.That(parse, Is.Not.Empty);
        Assert.That(DockerfileAnalysis.Analyze(tree).Select(d => d.Id), Is.SupersetOf(parse));
    }

    [Test]
    public void Cancellation_is_honoured()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.Throws<OperationCanceledException>(() => DockerfileAnalysis.Analyze(DockerfileSyntaxTree.ParseText(Source), null, cts.Token));
    }

    [Test]
    public void Catalogue_has_metadata()
    {
        Assert.That(RuleCatalog.Find("df2001")?.Descriptor.Title.ToString(), Is.EqualTo("Dependencies are installed after the whole source is copied"));
        Assert.That(RuleCatalog.GetEquivalents("DF2001"), Is.Empty);
        var ids = RuleCatalog.All.Select(r => r.Id).ToList();
        Assert.That(ids, Is.Unique);
        Assert.That(ids, Is.Ordered.Using((System.Collections.Generic.IComparer<string>)System.StringComparer.Ordinal));
        Assert.That(ids, Does.Contain("DF0001").And.Contain("DF2001").And.Contain("DFS0001"));
    }
}
