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

/// <summary>DF2145: yarn install without `yarn cache clean` (hadolint DL3060).</summary>
public sealed class DF2145YarnCacheNotCleaned : DockerfileRule
{
    /// <summary>The rule id.</summary>
    public const string DiagnosticId = "DF2145";

    /// <summary>Gets the rule's descriptor.</summary>
    public static DiagnosticDescriptor Descriptor { get; } = RuleInfo.CreateDescriptor(
        DiagnosticId,
        "yarn install without `yarn cache clean`",
        "`{0}` leaves yarn's package cache in the layer; add `&& yarn cache clean` after it in the same RUN (or mount a cache on /usr/local/share/.cache/yarn)",
        "ImageSize",
        DiagnosticSeverity.Info,
        "yarn v1 keeps a copy of every package in its cache. In an image that ships, the cache is dead weight unless it is cleaned in the same RUN.");

    /// <summary>Gets the rule's metadata.</summary>
    public static RuleInfo Info { get; } = new(Descriptor, hadolintEquivalents: ImmutableArray.Create("DL3060"));

    /// <inheritdoc />
    public override RuleInfo Metadata => Info;

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterSyntaxNodeAction(Analyze, SyntaxKind.RunInstruction);

    private static void Analyze(SyntaxNodeAnalysisContext context)
    {
        var run = (RunInstructionSyntax)context.Node;
        var model = context.SemanticModel;
        if (RunFacts.HasCacheOrTmpfsMount(run, ".cache/yarn") || RunFacts.GetScript(model, run) is not { } script)
        {
            return;
        }

        // Like hadolint, only stages whose files reach an image: the last stage and stages other stages are built FROM.
        if (run.ParentOnbuild is null && model.GetStage(run) is { } stage
            && stage.Index != model.Stages.Length - 1
            && (stage.Name is null || model.GetStagesBuiltOn(stage.Name).Count == 0))
        {
            return;
        }

        if (RunFacts.InstallWithoutLaterClean(
                script,
                c => RunFacts.HasArgs(c, "yarn", "install"),
                c => c.Name == "yarn" && c.Subcommand == "cache" && c.PositionalArguments.FirstOrDefault() == "clean") is { } install)
        {
            context.ReportDiagnostic(Descriptor, context.Tree.GetLocation(RunFacts.Map(run, install)), RunFacts.Describe(script, install));
        }
    }
}
