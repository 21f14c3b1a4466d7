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

/// <summary>DF5085: an EXPOSE port has a protocol with uppercase letters (BuildKit ExposeProtoCasing).</summary>
public sealed class DF5085ExposeProtoCasing : DockerfileRule
{
    /// <summary>The rule id.</summary>
    public const string DiagnosticId = "DF5085";

    /// <summary>Gets the rule's descriptor.</summary>
    public static DiagnosticDescriptor Descriptor { get; } = RuleInfo.CreateDescriptor(
        DiagnosticId,
        "EXPOSE protocol is not lowercase",
        "The protocol in `{0}` is not lowercase; write `{1}`",
        "Style",
        DiagnosticSeverity.Warning,
        "Write the protocol of an exposed port in lowercase: tcp, udp or sctp.");

    /// <summary>Gets the rule's metadata: the equivalent BuildKit check.</summary>
    public static RuleInfo Info { get; } = new(Descriptor, buildKitEquivalents: ImmutableArray.Create("ExposeProtoCasing"));

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
            int slash = text.IndexOf('/');
            if (slash < 0 || (text.IndexOf('$') >= 0 && port.ContainsVariableReference))
            {
                continue;
            }

            string proto = text.Substring(slash + 1);
            if (proto != proto.ToLowerInvariant())
            {
                context.ReportDiagnostic(Descriptor, context.Tree.GetLocation(port.Span), text, text.Substring(0, slash + 1) + proto.ToLowerInvariant());
            }
        }
    }
}
