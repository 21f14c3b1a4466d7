using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using SyntaxKind = Dockerfile.Syntax.SyntaxKind;

namespace Dockerfile.Analysis.Tests.Configuration;

/// <summary>Reports every RUN (TEST100, hadolint DL3008, BuildKit JSONArgsRecommended) and every COPY (TEST200).</summary>
internal sealed class RunAndCopyAnalyzer : DockerfileAnalyzer
{
    public static readonly DiagnosticDescriptor Run = RuleInfo.CreateDescriptor("TEST100", "run", "a RUN", "Test", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor Copy = RuleInfo.CreateDescriptor("TEST200", "copy", "a COPY", "Test", DiagnosticSeverity.Warning);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Run, Copy);

    public override ImmutableArray<RuleInfo> Rules => ImmutableArray.Create(
        new RuleInfo(Run, ImmutableArray.Create("DL3008"), ImmutableArray.Create("JSONArgsRecommended")),
        new RuleInfo(Copy, ImmutableArray.Create("DL3020")));

    public override void Initialize(AnalysisContext context)
    {
        context.RegisterLocalSyntaxNodeAction(c => c.ReportDiagnostic(Run, c.Node), SyntaxKind.RunInstruction);
        context.RegisterLocalSyntaxNodeAction(c => c.ReportDiagnostic(Copy, c.Node), SyntaxKind.CopyInstruction);
    }
}
