using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Dockerfile.Analysis.Rules.Support;
using Dockerfile.Syntax;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using SyntaxKind = Dockerfile.Syntax.SyntaxKind;
using SyntaxToken = Dockerfile.Syntax.SyntaxToken;

namespace Dockerfile.Analysis.Rules;

/// <summary>DF1082: an EXPOSE port names an IP address or a host port (BuildKit ExposeInvalidFormat).</summary>
public sealed class DF1082ExposeInvalidFormat : DockerfileRule
{
    /// <summary>The rule id.</summary>
    public const string DiagnosticId = "DF1082";

    /// <summary>Gets the rule's descriptor.</summary>
    public static DiagnosticDescriptor Descriptor { get; } = RuleInfo.CreateDescriptor(
        DiagnosticId,
        "EXPOSE with an IP address or a host port",
        "`{0}` maps {1}, which EXPOSE ignores (it only documents container ports) and which will become an error; write `EXPOSE {2}` and publish with `docker run -p` instead",
        "Correctness",
        DiagnosticSeverity.Warning,
        "EXPOSE declares container ports. IP addresses and host-port mappings belong to `docker run -p`.");

    /// <summary>Gets the rule's metadata: the equivalent BuildKit check.</summary>
    public static RuleInfo Info { get; } = new(Descriptor, buildKitEquivalents: ImmutableArray.Create("ExposeInvalidFormat"));

    /// <inheritdoc />
    public override RuleInfo Metadata => Info;

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureIncrementalAnalysis(IncrementalAnalysisScope.Stage);
        context.RegisterSyntaxNodeAction(Analyze, SyntaxKind.ExposeInstruction);
    }

    private static void Analyze(SyntaxNodeAnalysisContext context)
    {
        var expose = (ExposeInstructionSyntax)context.Node;
        if (expose.ParentOnbuild != null)
        {
            return;
        }

        foreach (var port in expose.Ports)
        {
            string text = port.ValueText;
            if (text.IndexOf('$') >= 0 && port.ContainsVariableReference)
            {
                continue;
            }

            var parts = text.Split(':');
            if (parts.Length < 2)
            {
                continue;
            }

            string what = parts.Length == 2 ? "a host port" : "an IP address and a host port";
            context.ReportDiagnostic(Descriptor, context.Tree.GetLocation(port.Span), text, what, parts[parts.Length - 1]);
        }
    }
}
