using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Dockerfile.Analysis.Semantics;
using Dockerfile.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Dockerfile.Analysis.Editor;

/// <summary>
/// Inlay hints: after a variable use, the value it has there (ARG and ENV expansion from the semantic model); at the
/// end of a COPY of the whole build context, how many later layers any source change rebuilds.
/// </summary>
public static class InlayHints
{
    /// <summary>The longest value shown; longer ones are cut with an ellipsis.</summary>
    public const int MaxValueLength = 40;

    /// <summary>Gets the hints in a span.</summary>
    /// <param name="model">The semantic model.</param>
    /// <param name="span">The span (usually the visible lines); <see langword="null"/> for the whole text.</param>
    /// <returns>The hints, ordered by position.</returns>
    public static ImmutableArray<InlayHint> Get(DockerfileSemanticModel model, TextSpan? span = null)
    {
        if (model is null)
        {
            throw new ArgumentNullException(nameof(model));
        }

        var tree = model.Tree;
        var range = span ?? new TextSpan(0, tree.Length);
        var hints = new List<InlayHint>();
        var seen = new HashSet<int>();
        foreach (var instruction in tree.GetRoot().Instructions)
        {
            if (instruction.Span.End < range.Start)
            {
                continue;
            }

            if (instruction.Span.Start > range.End)
            {
                break;
            }

            foreach (var word in model.GetExpandedWords(instruction))
            {
                foreach (var reference in word.VariableReferences)
                {
                    var name = reference.NameToken;
                    if (name.Kind != SyntaxKind.VariableNameToken)
                    {
                        continue;
                    }

                    int at = reference is BracedVariableReferenceSyntax braced && braced.CloseBraceToken.Kind == SyntaxKind.CloseBraceToken
                        ? braced.CloseBraceToken.Span.End
                        : name.Span.End;
                    AddValue(model, instruction, name.ValueText, at, range, hints, seen);
                }
            }
        }

        foreach (var occurrence in SymbolIndex.Get(model).Occurrences)
        {
            if (occurrence.Kind == EditorSymbolKind.Variable && !occurrence.IsDeclaration && occurrence.Instruction is RunInstructionSyntax run)
            {
                int at = occurrence.Span.End;
                var text = tree.GetText();
                if (at < text.Length && text[at] == '}')
                {
                    at++;
                }

                AddValue(model, run, occurrence.Name, at, range, hints, seen);
            }
        }

        foreach (var stage in model.Stages)
        {
            foreach (var instruction in stage.Instructions)
            {
                if (instruction is not CopyInstructionSyntax copy || copy.GetFlag("from") != null || !copy.Sources.Any(IsWholeContext))
                {
                    continue;
                }

                int end = DocumentSymbols.ContentEnd(copy);
                if (end < range.Start || end > range.End)
                {
                    continue;
                }

                int layers = model.GetLaterLayers(copy).Length;
                string label = layers == 0 ? "no later layers" : "rebuilds " + MessageText.Count(layers, "later layer");
                hints.Add(new InlayHint(end, label, InlayHintKind.RebuiltLayers,
                    "This COPY takes the whole build context: a change to any file in it invalidates the cache here and rebuilds " + MessageText.Count(layers, "layer") + " after it. Copy only what the next steps need first."));
            }
        }

        return hints.OrderBy(h => h.Position).ToImmutableArray();
    }

    private static bool IsWholeContext(string source) => source is "." or "./" or "/" or "./.";

    private static void AddValue(DockerfileSemanticModel model, InstructionSyntax instruction, string name, int at, TextSpan range, List<InlayHint> hints, HashSet<int> seen)
    {
        if (at < range.Start || at > range.End || !seen.Add(at))
        {
            return;
        }

        string? value = QuickInfo.VariableValue(model, instruction, name, out _);
        if (value is null)
        {
            return;
        }

        string shown = value.Length > MaxValueLength ? value.Substring(0, MaxValueLength - 1) + "…" : value;
        shown = shown.Replace("\n", "\\n").Replace("\r", "\\r");
        hints.Add(new InlayHint(at, "= " + shown, InlayHintKind.VariableValue, "$" + name + " = " + value));
    }
}
