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

namespace Dockerfile.Analysis.Rules;

/// <summary>DF2101: apt lists are not removed in the RUN that downloaded them</summary>
public sealed class DF2101AptListsNotRemoved : DockerfileRule
{
    /// <summary>The rule id.</summary>
    public const string DiagnosticId = "DF2101";

    /// <summary>Gets the rule's descriptor.</summary>
    public static DiagnosticDescriptor Descriptor { get; } = RuleInfo.CreateDescriptor(
        DiagnosticId,
        "apt lists are not removed in the RUN that downloaded them",
        "`{0}` downloads the package lists into this layer and this RUN does not delete them, so they stay in the image; end the RUN with `rm -rf /var/lib/apt/lists/*` or use a cache mount",
        "ImageSize",
        DiagnosticSeverity.Info,
        "apt-get update writes tens of megabytes of package lists to /var/lib/apt/lists. Removing them in a later RUN does not shrink the image, because the earlier layer keeps them. Delete them in the same RUN, or mount /var/lib/apt/lists as a cache.");

    /// <summary>Gets the rule's metadata.</summary>
    public static RuleInfo Info { get; } = new(Descriptor, hadolintEquivalents: ImmutableArray.Create("DL3009"));

    /// <inheritdoc />
    public override RuleInfo Metadata => Info;

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterStageAction(AnalyzeStage);

    private static void AnalyzeStage(StageAnalysisContext context)
    {
        var model = context.SemanticModel;
        var stage = context.Stage;

        // Like hadolint: only stages that end up in an image matter: the image the build produces (the last stage, or
        // the target when one is given) and every stage another one builds FROM. hadolint also judges a stage whose
        // FROM line is the same as the last one's, which we do not (docs/rules/DF2101.md, "Where we differ").
        // The implicit stage (instructions before the first FROM) is the image only when there is no FROM at all.
        bool isFinal = stage.IsImplicit ? model.Stages.Length == 0 : model.Target is { } target ? stage.Index == target.Index : stage.Index == model.Stages.Length - 1;
        bool isBase = stage.Name != null && model.GetStagesBuiltOn(stage.Name) is { Count: > 0 } builtOn && builtOn[builtOn.Count - 1].Index > stage.Index;
        if (!isFinal && !isBase)
        {
            return;
        }

        var forgotten = new List<(ParsedRun Run, ShellCommand Update)>();
        foreach (var run in ParsedRun.InStage(model, stage))
        {
            var update = run.Commands.FirstOrDefault(c => CommandArgs.Is(c, "apt-get", "update") || CommandArgs.Is(c, "apt", "update") || CommandArgs.Is(c, "aptitude", "update"));
            bool cleans = run.Commands.Any(c => c.Name == "rm" && c.Arguments.Any(a => a.StartsWith("/var/lib/apt/lists", StringComparison.Ordinal)));
            if (update == null || cleans)
            {
                continue;
            }

            if (RunMountFacts.HasCacheOrTmpfsMountWith(run.Run, "/var/lib/apt/lists")
                || (RunMountFacts.HasCacheOrTmpfsMountWith(run.Run, "/var/lib/apt") && RunMountFacts.HasCacheOrTmpfsMountWith(run.Run, "/var/cache/apt")))
            {
                continue;
            }

            forgotten.Add((run, update));
        }

        foreach (var (run, update) in forgotten)
        {
            context.ReportDiagnostic(Descriptor, context.Tree.GetLocation(run.Map(update)), run.TextOf(update));
        }
    }
}
