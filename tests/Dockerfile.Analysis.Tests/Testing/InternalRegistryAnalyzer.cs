using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Dockerfile.Analysis.Tests.Testing;

/// <summary>
/// A rule an organisation might write (the example in docs/analysis.md): base images come from its registry. The fix
/// prefixes the registry, which is safe only because the rule's users mirror Docker Hub there; it is offered only for
/// an image without a registry.
/// </summary>
/// <remarks>
/// The same file is compiled into tests/Dockerfile.Analyzers.Tests, which runs it through a Roslyn host
/// (<c>DockerfileDiagnosticAnalyzerBase</c>) in a compilation and, in a package, in a real <c>dotnet build</c>.
/// </remarks>
public sealed class InternalRegistryAnalyzer : DockerfileAnalyzer
{
    public static readonly DiagnosticDescriptor Descriptor = RuleInfo.CreateDescriptor(
        "ACME001", "Base image outside the company registry", "`{0}` is not pulled from registry.acme.test; use its mirror there", "Security", DiagnosticSeverity.Warning);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Descriptor);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureIncrementalAnalysis(IncrementalAnalysisScope.Stage);
        context.RegisterStageAction(c =>
        {
            if (c.Stage.BaseStage is null && c.Stage.From.Image is { } image && c.Stage.BaseImage != "scratch"
                && !c.Stage.BaseImage.StartsWith("registry.acme.test/", StringComparison.Ordinal))
            {
                c.ReportDiagnostic(Descriptor, c.Tree.GetLocation(image.Span), c.Stage.BaseImage);
            }
        });
    }
}
