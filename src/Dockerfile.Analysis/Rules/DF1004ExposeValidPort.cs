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

/// <summary>DF1004: EXPOSE names a port outside 0-65535</summary>
public sealed class DF1004ExposeValidPort : DockerfileRule
{
    /// <summary>The rule id.</summary>
    public const string DiagnosticId = "DF1004";

    /// <summary>Gets the rule's descriptor.</summary>
    public static DiagnosticDescriptor Descriptor { get; } = RuleInfo.CreateDescriptor(
        DiagnosticId,
        "EXPOSE names a port outside 0-65535",
        "Port `{0}` is not a valid port: ports range from 0 to 65535",
        "Correctness",
        DiagnosticSeverity.Error,
        "TCP and UDP ports are 16-bit numbers. A larger number in EXPOSE is a typo; Docker rejects it when the container starts.");

    /// <summary>Gets the rule's metadata.</summary>
    public static RuleInfo Info { get; } = new(Descriptor, hadolintEquivalents: ImmutableArray.Create("DL3011"));

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
        foreach (var word in ((ExposeInstructionSyntax)context.Node).Ports)
        {
            string text = word.ValueText;
            int slash = text.IndexOf('/');
            string ports = slash < 0 ? text : text.Substring(0, slash);
            foreach (string port in ports.Split('-'))
            {
                if (port.Length > 0 && port.All(c => c >= '0' && c <= '9') && (port.Length > 5 || int.Parse(port, System.Globalization.CultureInfo.InvariantCulture) > 65535))
                {
                    context.ReportDiagnostic(Descriptor, word.GetLocation(), port);
                    break;
                }
            }
        }
    }
}
