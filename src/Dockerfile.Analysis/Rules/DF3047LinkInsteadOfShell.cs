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

/// <summary>DF3047: The default shell is replaced with ln (hadolint DL4005).</summary>
public sealed class DF3047LinkInsteadOfShell : DockerfileRule
{
    /// <summary>The rule id.</summary>
    public const string DiagnosticId = "DF3047";

    /// <summary>Gets the rule's descriptor.</summary>
    public static DiagnosticDescriptor Descriptor { get; } = RuleInfo.CreateDescriptor(
        DiagnosticId,
        "The default shell is replaced with ln",
        "`{0}` swaps /bin/sh behind Docker's back; use the SHELL instruction to choose the shell of later RUN instructions",
        "Maintainability",
        DiagnosticSeverity.Warning,
        "Linking /bin/sh to another shell changes every script in the image that expects sh, silently. The SHELL instruction changes the shell for the Dockerfile's own RUNs only, visibly.");

    /// <summary>Gets the rule's metadata.</summary>
    public static RuleInfo Info { get; } = new(Descriptor, hadolintEquivalents: ImmutableArray.Create("DL4005"));

    /// <inheritdoc />
    public override RuleInfo Metadata => Info;

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureIncrementalAnalysis(IncrementalAnalysisScope.Stage);
        context.RegisterSyntaxNodeAction(Analyze, SyntaxKind.RunInstruction);
    }

    private static void Analyze(SyntaxNodeAnalysisContext context)
    {
        var run = (RunInstructionSyntax)context.Node;
        if (RunFacts.GetScript(context.SemanticModel, run) is not { } script)
        {
            return;
        }

        foreach (var command in script.Commands)
        {
            if (RunFacts.HasArgs(command, "ln", "/bin/sh"))
            {
                context.ReportDiagnostic(Descriptor, context.Tree.GetLocation(RunFacts.Map(run, command)), RunFacts.Describe(script, command));
            }
        }
    }
}
