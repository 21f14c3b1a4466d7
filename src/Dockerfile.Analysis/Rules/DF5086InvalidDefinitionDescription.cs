using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Dockerfile.Analysis.Rules.Support;
using Dockerfile.Syntax;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using SyntaxKind = Dockerfile.Syntax.SyntaxKind;
using SyntaxToken = Dockerfile.Syntax.SyntaxToken;
using SyntaxTrivia = Dockerfile.Syntax.SyntaxTrivia;

namespace Dockerfile.Analysis.Rules;

/// <summary>
/// DF5086: the comment directly above a named FROM or an ARG does not start with the stage or argument name (BuildKit
/// InvalidDefinitionDescription, experimental there). Off by default; on through configuration or, as in BuildKit, a
/// <c># check=experimental=InvalidDefinitionDescription</c> (or <c>experimental=all</c>) directive.
/// </summary>
public sealed class DF5086InvalidDefinitionDescription : DockerfileRule
{
    /// <summary>The rule id.</summary>
    public const string DiagnosticId = "DF5086";

    /// <summary>Gets the rule's descriptor.</summary>
    public static DiagnosticDescriptor Descriptor { get; } = RuleInfo.CreateDescriptor(
        DiagnosticId,
        "Comment above FROM or ARG is not a description",
        "The comment above this {0} would be shown as its description by `docker build --call=outline`, but it does not start with `{1}`; write `# {1} <description>` or put an empty line between",
        "Style",
        DiagnosticSeverity.Info,
        isEnabledByDefault: false,
        "A comment directly above FROM ... AS name or ARG name describes it when it starts with the name. Separate other comments with an empty line.");

    /// <summary>Gets the rule's metadata: the equivalent BuildKit check.</summary>
    public static RuleInfo Info { get; } = new(Descriptor, buildKitEquivalents: ImmutableArray.Create("InvalidDefinitionDescription"));

    /// <inheritdoc />
    public override RuleInfo Metadata => Info;

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureIncrementalAnalysis(IncrementalAnalysisScope.Stage);
        context.RegisterSyntaxNodeAction(Analyze, SyntaxKind.FromInstruction, SyntaxKind.ArgInstruction);
    }

    private static void Analyze(SyntaxNodeAnalysisContext context)
    {
        var instruction = (InstructionSyntax)context.Node;
        if (instruction.ParentOnbuild != null)
        {
            return;
        }

        var keys = instruction switch
        {
            FromInstructionSyntax from when from.StageName != null => new List<string> { from.StageName.ValueText },
            ArgInstructionSyntax arg => arg.Declarations.Select(d => d.Name).ToList(),
            _ => new List<string>(),
        };
        if (keys.Count == 0 || CommentAbove(instruction.Keyword) is not { } comment)
        {
            return;
        }

        string text = comment.Text.TrimStart('#').Trim();
        if (text.Length == 0 || text.StartsWith("dfa ", StringComparison.Ordinal) || text.StartsWith("hadolint ", StringComparison.Ordinal) || text.StartsWith("check=", StringComparison.Ordinal))
        {
            return;
        }

        if (keys.Contains(text.Split(' ')[0], StringComparer.Ordinal))
        {
            return;
        }

        string example = keys.Count > 1 ? "<arg_key>" : keys[0];
        // On the FROM or ARG, where BuildKit reports it (the comment is what is wrong, the definition is what it describes).
        context.ReportDiagnostic(Descriptor, context.Tree.GetLocation(instruction.Keyword.Span), instruction.InstructionName, example);
    }

    /// <summary>The comment on the line directly above a keyword, or null.</summary>
    internal static SyntaxTrivia? CommentAbove(SyntaxToken keyword)
    {
        var trivia = keyword.LeadingTrivia.ToList();
        int i = trivia.Count - 1;
        while (i >= 0 && trivia[i].Kind == SyntaxKind.WhitespaceTrivia)
        {
            i--;
        }

        if (i < 0 || trivia[i].Kind != SyntaxKind.EndOfLineTrivia)
        {
            return null;
        }

        i--;
        if (i >= 0 && trivia[i].Kind == SyntaxKind.CommentTrivia)
        {
            return trivia[i];
        }

        return null;
    }
}
