using System.Collections.Immutable;
using Dockerfile.Syntax;
using Microsoft.CodeAnalysis;
using SyntaxKind = Dockerfile.Syntax.SyntaxKind;

namespace Dockerfile.Analysis.Tests.Docs;

/// <summary>The example rule of docs/analysis.md: MAINTAINER is deprecated (a local, cacheable rule).</summary>
public sealed class MaintainerDeprecatedAnalyzer : DockerfileAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = RuleInfo.CreateDescriptor(
        "DF9001",
        "MAINTAINER is deprecated",
        "MAINTAINER is deprecated; use LABEL org.opencontainers.image.authors=\"{0}\"",
        "Style",
        DiagnosticSeverity.Warning);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    public override ImmutableArray<RuleInfo> Rules => ImmutableArray.Create(
        new RuleInfo(Rule, hadolintEquivalents: ImmutableArray.Create("DL4000"), buildKitEquivalents: ImmutableArray.Create("MaintainerDeprecated")));

    public override void Initialize(AnalysisContext context) =>
        context.RegisterLocalSyntaxNodeAction(
            c =>
            {
                var maintainer = (MaintainerInstructionSyntax)c.Node;
                string author = maintainer.ToString().Substring(maintainer.Keyword.Span.Length).Trim();
                c.ReportDiagnostic(Rule, maintainer.Keyword, author);
            },
            SyntaxKind.MaintainerInstruction);
}
