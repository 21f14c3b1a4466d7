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

/// <summary>DF1006: COPY with several sources needs a destination ending with /</summary>
public sealed class DF1006CopyDestinationMustBeDirectory : DockerfileRule
{
    /// <summary>The rule id.</summary>
    public const string DiagnosticId = "DF1006";

    /// <summary>Gets the rule's descriptor.</summary>
    public static DiagnosticDescriptor Descriptor { get; } = RuleInfo.CreateDescriptor(
        DiagnosticId,
        "COPY with several sources needs a destination ending with /",
        "`{0}` copies {1} to `{2}`, which must be a directory for several sources; end it with `/` (`{2}/`)",
        "Correctness",
        DiagnosticSeverity.Error,
        "With more than one source, COPY needs a destination directory written with a trailing slash; otherwise the build fails.");

    /// <summary>Gets the rule's metadata.</summary>
    public static RuleInfo Info { get; } = new(Descriptor, hadolintEquivalents: ImmutableArray.Create("DL3021"));

    /// <inheritdoc />
    public override RuleInfo Metadata => Info;

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureIncrementalAnalysis(IncrementalAnalysisScope.Stage);
        context.RegisterSyntaxNodeAction(Analyze, SyntaxKind.CopyInstruction);
    }

    private static void Analyze(SyntaxNodeAnalysisContext context)
    {
        var copy = (CopyInstructionSyntax)context.Node;
        var arguments = InstructionArguments.Of(copy);
        if (arguments.Count < 3)
        {
            return;
        }

        var destination = arguments[arguments.Count - 1];
        if (destination.Value.EndsWith("/", StringComparison.Ordinal) || destination.Value.EndsWith("\\", StringComparison.Ordinal))
        {
            return;
        }

        context.ReportDiagnostic(Descriptor, context.Tree.GetLocation(destination.Span), "COPY", MessageText.Count(arguments.Count - 1, "source"), destination.Value);
    }
}
