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

/// <summary>DF5084: ENV or LABEL uses the legacy `key value` form (BuildKit LegacyKeyValueFormat).</summary>
public sealed class DF5084LegacyKeyValueFormat : DockerfileRule
{
    /// <summary>The rule id.</summary>
    public const string DiagnosticId = "DF5084";

    /// <summary>Gets the rule's descriptor.</summary>
    public static DiagnosticDescriptor Descriptor { get; } = RuleInfo.CreateDescriptor(
        DiagnosticId,
        "Legacy key value format without '='",
        "`{0} {1} ...` uses the legacy form where everything after the first space is the value; write `{0} {1}={2}`",
        "Style",
        DiagnosticSeverity.Warning,
        "ENV and LABEL accept `key value` only for one pair and silently take the rest of the line as the value. Use `key=value`.");

    /// <summary>Gets the rule's metadata: the equivalent BuildKit check.</summary>
    public static RuleInfo Info { get; } = new(Descriptor, buildKitEquivalents: ImmutableArray.Create("LegacyKeyValueFormat"));

    /// <inheritdoc />
    public override RuleInfo Metadata => Info;

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureIncrementalAnalysis(IncrementalAnalysisScope.Stage);
        context.RegisterSyntaxNodeAction(Analyze, SyntaxKind.EnvInstruction, SyntaxKind.LabelInstruction);
    }

    private static void Analyze(SyntaxNodeAnalysisContext context)
    {
        var instruction = (InstructionSyntax)context.Node;
        if (instruction.ParentOnbuild != null)
        {
            return;
        }

        var pairs = instruction is EnvInstructionSyntax env ? env.Pairs : ((LabelInstructionSyntax)instruction).Pairs;
        foreach (var pair in pairs)
        {
            if (pair.IsLegacyForm)
            {
                string value = pair.Value == null ? string.Empty : SourceCopy.Fold(pair.Value.ToString());
                if (value.IndexOfAny(new[] { ' ', '\t' }) >= 0 && !(value.StartsWith("\"", StringComparison.Ordinal) || value.StartsWith("'", StringComparison.Ordinal)))
                {
                    value = "\"" + value.Replace("\"", "\\\"") + "\"";
                }

                context.ReportDiagnostic(Descriptor, context.Tree.GetLocation(pair.Key.Span), instruction.InstructionName, pair.Key.ValueText, value);
            }
        }
    }
}
