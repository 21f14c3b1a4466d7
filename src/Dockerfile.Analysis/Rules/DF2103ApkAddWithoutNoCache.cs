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

/// <summary>DF2103: apk add without --no-cache</summary>
public sealed class DF2103ApkAddWithoutNoCache : DockerfileRule
{
    /// <summary>The rule id.</summary>
    public const string DiagnosticId = "DF2103";

    /// <summary>Gets the rule's descriptor.</summary>
    public static DiagnosticDescriptor Descriptor { get; } = RuleInfo.CreateDescriptor(
        DiagnosticId,
        "apk add without --no-cache",
        "`apk add` keeps the package index it downloads in /var/cache/apk, so it stays in this layer; use `apk add --no-cache` instead of `--update` and removing the cache",
        "ImageSize",
        DiagnosticSeverity.Info,
        "apk add --no-cache fetches the index, installs and leaves nothing behind, which replaces apk update and rm -rf /var/cache/apk/*. A cache mount on /var/cache/apk works too.");

    /// <summary>Gets the rule's metadata.</summary>
    public static RuleInfo Info { get; } = new(Descriptor, hadolintEquivalents: ImmutableArray.Create("DL3019"));

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
        var node = (RunInstructionSyntax)context.Node;
        if (RunMountFacts.HasCacheOrTmpfsMountWith(node, "/var/cache/apk") || ParsedRun.Get(context.SemanticModel, node) is not { } run)
        {
            return;
        }

        foreach (var command in run.Commands)
        {
            if (CommandArgs.Is(command, "apk", "add") && !CommandArgs.HasAnyFlag(command, "no-cache"))
            {
                var add = run.MapArgument(command, a => a == "add");
                context.ReportDiagnostic(Descriptor, context.Tree.GetLocation(TextSpan.FromBounds(run.MapName(command).Start, add.End)));
            }
        }
    }
}
