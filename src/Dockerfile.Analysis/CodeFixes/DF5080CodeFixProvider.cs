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
/// Fixes DF5080: lower-cases a stage name where it is defined (<c>FROM ... AS Build</c>) and where later instructions
/// refer to it: <c>FROM Build</c>, <c>COPY --from=Build</c> and <c>RUN --mount=...,from=Build</c>. BuildKit matches stage
/// names case-insensitively, so every reference resolves to the same stage before and after (a reference written
/// with quotes, escapes or variables is left as it is and still resolves). Not offered when another stage's name
/// is the same once lower-cased, nor when the name itself is written with quotes, escapes or variables.
/// </summary>
public sealed class DF5080CodeFixProvider : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DF5080StageNameCasing.DiagnosticId);

    /// <inheritdoc />
    public override IEnumerable<CodeFix> GetFixes(DockerfileSyntaxTree tree, Diagnostic diagnostic)
    {
        var text = tree.GetText();
        if (FixEdits.FindInstruction<FromInstructionSyntax>(tree, diagnostic) is not { } definition
            || definition.ContainsDiagnostics
            || definition.StageName is not { } nameWord
            || nameWord.Span != diagnostic.Location.SourceSpan
            || !IsPlain(tree, nameWord, out string name))
        {
            return Array.Empty<CodeFix>();
        }

        string lower = name.ToLowerInvariant();
        var root = tree.GetRoot();
        var froms = root.DescendantNodes().OfType<FromInstructionSyntax>().ToList();
        if (lower == name || froms.Any(f => f != definition && f.StageName is { } other && string.Equals(other.ValueText, name, StringComparison.OrdinalIgnoreCase)))
        {
            return Array.Empty<CodeFix>();
        }

        var changes = new List<TextChange> { new(nameWord.Span, lower) };
        int after = definition.Span.End;
        foreach (var from in froms.Where(f => f.Span.Start >= after))
        {
            if (from.Image is { } image && IsPlain(tree, image, out string value) && Same(value, name))
            {
                changes.Add(new TextChange(image.Span, lower));
            }
        }

        foreach (var instruction in root.DescendantNodes().OfType<InstructionSyntax>().Where(i => i.Span.Start >= after && i.ParentOnbuild == null))
        {
            if (instruction is CopyInstructionSyntax copy && copy.GetFlag("from") is { Value: { } fromValue }
                && IsPlain(tree, fromValue, out string source) && Same(source, name))
            {
                changes.Add(new TextChange(fromValue.Span, lower));
            }
            else if (instruction is RunInstructionSyntax run)
            {
                foreach (var mount in run.Flags.Where(f => f.Name == "mount"))
                {
                    if (mount.Value is { } mountValue && IsPlain(tree, mountValue, out string options))
                    {
                        int offset = 0;
                        foreach (string field in options.Split(','))
                        {
                            if (field.StartsWith("from=", StringComparison.OrdinalIgnoreCase) && Same(field.Substring(5), name))
                            {
                                changes.Add(new TextChange(new TextSpan(mountValue.Span.Start + offset + 5, field.Length - 5), lower));
                            }

                            offset += field.Length + 1;
                        }
                    }
                }
            }
        }

        return new[] { FixEdits.Create($"Rename stage {name} to {lower}", DF5080StageNameCasing.DiagnosticId, changes.ToArray()) };
    }

    private static bool Same(string reference, string name) =>
        reference != name.ToLowerInvariant() && string.Equals(reference, name, StringComparison.OrdinalIgnoreCase);

    // The word's source text when it is written plainly: no quotes, escapes, variables or continuation.
    private static bool IsPlain(DockerfileSyntaxTree tree, WordSyntax word, out string value)
    {
        value = tree.GetText().ToString(word.Span);
        return value.Length > 0 && value == word.ValueText && !word.ContainsVariableReference
            && value.IndexOfAny(new[] { '"', '\'', '$', tree.EscapeCharacter, '\r', '\n', ' ', '\t' }) < 0;
    }
}
