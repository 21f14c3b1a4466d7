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

/// <summary>DF4003: An image comes from a registry that is not trusted</summary>
public sealed class DF4003UseTrustedRegistries : DockerfileRule
{
    /// <summary>The rule id.</summary>
    public const string DiagnosticId = "DF4003";

    /// <summary>Gets the rule's descriptor.</summary>
    public static DiagnosticDescriptor Descriptor { get; } = RuleInfo.CreateDescriptor(
        DiagnosticId,
        "An image comes from a registry that is not trusted",
        "`{0}` comes from {1}, which is not one of the trusted registries ({2})",
        "Security",
        DiagnosticSeverity.Error,
        "When trusted registries are configured (AnalysisOptions.TrustedRegistries, or trustedRegistries in .hadolint.yaml), base images and images used by COPY --from and RUN --mount from= must come from one of them. Without configuration the rule is silent.");

    /// <summary>Gets the rule's metadata.</summary>
    public static RuleInfo Info { get; } = new(Descriptor, hadolintEquivalents: ImmutableArray.Create("DL3026"));

    /// <inheritdoc />
    public override RuleInfo Metadata => Info;

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterDockerfileAction(Analyze);

    private static void Analyze(DockerfileAnalysisContext context)
    {
        var trusted = context.Options.TrustedRegistries;
        if (trusted.IsDefaultOrEmpty)
        {
            return;
        }

        var stages = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var stage in context.SemanticModel.Stages)
        {
            if (stage.From.Image is { } image)
            {
                Check(context, trusted, stages, image.ValueText, image.Span);
            }

            foreach (var instruction in stage.Instructions)
            {
                if (instruction is CopyInstructionSyntax copy && copy.GetFlag("from") is { Value: { } from })
                {
                    Check(context, trusted, stages, RunFacts.Unquote(context.Tree, from), from.Span);
                }
                else if (instruction is RunInstructionSyntax run && RunMountFacts.HasMount(run))
                {
                    foreach (var flag in run.Flags.Where(f => f.Name == "mount" && f.Value != null))
                    {
                        foreach (string option in RunFacts.Unquote(context.Tree, flag.Value).Split(','))
                        {
                            string part = option.Trim().Trim('"');
                            if (part.StartsWith("from=", StringComparison.OrdinalIgnoreCase))
                            {
                                Check(context, trusted, stages, part.Substring(5), flag.Value!.Span);
                            }
                        }
                    }
                }
            }

            if (stage.Name != null)
            {
                stages.Add(stage.Name);
            }
        }
    }

    private static void Check(DockerfileAnalysisContext context, ImmutableArray<string> trusted, HashSet<string> stages, string image, TextSpan span)
    {
        if (image.Length == 0 || image.IndexOf('$') >= 0 || stages.Contains(image) || image.All(char.IsDigit)
            || string.Equals(image, "scratch", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var reference = ImageReferenceParts.Parse(image);
        bool allowed = reference.Registry != null
            ? trusted.Any(p => ImageReferenceParts.RegistryMatches(p, reference.Registry))
            : trusted.Any(p => ImageReferenceParts.RegistryMatches(p, "docker.io") || ImageReferenceParts.RegistryMatches(p, "hub.docker.com"));
        if (!allowed)
        {
            string registry = reference.Registry ?? "Docker Hub (docker.io)";
            context.ReportDiagnostic(Descriptor, context.Tree.GetLocation(span), image, registry, string.Join(", ", trusted));
        }
    }
}
