using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Dockerfile.Analysis.Context;
using Dockerfile.Analysis.Editor;
using Dockerfile.Analysis.Semantics;
using Dockerfile.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Dockerfile.Analysis.Tests.Editor;

/// <summary>
/// Writes what every editor service returns for a document and a list of cursor positions, with positions as
/// <c>line:column</c> (1-based) so that the LF and CRLF forms of a fixture give the same dump.
/// </summary>
internal static class EditorDump
{
    public const string NewName = "renamed";

    public static string Write(string text, IReadOnlyList<int> cursors, BuildContext? context)
    {
        var tree = DockerfileSyntaxTree.ParseText(text);
        var model = new DockerfileSemanticModel(tree, new SemanticModelOptions { BuildContext = context });
        var source = tree.GetText();
        var output = new StringBuilder();

        output.Append("== symbols\n");
        foreach (var symbol in DocumentSymbols.Get(model))
        {
            WriteSymbol(symbol, 0);
        }

        output.Append("== folding\n");
        foreach (var range in FoldingRanges.Get(tree))
        {
            output.Append(range.Kind).Append(' ').Append(range.StartLine + 1).Append('-').Append(range.EndLine + 1).Append(' ').Append(Span(range.Span)).Append('\n');
        }

        output.Append("== classification\n");
        foreach (var token in SemanticClassifier.Classify(tree))
        {
            output.Append(Span(token.Span)).Append(' ').Append(token.Kind);
            if (token.Modifiers != SemanticTokenModifiers.None)
            {
                output.Append('+').Append(token.Modifiers);
            }

            output.Append(' ').Append(Quote(source.ToString(token.Span))).Append('\n');
        }

        output.Append("== links\n");
        foreach (var link in DocumentLinks.Get(model, context))
        {
            output.Append(Span(link.Span)).Append(' ').Append(link.Kind).Append(' ').Append(link.Target).Append('\n');
        }

        output.Append("== inlay hints\n");
        foreach (var hint in InlayHints.Get(model))
        {
            output.Append(Position(hint.Position)).Append(' ').Append(hint.Kind).Append(' ').Append(Quote(hint.Label)).Append('\n');
        }

        var diagnostics = DockerfileAnalysis.Analyze(tree);
        for (int i = 0; i < cursors.Count; i++)
        {
            int position = cursors[i];
            var line = source.Lines.GetLineFromPosition(position);
            string lineText = source.ToString(line.Span);
            output.Append("== cursor ").Append(i + 1).Append(" at ").Append(Position(position)).Append(": ")
                .Append(Quote(lineText.Substring(0, position - line.Start) + "|" + lineText.Substring(position - line.Start))).Append('\n');

            var hover = QuickInfo.Get(model, position, diagnostics);
            output.Append("hover: ");
            if (hover is null)
            {
                output.Append("none\n");
            }
            else
            {
                output.Append(Span(hover.Span)).Append('\n');
                foreach (string hoverLine in hover.Markdown.Split('\n'))
                {
                    output.Append("  | ").Append(hoverLine).Append('\n');
                }
            }

            var completions = CompletionService.GetCompletions(model, position);
            output.Append("completion: ");
            if (completions.IsEmpty)
            {
                output.Append("none\n");
            }
            else
            {
                output.Append(completions.Length).Append(" at ").Append(Span(completions[0].Span)).Append(": ")
                    .Append(string.Join(", ", completions.Select(c => c.Label + (c.Detail is null ? string.Empty : " (" + c.Detail + ")")))).Append('\n');
            }

            var signature = SignatureHelp.Get(model, position);
            output.Append("signature: ").Append(signature is null ? "none" : signature.Label + " / active " + (signature.Parameters.IsEmpty ? "-" : signature.Parameters[signature.ActiveParameter].Label)).Append('\n');
            output.Append("definition: ").Append(Occurrences(SymbolFinder.FindDefinition(model, position))).Append('\n');
            output.Append("references: ").Append(Occurrences(SymbolFinder.FindReferences(model, position))).Append('\n');
            var prepare = Renamer.PrepareRename(model, position);
            output.Append("rename: ");
            if (prepare is null)
            {
                output.Append("not here\n");
            }
            else
            {
                var rename = Renamer.Rename(model, position, NewName);
                var invalid = Renamer.Rename(model, position, "9 bad");
                output.Append(prepare.Kind).Append(' ').Append(Quote(prepare.Placeholder)).Append(" -> ");
                output.Append(rename.Succeeded ? string.Join(", ", rename.Changes.Select(c => Span(c.Span))) : "error: " + rename.Error);
                output.Append("; invalid name: ").Append(invalid.Error ?? "accepted").Append('\n');
            }

            output.Append("selection: ").Append(string.Join(" < ", SelectionRanges.Get(tree, position).Select(Span))).Append('\n');
        }

        return output.ToString();

        void WriteSymbol(DocumentSymbol symbol, int depth)
        {
            output.Append(' ', depth * 2).Append(symbol.Kind).Append(' ').Append(Quote(symbol.Name));
            if (symbol.Detail != null)
            {
                output.Append(" (").Append(symbol.Detail).Append(')');
            }

            if (symbol.IsDeprecated)
            {
                output.Append(" deprecated");
            }

            output.Append(' ').Append(Span(symbol.Span)).Append(" select ").Append(Span(symbol.SelectionSpan)).Append('\n');
            foreach (var child in symbol.Children)
            {
                WriteSymbol(child, depth + 1);
            }
        }

        string Occurrences(IEnumerable<SymbolOccurrence> occurrences)
        {
            var list = occurrences.ToList();
            return list.Count == 0 ? "none" : string.Join(", ", list.Select(o => (o.IsDeclaration ? "decl " : "use ") + Span(o.Span)));
        }

        string Position(int offset)
        {
            var p = source.Lines.GetLinePosition(offset);
            return (p.Line + 1) + ":" + (p.Character + 1);
        }

        string Span(TextSpan span) => Position(span.Start) + "-" + Position(span.End);
    }

    private static string Quote(string value) => "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\r", "\\r").Replace("\n", "\\n").Replace("\t", "\\t") + "\"";
}
