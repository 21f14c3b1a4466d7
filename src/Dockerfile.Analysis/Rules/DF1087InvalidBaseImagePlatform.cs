using System;
using System.Collections.Immutable;
using Dockerfile.Analysis.Semantics;
using Dockerfile.Syntax;
using Microsoft.CodeAnalysis;

namespace Dockerfile.Analysis.Rules;

/// <summary>
/// DF1087: <c>FROM --platform=X &lt;stage&gt;</c> where that stage is built for another constant platform
/// (BuildKit InvalidBaseImagePlatform, the part that can be known without pulling images).
/// </summary>
/// <remarks>
/// BuildKit compares the platform of the pulled base image with the one the stage asked for; that needs the
/// registry. What the file alone shows: a stage built <c>FROM</c> an earlier stage takes that stage's platform
/// (BuildKit's <c>dispatchState.init</c>) and ignores its own <c>--platform</c>, so two different constant
/// platforms on that chain mean the image is not built for the platform this FROM asks for.
/// </remarks>
public sealed class DF1087InvalidBaseImagePlatform : DockerfileRule
{
    /// <summary>The rule id.</summary>
    public const string DiagnosticId = "DF1087";

    /// <summary>Gets the rule's descriptor.</summary>
    public static DiagnosticDescriptor Descriptor { get; } = RuleInfo.CreateDescriptor(
        DiagnosticId,
        "Base stage is built for another platform than FROM --platform asks for",
        "This FROM asks for `{0}`, but its base `{1}` is the stage built for `{2}` (line {3}); a stage built on another stage takes that stage's platform, so `--platform={0}` is ignored and this stage is `{2}`; build `{1}` for `{0}` or drop this --platform",
        "Correctness",
        DiagnosticSeverity.Warning,
        "A stage that starts FROM an earlier stage inherits that stage's filesystem and platform; its own --platform flag does not change them. Different constant platforms on the two FROM lines mean the result is not what the flag says.");

    /// <summary>Gets the rule's metadata: the equivalent BuildKit check.</summary>
    public static RuleInfo Info { get; } = new(Descriptor, buildKitEquivalents: ImmutableArray.Create("InvalidBaseImagePlatform"));

    /// <inheritdoc />
    public override RuleInfo Metadata => Info;

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterDockerfileAction(Analyze);

    private static void Analyze(DockerfileAnalysisContext context)
    {
        foreach (var stage in context.SemanticModel.Stages)
        {
            if (stage.BaseStage == null || stage.From.Image is not { } image || ConstantPlatform(stage.From) is not { } asked)
            {
                continue;
            }

            if (EffectivePlatform(stage.BaseStage) is not { } actual)
            {
                continue;
            }

            if (asked.Os != actual.Os || asked.Arch != actual.Arch)
            {
                int line = context.Tree.GetLocation(actual.From.Span).GetLineSpan().StartLinePosition.Line + 1;
                context.ReportDiagnostic(Descriptor, context.Tree.GetLocation(image.Span), asked.Text, image.ValueText, actual.Text, line);
            }
        }
    }

    /// <summary>The platform a stage is built for when the file fixes it: its own constant --platform, or, for a stage built on another, that stage's.</summary>
    private static (string Text, string Os, string Arch, FromInstructionSyntax From)? EffectivePlatform(DockerfileStage stage)
    {
        var current = stage;
        for (int depth = 0; current.BaseStage != null && depth < 100; depth++)
        {
            current = current.BaseStage;
        }

        return current.BaseStage == null ? ConstantPlatform(current.From) : null;
    }

    private static (string Text, string Os, string Arch, FromInstructionSyntax From)? ConstantPlatform(FromInstructionSyntax from)
    {
        if (from.Platform?.Value is not { } value || value.ContainsVariableReference)
        {
            return null;
        }

        string text = value.ValueText;
        return DF3081FromPlatformFlagConstDisallowed.ParsePlatform(text) is { } parsed ? (text, parsed.Os, parsed.Arch, from) : null;
    }
}
