using System;
using System.Threading;
using Dockerfile.Syntax;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using SyntaxNode = Dockerfile.Syntax.SyntaxNode;
using SyntaxToken = Dockerfile.Syntax.SyntaxToken;

namespace Dockerfile.Analysis;

/// <summary>
/// What a local (cacheable) node action sees: the node alone, detached from its tree. Its results depend only
/// on the node's text, so the driver caches them per green node and reuses them for unchanged nodes of later
/// versions of the tree.
/// </summary>
/// <remarks>
/// <see cref="Node"/> has no parent and starts at position 0: spans are relative to the start of the node's full
/// span (leading trivia included). Report with <see cref="ReportDiagnostic(DiagnosticDescriptor, TextSpan, object[])"/>;
/// the driver moves the span to the node's place in each tree it appears in.
/// </remarks>
public readonly struct LocalSyntaxNodeAnalysisContext
{
    private readonly Action<DiagnosticDescriptor, TextSpan, object?[]?> _report;

    internal LocalSyntaxNodeAnalysisContext(SyntaxNode node, Action<DiagnosticDescriptor, TextSpan, object?[]?> report, CancellationToken cancellationToken)
    {
        Node = node;
        _report = report;
        CancellationToken = cancellationToken;
    }

    /// <summary>Gets the node being analyzed, detached: no parent, starting at position 0.</summary>
    public SyntaxNode Node { get; }

    /// <summary>Gets the token that cancels the analysis.</summary>
    public CancellationToken CancellationToken { get; }

    /// <summary>Reports a diagnostic at a span of the detached node.</summary>
    /// <param name="descriptor">The rule's descriptor.</param>
    /// <param name="span">A span within <see cref="Node"/> (relative to its full span's start).</param>
    /// <param name="messageArgs">The message arguments; they must not hold on to the node (use strings and numbers).</param>
    public void ReportDiagnostic(DiagnosticDescriptor descriptor, TextSpan span, params object?[]? messageArgs) =>
        _report(descriptor ?? throw new ArgumentNullException(nameof(descriptor)), span, messageArgs);

    /// <summary>Reports a diagnostic on a node (its span, without trivia).</summary>
    /// <param name="descriptor">The rule's descriptor.</param>
    /// <param name="node">The node or one of its descendants.</param>
    /// <param name="messageArgs">The message arguments.</param>
    public void ReportDiagnostic(DiagnosticDescriptor descriptor, SyntaxNode node, params object?[]? messageArgs) =>
        ReportDiagnostic(descriptor, (node ?? throw new ArgumentNullException(nameof(node))).Span, messageArgs);

    /// <summary>Reports a diagnostic on a token (its span, without trivia).</summary>
    /// <param name="descriptor">The rule's descriptor.</param>
    /// <param name="token">A token of the node.</param>
    /// <param name="messageArgs">The message arguments.</param>
    public void ReportDiagnostic(DiagnosticDescriptor descriptor, SyntaxToken token, params object?[]? messageArgs) =>
        ReportDiagnostic(descriptor, token.Span, messageArgs);
}
