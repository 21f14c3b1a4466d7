using System.Collections.Generic;
using System.Collections.Immutable;
using Dockerfile.Syntax;
using Microsoft.CodeAnalysis;

namespace Dockerfile.Analysis.CodeFixes;

/// <summary>The base of every code fix provider: offers fixes for diagnostics with given ids.</summary>
public abstract class CodeFixProvider
{
    /// <summary>Gets the ids of the diagnostics this provider can fix.</summary>
    public abstract ImmutableArray<string> FixableDiagnosticIds { get; }

    /// <summary>Gets the fixes for one diagnostic; empty when no fix is safe.</summary>
    /// <param name="tree">The tree the diagnostic was reported on.</param>
    /// <param name="diagnostic">The diagnostic.</param>
    /// <returns>The fixes, best first.</returns>
    public abstract IEnumerable<CodeFix> GetFixes(DockerfileSyntaxTree tree, Diagnostic diagnostic);

    /// <summary>
    /// Gets the fixes for one diagnostic, knowing the options it was analysed with (the build context among them). A
    /// provider whose fixes read the build context or change its files overrides this; the default ignores the options
    /// and calls <see cref="GetFixes(DockerfileSyntaxTree, Diagnostic)"/>.
    /// </summary>
    /// <param name="tree">The tree the diagnostic was reported on.</param>
    /// <param name="diagnostic">The diagnostic.</param>
    /// <param name="options">The options of the analysis that reported it.</param>
    /// <returns>The fixes, best first.</returns>
    public virtual IEnumerable<CodeFix> GetFixes(DockerfileSyntaxTree tree, Diagnostic diagnostic, AnalysisOptions options) =>
        GetFixes(tree, diagnostic);
}
