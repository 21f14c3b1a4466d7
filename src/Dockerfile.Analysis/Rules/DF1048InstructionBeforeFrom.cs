using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Dockerfile.Analysis.Rules.Support;
using Dockerfile.Analysis.Semantics;
using Dockerfile.Syntax;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using SyntaxKind = Dockerfile.Syntax.SyntaxKind;
using SyntaxNode = Dockerfile.Syntax.SyntaxNode;
using SyntaxToken = Dockerfile.Syntax.SyntaxToken;

namespace Dockerfile.Analysis.Rules;

/// <summary>DF1048: An instruction other than ARG comes before the first FROM (hadolint DL3061).</summary>
public sealed class DF1048InstructionBeforeFrom : DockerfileRule
{
    /// <summary>The rule id.</summary>
    public const string DiagnosticId = "DF1048";

    /// <summary>Gets the rule's descriptor.</summary>
    public static DiagnosticDescriptor Descriptor { get; } = RuleInfo.CreateDescriptor(
        DiagnosticId,
        "An instruction other than ARG comes before the first FROM",
        "`{0}` comes before the first FROM; only ARG, comments and parser directives may precede FROM, so move it into a stage",
        "Correctness",
        DiagnosticSeverity.Error,
        "A Dockerfile must start with FROM, optionally preceded by ARG declarations, comments and parser directives. BuildKit rejects anything else.");

    /// <summary>Gets the rule's metadata.</summary>
    public static RuleInfo Info { get; } = new(Descriptor, hadolintEquivalents: ImmutableArray.Create("DL3061"));

    /// <inheritdoc />
    public override RuleInfo Metadata => Info;

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterDockerfileAction(Analyze);

    private static void Analyze(DockerfileAnalysisContext context)
    {
        foreach (var instruction in context.SemanticModel.GlobalInstructions)
        {
            if (instruction is not ArgInstructionSyntax)
            {
                context.ReportDiagnostic(Descriptor, context.Tree.GetLocation(instruction.Keyword.Span), instruction.InstructionName);
            }
        }
    }
}
