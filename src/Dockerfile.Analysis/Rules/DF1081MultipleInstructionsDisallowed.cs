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

namespace Dockerfile.Analysis.Rules;

/// <summary>
/// DF1081: a stage has more than one CMD, ENTRYPOINT or HEALTHCHECK; all but the last are ignored (BuildKit
/// MultipleInstructionsDisallowed, hadolint DL3012, DL4003 and DL4004).
/// </summary>
public sealed class DF1081MultipleInstructionsDisallowed : DockerfileRule
{
    /// <summary>The rule id.</summary>
    public const string DiagnosticId = "DF1081";

    /// <summary>Gets the rule's descriptor.</summary>
    public static DiagnosticDescriptor Descriptor { get; } = RuleInfo.CreateDescriptor(
        DiagnosticId,
        "CMD, ENTRYPOINT or HEALTHCHECK repeated in a stage",
        "This {0} has no effect: the {0} on line {1} of the same stage replaces it; remove this one",
        "Correctness",
        DiagnosticSeverity.Warning,
        "Only the last CMD, ENTRYPOINT and HEALTHCHECK of a stage take effect; earlier ones are dead code that misleads readers about how the container starts and is checked.");

    /// <summary>Gets the rule's metadata: the equivalent BuildKit check and hadolint rules.</summary>
    public static RuleInfo Info { get; } = new(
        Descriptor,
        hadolintEquivalents: ImmutableArray.Create("DL3012", "DL4003", "DL4004"),
        buildKitEquivalents: ImmutableArray.Create("MultipleInstructionsDisallowed"));

    /// <inheritdoc />
    public override RuleInfo Metadata => Info;

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureIncrementalAnalysis(IncrementalAnalysisScope.Stage);
        context.RegisterStageAction(Analyze);
    }

    private static void Analyze(StageAnalysisContext context)
    {
        var previous = new Dictionary<SyntaxKind, InstructionSyntax>();
        foreach (var instruction in context.Stage.Instructions)
        {
            if (instruction.Kind is not (SyntaxKind.CmdInstruction or SyntaxKind.EntrypointInstruction or SyntaxKind.HealthcheckInstruction))
            {
                continue;
            }

            if (previous.TryGetValue(instruction.Kind, out var earlier))
            {
                int line = context.Tree.GetLineSpan(instruction.Span).StartLinePosition.Line + 1;
                context.ReportDiagnostic(Descriptor, context.Tree.GetLocation(earlier.Keyword.Span), earlier.InstructionName, line.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            previous[instruction.Kind] = instruction;
        }
    }
}
