using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Dockerfile.Analysis.Rules;
using Dockerfile.Analysis.Semantics;
using Dockerfile.Syntax;
using Microsoft.CodeAnalysis;
using SyntaxNode = Dockerfile.Syntax.SyntaxNode;
using SyntaxKind = Dockerfile.Syntax.SyntaxKind;
using SyntaxToken = Dockerfile.Syntax.SyntaxToken;
using Microsoft.CodeAnalysis.Text;

namespace Dockerfile.Analysis;

/// <summary>The analyzer driver: runs analyzers over a Dockerfile and collects their diagnostics.</summary>
public static class DockerfileAnalysis
{
    private static readonly Lazy<ImmutableArray<DockerfileAnalyzer>> s_builtIn = new(DiscoverBuiltInAnalyzers);

    /// <summary>
    /// Every public, non-abstract analyzer with a parameterless constructor in the
    /// <c>Dockerfile.Analysis.Rules</c> namespace, ordered by type name: adding a rule is adding its file.
    /// </summary>
    private static ImmutableArray<DockerfileAnalyzer> DiscoverBuiltInAnalyzers() =>
        typeof(DockerfileAnalysis).Assembly.GetTypes()
            .Where(t => t.IsPublic && !t.IsAbstract && typeof(DockerfileAnalyzer).IsAssignableFrom(t)
                && t.Namespace == typeof(DF2001DependencyInstallAfterSourceCopy).Namespace && t.GetConstructor(Type.EmptyTypes) != null)
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .Select(t => (DockerfileAnalyzer)Activator.CreateInstance(t)!)
            .ToImmutableArray();

    /// <summary>Gets the descriptor of <c>DF0001</c>, reported when an analyzer throws instead of the analyzer's results.</summary>
    public static DiagnosticDescriptor AnalyzerErrorDescriptor { get; } = RuleInfo.CreateDescriptor(
        "DF0001",
        "An analyzer failed",
        "Analyzer '{0}' failed and its results are missing: {1}: {2}",
        "Internal",
        DiagnosticSeverity.Warning,
        "An analyzer threw an exception. The other analyzers still ran; please report the problem.");

    /// <summary>Gets one instance of every built-in analyzer.</summary>
    public static ImmutableArray<DockerfileAnalyzer> BuiltInAnalyzers => s_builtIn.Value;

    /// <summary>
    /// Analyzes a Dockerfile. Returns the tree's parse diagnostics and every analyzer diagnostic, sorted by
    /// position then id. An analyzer that throws is stopped and reported as <c>DF0001</c>; the others still run.
    /// Diagnostics of rules disabled by default (opt-in rules) are reported only when
    /// <see cref="AnalysisOptions.EnabledRules"/> lists them.
    /// </summary>
    /// <param name="tree">The tree to analyze.</param>
    /// <param name="options">The options; <see langword="null"/> runs every built-in analyzer.</param>
    /// <param name="cancellationToken">Cancels the analysis with an <see cref="OperationCanceledException"/>.</param>
    /// <returns>The diagnostics.</returns>
    public static ImmutableArray<Diagnostic> Analyze(DockerfileSyntaxTree tree, AnalysisOptions? options = null, CancellationToken cancellationToken = default)
    {
        if (tree is null)
        {
            throw new ArgumentNullException(nameof(tree));
        }

        options ??= AnalysisOptions.Default;
        cancellationToken.ThrowIfCancellationRequested();
        var diagnostics = new List<Diagnostic>(tree.GetDiagnostics(cancellationToken));
        var model = new DockerfileSemanticModel(tree);
        var root = tree.GetRoot(cancellationToken);

        foreach (var analyzer in options.EffectiveAnalyzers)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!analyzer.SupportedDiagnostics.IsDefaultOrEmpty && !analyzer.SupportedDiagnostics.Any(options.IsReported))
            {
                // Every rule of the analyzer is opt-in and none was turned on.
                continue;
            }

            var results = new List<Diagnostic>();
            try
            {
                RunAnalyzer(analyzer, root, model, options, results.Add, cancellationToken);
                diagnostics.AddRange(results.Where(d => options.IsReported(d.Descriptor)));
            }
            catch (Exception ex) when (!(ex is OperationCanceledException && cancellationToken.IsCancellationRequested))
            {
                diagnostics.Add(Diagnostic.Create(
                    AnalyzerErrorDescriptor,
                    tree.GetLocation(new TextSpan(0, 0)),
                    analyzer.GetType().Name,
                    ex.GetType().Name,
                    ex.Message));
            }
        }

        return diagnostics
            .OrderBy(d => d.Location.SourceSpan.Start)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.End)
            .ToImmutableArray();
    }

    private static void RunAnalyzer(DockerfileAnalyzer analyzer, DockerfileSyntax root, DockerfileSemanticModel model, AnalysisOptions options, Action<Diagnostic> report, CancellationToken cancellationToken)
    {
        var context = new AnalysisContext();
        analyzer.Initialize(context);

        if (context.NodeActions.Count > 0)
        {
            foreach (var node in root.DescendantNodes())
            {
                foreach (var (action, kinds) in context.NodeActions)
                {
                    if (kinds.Contains(node.Kind))
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        action(new SyntaxNodeAnalysisContext(node, model, options, report, cancellationToken));
                    }
                }
            }
        }

        foreach (var stage in model.Stages)
        {
            foreach (var action in context.StageActions)
            {
                cancellationToken.ThrowIfCancellationRequested();
                action(new StageAnalysisContext(stage, model, options, report, cancellationToken));
            }
        }

        foreach (var action in context.FileActions)
        {
            cancellationToken.ThrowIfCancellationRequested();
            action(new DockerfileAnalysisContext(model, options, report, cancellationToken));
        }
    }
}
