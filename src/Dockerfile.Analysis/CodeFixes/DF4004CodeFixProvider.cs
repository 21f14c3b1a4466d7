using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Dockerfile.Analysis.Rules;
using Dockerfile.Syntax;
using Microsoft.CodeAnalysis;

namespace Dockerfile.Analysis.CodeFixes;

/// <summary>
/// Fixes DF4004: adds the secret-looking files the copy takes (the diagnostic's
/// <see cref="DF4004SecretFilesCopiedFromContext.SecretsProperty"/>) to the build context's <c>.dockerignore</c>,
/// creating it when there is none, with the checks of the DF2004 fix: a file the Dockerfile mentions, a dependency
/// install reads or another instruction names stays. Without a build context no fix is offered.
/// </summary>
public sealed class DF4004CodeFixProvider : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DF4004SecretFilesCopiedFromContext.DiagnosticId);

    /// <summary>Offers nothing: the fix needs the build context; see <see cref="GetFixes(DockerfileSyntaxTree, Diagnostic, AnalysisOptions)"/>.</summary>
    /// <param name="tree">The tree the diagnostic was reported on.</param>
    /// <param name="diagnostic">The diagnostic.</param>
    /// <returns>No fixes.</returns>
    public override IEnumerable<CodeFix> GetFixes(DockerfileSyntaxTree tree, Diagnostic diagnostic) => Array.Empty<CodeFix>();

    /// <inheritdoc />
    public override IEnumerable<CodeFix> GetFixes(DockerfileSyntaxTree tree, Diagnostic diagnostic, AnalysisOptions options)
    {
        if (tree is null || diagnostic is null || options is null || diagnostic.Id != DF4004SecretFilesCopiedFromContext.DiagnosticId ||
            !diagnostic.Properties.TryGetValue(DF4004SecretFilesCopiedFromContext.SecretsProperty, out string? secrets) || string.IsNullOrEmpty(secrets))
        {
            return Array.Empty<CodeFix>();
        }

        var only = new HashSet<string>(secrets!.Split('\n').Where(s => s.Length > 0), StringComparer.Ordinal);
        var fix = DockerIgnoreFix.Create(tree, options, diagnostic.Id, only);
        return fix == null ? Array.Empty<CodeFix>() : new[] { fix };
    }
}
