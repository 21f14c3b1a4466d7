using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Dockerfile.Analysis.Rules;
using Dockerfile.Syntax;
using Microsoft.CodeAnalysis;

namespace Dockerfile.Analysis.CodeFixes;

/// <summary>
/// Fixes DF2004: creates the build context's <c>.dockerignore</c>, or adds to the one there is, with the generated
/// folders, logs and secret-looking files the context holds, so that copying the whole context leaves them out. A line
/// is added only when the Dockerfile does not mention what it removes, no dependency install reads it and no instruction
/// names it, and the finished file is checked against every instruction that reads the context (see the docs of
/// <c>docs/fixes.md</c>). Without a build context, or when the ignore file lies outside the context, no fix is offered.
/// </summary>
public sealed class DF2004CodeFixProvider : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DF2004WholeContextCopyWithoutIgnore.DiagnosticId);

    /// <summary>Offers nothing: the fix needs the build context; see <see cref="GetFixes(DockerfileSyntaxTree, Diagnostic, AnalysisOptions)"/>.</summary>
    /// <param name="tree">The tree the diagnostic was reported on.</param>
    /// <param name="diagnostic">The diagnostic.</param>
    /// <returns>No fixes.</returns>
    public override IEnumerable<CodeFix> GetFixes(DockerfileSyntaxTree tree, Diagnostic diagnostic) => Array.Empty<CodeFix>();

    /// <inheritdoc />
    public override IEnumerable<CodeFix> GetFixes(DockerfileSyntaxTree tree, Diagnostic diagnostic, AnalysisOptions options)
    {
        if (tree is null || diagnostic is null || options is null || diagnostic.Id != DF2004WholeContextCopyWithoutIgnore.DiagnosticId)
        {
            return Array.Empty<CodeFix>();
        }

        var fix = DockerIgnoreFix.Create(tree, options, diagnostic.Id);
        return fix == null ? Array.Empty<CodeFix>() : new[] { fix };
    }
}
