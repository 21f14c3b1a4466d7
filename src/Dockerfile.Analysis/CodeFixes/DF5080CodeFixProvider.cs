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
        var references = FixTreeFacts.For(tree).GetOrAdd("DF5080:stage-references", static facts => new StageReferences(facts.Tree));
        if (lower == name || references.DefinitionCount(name) > 1)
        {
            return Array.Empty<CodeFix>();
        }

        var changes = new List<TextChange> { new(nameWord.Span, lower) };
        int after = definition.Span.End;
        foreach (var reference in references.Find(name))
        {
            if (reference.Start >= after && Same(reference.Value, name))
            {
                changes.Add(new TextChange(reference.Span, lower));
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

    // Every place a stage name may be referenced, grouped by name (case-insensitively) and in the order the fix lists
    // them: FROM images first, then COPY --from and RUN --mount from= values in file order. Built once per tree.
    private sealed class StageReferences
    {
        private readonly Dictionary<string, int> _definitions = new(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, List<(int Start, TextSpan Span, string Value)>> _byName = new(StringComparer.OrdinalIgnoreCase);

        public StageReferences(DockerfileSyntaxTree tree)
        {
            var root = tree.GetRoot();
            var froms = root.DescendantNodes().OfType<FromInstructionSyntax>().ToList();
            foreach (var from in froms)
            {
                if (from.StageName is { } stageName)
                {
                    _definitions[stageName.ValueText] = _definitions.TryGetValue(stageName.ValueText, out int n) ? n + 1 : 1;
                }

                if (from.Image is { } image && IsPlain(tree, image, out string value))
                {
                    Add(value, from.Span.Start, image.Span, value);
                }
            }

            foreach (var instruction in root.DescendantNodes().OfType<InstructionSyntax>().Where(i => i.ParentOnbuild == null))
            {
                if (instruction is CopyInstructionSyntax copy && copy.GetFlag("from") is { Value: { } fromValue }
                    && IsPlain(tree, fromValue, out string source))
                {
                    Add(source, instruction.Span.Start, fromValue.Span, source);
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
                                if (field.StartsWith("from=", StringComparison.OrdinalIgnoreCase))
                                {
                                    string reference = field.Substring(5);
                                    Add(reference, instruction.Span.Start, new TextSpan(mountValue.Span.Start + offset + 5, field.Length - 5), reference);
                                }

                                offset += field.Length + 1;
                            }
                        }
                    }
                }
            }
        }

        // How many FROM lines define a stage of this name, in any case.
        public int DefinitionCount(string name) => _definitions.TryGetValue(name, out int n) ? n : 0;

        public IReadOnlyList<(int Start, TextSpan Span, string Value)> Find(string name) =>
            _byName.TryGetValue(name, out var list) ? list : Array.Empty<(int, TextSpan, string)>();

        private void Add(string name, int start, TextSpan span, string value)
        {
            if (!_byName.TryGetValue(name, out var list))
            {
                list = new List<(int Start, TextSpan Span, string Value)>();
                _byName.Add(name, list);
            }

            list.Add((start, span, value));
        }
    }
}
