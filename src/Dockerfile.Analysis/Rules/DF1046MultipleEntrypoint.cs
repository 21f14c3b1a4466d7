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

/// <summary>DF1046: Multiple ENTRYPOINT instructions in one stage (hadolint DL4004).</summary>
public sealed class DF1046MultipleEntrypoint : DockerfileAnalyzer
{
    /// <summary>The rule id.</summary>
    public const string DiagnosticId = "DF1046";

    /// <summary>Gets the rule's descriptor.</summary>
    public static DiagnosticDescriptor Descriptor { get; } = RuleInfo.CreateDescriptor(
        DiagnosticId,
        "Multiple ENTRYPOINT instructions in one stage",
        "This ENTRYPOINT replaces the ENTRYPOINT on line {0}, which never takes effect; keep only one ENTRYPOINT per stage",
        "Correctness",
        DiagnosticSeverity.Error,
        "Only the last ENTRYPOINT of a stage counts. Earlier ones are dead code that misleads readers about how the container starts.");

    /// <summary>Gets the rule's metadata.</summary>
    public static RuleInfo Info { get; } = new(Descriptor, hadolintEquivalents: ImmutableArray.Create("DL4004"));

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptor);

    /// <inheritdoc />
    public override ImmutableArray<RuleInfo> Rules { get; } = ImmutableArray.Create(Info);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterStageAction(Analyze);

    private static void Analyze(StageAnalysisContext context)
    {
        EntrypointInstructionSyntax? previous = null;
        foreach (var instruction in context.Stage.Instructions)
        {
            if (instruction is EntrypointInstructionSyntax current)
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
