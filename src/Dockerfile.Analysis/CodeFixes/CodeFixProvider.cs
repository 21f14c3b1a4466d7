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
}
