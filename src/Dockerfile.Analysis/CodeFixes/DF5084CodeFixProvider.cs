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
/// Fixes DF5084: rewrites the legacy <c>ENV key value with spaces</c> (or <c>LABEL</c>) as <c>ENV key="value with spaces"</c>:
/// the blanks after the key become <c>=</c> and the value is wrapped in double quotes. BuildKit reads a legacy value as
/// one word with quotes and escapes interpreted and variables expanded; inside double quotes the blanks are kept and
/// <c>$</c> still expands, so the value is the same. Offered only when the key and the value are plain (no quote
/// character, no escape character, so no line continuation either) and only blanks separate them. A key holding another
/// kind of white space (a control such as U+001F is not one, U+3000 is) is left alone: BuildKit decides the form by
/// splitting words on any Unicode white space but splits a legacy pair on ASCII blanks only, so after the rewrite it
/// would still see the legacy form, now with a quote in its key.
/// </summary>
public sealed class DF5084CodeFixProvider : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DF5084LegacyKeyValueFormat.DiagnosticId);

    /// <inheritdoc />
    public override IEnumerable<CodeFix> GetFixes(DockerfileSyntaxTree tree, Diagnostic diagnostic)
    {
        var instruction = (InstructionSyntax?)FixEdits.FindInstruction<EnvInstructionSyntax>(tree, diagnostic)
            ?? FixEdits.FindInstruction<LabelInstructionSyntax>(tree, diagnostic);
        var pairs = instruction switch
        {
            EnvInstructionSyntax env => env.Pairs,
            LabelInstructionSyntax label => label.Pairs,
            _ => Enumerable.Empty<KeyValuePairSyntax>(),
        };
        var pair = pairs.FirstOrDefault(p => p.Key.Span == diagnostic.Location.SourceSpan);
        if (instruction == null || instruction.ContainsDiagnostics || pair is not { IsLegacyForm: true, Value: { } value })
        {
            return Array.Empty<CodeFix>();
        }

        var text = tree.GetText();
        char[] special = { '"', '\'', tree.EscapeCharacter, '\r', '\n' };
        string key = text.ToString(pair.Key.Span);
        string valueText = text.ToString(value.Span);
        string gap = text.ToString(TextSpan.FromBounds(pair.Key.Span.End, value.Span.Start));
        if (key.Length == 0 || valueText.Length == 0 || key.IndexOfAny(special) >= 0 || valueText.IndexOfAny(special) >= 0
            || key.Any(char.IsWhiteSpace) || gap.Length == 0 || gap.Any(c => c is not (' ' or '\t')))
        {
            return Array.Empty<CodeFix>();
        }

        return new[]
        {
            FixEdits.Create(
                $"Write {instruction.InstructionName} {key}=\"...\"",
                DF5084LegacyKeyValueFormat.DiagnosticId,
                new TextChange(TextSpan.FromBounds(pair.Key.Span.End, value.Span.Start), "=\""),
                new TextChange(new TextSpan(value.Span.End, 0), "\"")),
        };
    }
}
