using System.Collections.Immutable;
using System.Linq;
using Dockerfile.Analysis.CodeFixes;
using Dockerfile.Syntax;
using Microsoft.CodeAnalysis;

namespace Dockerfile.Benchmarks;

/// <summary>The fixability step of <c>dfa lint</c>, as the CLI runs it.</summary>
public static class LintPipeline
{
    /// <summary>Counts the diagnostics that have a fix.</summary>
    public static int CountFixable(DockerfileSyntaxTree tree, ImmutableArray<Diagnostic> diagnostics)
        => diagnostics.Count(d => CodeFixes.GetFixes(tree, d).Any());
}
