using System;
using System.Collections.Immutable;
using System.Linq;
using Dockerfile.Analysis.Semantics;
using Dockerfile.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Dockerfile.Analysis.Editor;

/// <summary>The document outline: parser directives and global ARGs first, then one symbol per stage holding its instructions.</summary>
public static class DocumentSymbols
{
    private const int MaxDetailLength = 60;

    /// <summary>Gets the outline of a model's document.</summary>
    /// <param name="model">The semantic model.</param>
    /// <returns>The top-level symbols in document order: directives, global instructions, stages.</returns>
    /// <remarks>Computed once per model: an editor asks for the outline of one version from several places.</remarks>
    public static ImmutableArray<DocumentSymbol> Get(DockerfileSemanticModel model)
    {
        if (model is null)
        {
            throw new ArgumentNullException(nameof(model));
        }

        return model.GetOrAddDerived(model.Tree.GetRoot(), DerivedSlots.DocumentSymbols, static (m, _) => Compute(m));
    }

    private static ImmutableArray<DocumentSymbol> Compute(DockerfileSemanticModel model)
    {
        var result = ImmutableArray.CreateBuilder<DocumentSymbol>();
        foreach (var directive in model.Tree.GetRoot().Directives)
        {
            var span = directive.Span;
            var lastToken = directive.GetLastToken(includeZeroWidth: true);
            if (lastToken.Kind == SyntaxKind.EndOfLineToken && lastToken.Span.Start >= span.Start)
            {
                span = TextSpan.FromBounds(span.Start, lastToken.Span.Start); // a symbol ends before its line break
            }

            var name = directive.NameToken;
            var selection = name.Kind == SyntaxKind.None ? span : name.Span;
            result.Add(new DocumentSymbol("# " + directive.Name, directive.Value, DocumentSymbolKind.Directive, span, selection, ImmutableArray<DocumentSymbol>.Empty));
        }

        foreach (var instruction in model.GlobalInstructions)
        {
            result.Add(ForInstruction(instruction));
        }

        foreach (var stage in model.Stages)
        {
            result.Add(ForStage(stage));
        }

        return result.ToImmutable();
    }

    /// <summary>Gets the span of a stage: from its FROM to the end of its last instruction (line break excluded).</summary>
    internal static TextSpan StageSpan(DockerfileStage stage)
    {
        var last = stage.Instructions.IsEmpty ? stage.From : stage.Instructions[stage.Instructions.Length - 1];
        return TextSpan.FromBounds(stage.From.Span.Start, ContentEnd(last));
    }

    /// <summary>Gets the end of an instruction's text without its final line break.</summary>
    internal static int ContentEnd(InstructionSyntax instruction)
    {
        var lastToken = instruction.GetLastToken(includeZeroWidth: true);
        int end = instruction.Span.End;
        if (lastToken.Kind == SyntaxKind.EndOfLineToken)
        {
            end = Math.Max(instruction.Span.Start, lastToken.Span.Start);
        }

        return end;
    }

    private static DocumentSymbol ForStage(DockerfileStage stage)
    {
        var children = ImmutableArray.CreateBuilder<DocumentSymbol>();
        children.Add(ForInstruction(stage.From));
        foreach (var instruction in stage.Instructions)
        {
            children.Add(ForInstruction(instruction));
        }

        string name = stage.Name ?? "stage " + stage.Index.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var selection = stage.From.StageName?.Span ?? stage.From.Keyword.Span;
        return new DocumentSymbol(name, stage.BaseImage.Length == 0 ? null : stage.BaseImage, DocumentSymbolKind.Stage, StageSpan(stage), selection, children.ToImmutable());
    }

    private static DocumentSymbol ForInstruction(InstructionSyntax instruction)
    {
        var children = ImmutableArray.CreateBuilder<DocumentSymbol>();
        switch (instruction)
        {
            case ArgInstructionSyntax arg:
                foreach (var declaration in arg.Declarations)
                {
                    children.Add(new DocumentSymbol(declaration.Name, declaration.DefaultValue?.ValueText, DocumentSymbolKind.Variable, declaration.Span, declaration.NameWord.Span, ImmutableArray<DocumentSymbol>.Empty));
                }

                break;
            case EnvInstructionSyntax env:
                foreach (var pair in env.Pairs)
                {
                    children.Add(new DocumentSymbol(pair.Key.ValueText, pair.Value?.ValueText, DocumentSymbolKind.Variable, pair.Span, pair.Key.Span, ImmutableArray<DocumentSymbol>.Empty));
                }

                break;
        }

        var inner = instruction is OnbuildInstructionSyntax { Instruction: { } wrapped } ? wrapped : instruction;
        foreach (var heredoc in inner.Heredocs)
        {
            var terminator = heredoc.TerminatorToken;
            int end = terminator.Kind == SyntaxKind.HeredocTerminatorToken && !terminator.IsMissing ? terminator.Span.End : heredoc.BodyToken.Span.End;
            var heredocSpan = TextSpan.FromBounds(heredoc.Span.Start, Math.Max(heredoc.Span.Start, end));
            children.Add(new DocumentSymbol("<<" + heredoc.Name.TrimStart('\t'), null, DocumentSymbolKind.Heredoc, heredocSpan, heredocSpan, ImmutableArray<DocumentSymbol>.Empty));
        }

        var span = TextSpan.FromBounds(instruction.Span.Start, Math.Max(instruction.Span.Start, ContentEnd(instruction)));
        return new DocumentSymbol(instruction.InstructionName, Detail(instruction), DocumentSymbolKind.Instruction, span, instruction.Keyword.Span, children.ToImmutable(), instruction is MaintainerInstructionSyntax);
    }

    /// <summary>
    /// The instruction's first line after its keyword, words joined by one space (a lone escape character, which
    /// ends a continued line, is dropped), cut at <see cref="MaxDetailLength"/> characters. Reads only as many
    /// tokens as the detail needs, not the whole instruction.
    /// </summary>
    private static string? Detail(InstructionSyntax instruction)
    {
        var keyword = instruction.Keyword;
        int start = keyword.Span.End;
        var text = instruction.SyntaxTree.GetText();
        char escape = instruction.SyntaxTree.EscapeCharacter;
        var detail = new System.Text.StringBuilder();
        var word = new System.Text.StringBuilder();
        bool full = false;

        void EndWord()
        {
            if (word.Length > 0 && !(word.Length == 1 && word[0] == escape))
            {
                if (detail.Length > 0)
                {
                    detail.Append(' ');
                }

                detail.Append(word);
            }

            word.Clear();
            full = detail.Length > MaxDetailLength;
        }

        int limit = instruction.Span.End;
        foreach (var token in instruction.DescendantTokens())
        {
            // The first line break ends the detail; what precedes it in the token's leading trivia still counts.
            bool lineEnd = token.Kind == SyntaxKind.EndOfLineToken;
            int from = Math.Max(start, token.FullSpan.Start);
            int to = Math.Min(limit, lineEnd ? token.Span.Start : token.FullSpan.End);
            for (int i = from; i < to && !full; i++)
            {
                char c = text[i];
                if (c is ' ' or '\t' or '\r' or '\n')
                {
                    EndWord();
                }
                else
                {
                    word.Append(c);
                }
            }

            if (full || lineEnd)
            {
                break;
            }
        }

        if (!full)
        {
            EndWord();
        }

        if (detail.Length > MaxDetailLength)
        {
            return detail.ToString(0, MaxDetailLength - 1) + "…";
        }

        return detail.Length == 0 ? null : detail.ToString();
    }
}
