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

/// <summary>DF4001: The image runs as root</summary>
public sealed class DF4001LastUserShouldNotBeRoot : DockerfileRule
{
    /// <summary>The rule id.</summary>
    public const string DiagnosticId = "DF4001";

    /// <summary>Gets the rule's descriptor.</summary>
    public static DiagnosticDescriptor Descriptor { get; } = RuleInfo.CreateDescriptor(
        DiagnosticId,
        "The image runs as root",
        "`USER {0}` is the last USER of {1}, so its containers run as root; switch to an unprivileged user at the end (for example `USER 10001`)",
        "Security",
        DiagnosticSeverity.Warning,
        "A container that runs as root gives an attacker who breaks into the process root inside the container, one step from the host. End the image with a USER that is not root; use root only for the build steps that need it.");

    /// <summary>Gets the rule's metadata.</summary>
    public static RuleInfo Info { get; } = new(Descriptor, hadolintEquivalents: ImmutableArray.Create("DL3002"));

    /// <inheritdoc />
    public override RuleInfo Metadata => Info;

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterStageAction(Analyze);

    private static void Analyze(StageAnalysisContext context)
    {
        var model = context.SemanticModel;
        var stage = context.Stage;
        // The implicit stage (instructions before the first FROM) is the image only when there is no FROM at all.
        bool isFinal = stage.IsImplicit ? model.Stages.Length == 0 : stage.Index == model.Stages.Length - 1;
        bool isBase = stage.Name != null && model.GetStagesBuiltOn(stage.Name) is { Count: > 0 } builtOn && builtOn[builtOn.Count - 1].Index > stage.Index;
        if (!isFinal && !isBase)
        {
            // A build stage whose files are only copied from does not decide who the image runs as.
            return;
        }

        var last = stage.Instructions.OfType<UserInstructionSyntax>().LastOrDefault(u => u.Value != null);
        if (last?.Value is not { } value)
        {
            return;
        }

        string user = value.ValueText;
        if (user == "root" || user == "0" || user.StartsWith("root:", StringComparison.Ordinal) || user.StartsWith("0:", StringComparison.Ordinal))
        {
            context.ReportDiagnostic(Descriptor, value.GetLocation(), user, isFinal ? "the image" : "stage `" + stage.Name + "`, which later stages build on");
        }
    }
}
