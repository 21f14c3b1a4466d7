using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Dockerfile.Analysis.Rules;
using Dockerfile.Syntax;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Dockerfile.Analysis.CodeFixes;

/// <summary>
/// Fixes DF5085: lower-cases the protocol of an EXPOSE port (<c>80/TCP</c> to <c>80/tcp</c>). Docker reads the
/// protocol case-insensitively, so the exposed ports are the same. Offered only when the port is written as one
/// plain word (no quotes, escapes, variables or line continuation in it).
/// </summary>
public sealed class DF5085CodeFixProvider : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DF5085ExposeProtoCasing.DiagnosticId);

    /// <inheritdoc />
    public override IEnumerable<CodeFix> GetFixes(DockerfileSyntaxTree tree, Diagnostic diagnostic)
    {
        var span = diagnostic.Location.SourceSpan;
        if (FixEdits.FindInstruction<ExposeInstructionSyntax>(tree, diagnostic) is not { } expose
            || expose.ContainsDiagnostics
            || expose.Ports.FirstOrDefault(p => p.Span == span) is not { } port
            || port.ContainsVariableReference)
        {
            return Array.Empty<CodeFix>();
        }

        string source = tree.GetText().ToString(span);
        int slash = source.IndexOf('/');
        if (source != port.ValueText || slash < 0 || source.IndexOfAny(new[] { '"', '\'', tree.EscapeCharacter, '$' }) >= 0)
        {
            return Array.Empty<CodeFix>();
        }

        string proto = source.Substring(slash + 1);
        string lower = proto.ToLowerInvariant();
        if (lower == proto)
        {
            return Array.Empty<CodeFix>();
        }

        return new[] { FixEdits.Create($"Write the protocol as {lower}", DF5085ExposeProtoCasing.DiagnosticId, new TextChange(new TextSpan(span.Start + slash + 1, proto.Length), lower)) };
    }
}
