using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Dockerfile.Analysis.Rules.Support;
using Dockerfile.Analysis.Semantics;
using Dockerfile.Syntax;
using Humanizer;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using SyntaxKind = Dockerfile.Syntax.SyntaxKind;
using SyntaxNode = Dockerfile.Syntax.SyntaxNode;
using SyntaxToken = Dockerfile.Syntax.SyntaxToken;

namespace Dockerfile.Analysis.Rules;

/// <summary>DF1045: Multiple CMD instructions in one stage (hadolint DL4003).</summary>
public sealed class DF1045MultipleCmd : DockerfileAnalyzer
{
    /// <summary>The rule id.</summary>
    public const string DiagnosticId = "DF1045";

    /// <summary>Gets the rule's descriptor.</summary>
    public static DiagnosticDescriptor Descriptor { get; } = RuleInfo.CreateDescriptor(
        DiagnosticId,
        "Multiple CMD instructions in one stage",
        "This CMD replaces the CMD on line {0}, which never takes effect; keep only one CMD per stage",
        "Correctness",
        DiagnosticSeverity.Warning,
        "Only the last CMD of a stage counts. Earlier ones are dead code that misleads readers about how the container starts.");

    /// <summary>Gets the rule's metadata.</summary>
    public static RuleInfo Info { get; } = new(Descriptor, hadolintEquivalents: ImmutableArray.Create("DL4003"));

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptor);

    /// <inheritdoc />
    public override ImmutableArray<RuleInfo> Rules { get; } = ImmutableArray.Create(Info);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterStageAction(Analyze);

    private static void Analyze(StageAnalysisContext context)
    {
        CmdInstructionSyntax? previous = null;
        foreach (var instruction in context.Stage.Instructions)
        {
            if (instruction is CmdInstructionSyntax current)
            {
                if (previous != null)
                {
                    context.ReportDiagnostic(RunFacts.Create(Descriptor, context.Tree, current.Keyword.Span, RunFacts.Line(context.Tree, previous.Keyword.Span.Start)));
                }

                previous = current;
            }
        }
    }
}
