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

/// <summary>DF3012: FROM --platform names a fixed platform</summary>
public sealed class DF3012AvoidConstantPlatform : DockerfileRule
{
    /// <summary>The rule id.</summary>
    public const string DiagnosticId = "DF3012";

    /// <summary>Gets the rule's descriptor.</summary>
    public static DiagnosticDescriptor Descriptor { get; } = RuleInfo.CreateDescriptor(
        DiagnosticId,
        "FROM --platform names a fixed platform",
        "`--platform={0}` ties this stage to one platform, so building for any other platform emulates it or fails; leave the flag out, or use `$BUILDPLATFORM`/`$TARGETPLATFORM`",
        "Maintainability",
        DiagnosticSeverity.Warning,
        "A fixed --platform on FROM overrides what the person building asks for. Builds for other platforms then run under emulation or produce the wrong architecture. Use $BUILDPLATFORM for build tools and $TARGETPLATFORM (the default) for the image itself.");

    /// <summary>Gets the rule's metadata.</summary>
    public static RuleInfo Info { get; } = new(Descriptor, hadolintEquivalents: ImmutableArray.Create("DL3029"));

    /// <inheritdoc />
    public override RuleInfo Metadata => Info;

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureIncrementalAnalysis(IncrementalAnalysisScope.Stage);
        context.RegisterSyntaxNodeAction(Analyze, SyntaxKind.FromInstruction);
    }

    private static void Analyze(SyntaxNodeAnalysisContext context)
    {
        var from = (FromInstructionSyntax)context.Node;
        if (from.Platform is not { } flag)
        {
            return;
        }

        string value = flag.Value?.ValueText ?? string.Empty;
        if (value.IndexOf("BUILDPLATFORM", StringComparison.Ordinal) >= 0 || value.IndexOf("TARGETPLATFORM", StringComparison.Ordinal) >= 0)
        {
            return;
        }

        context.ReportDiagnostic(Descriptor, flag.GetLocation(), value);
    }
}
