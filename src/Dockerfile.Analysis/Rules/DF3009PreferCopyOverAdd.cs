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

/// <summary>DF3009: ADD is used to copy local files</summary>
public sealed class DF3009PreferCopyOverAdd : DockerfileRule
{
    /// <summary>The rule id.</summary>
    public const string DiagnosticId = "DF3009";

    /// <summary>Gets the rule's descriptor.</summary>
    public static DiagnosticDescriptor Descriptor { get; } = RuleInfo.CreateDescriptor(
        DiagnosticId,
        "ADD is used to copy local files",
        "`ADD` copies `{0}` like COPY would, but ADD also downloads URLs and unpacks archives, which hides what the instruction does; use `COPY`",
        "Maintainability",
        DiagnosticSeverity.Error,
        "ADD fetches URLs and extracts local tar archives; for plain files and folders it behaves like COPY. Using COPY makes the intent plain and avoids surprises when a file happens to be an archive.");

    /// <summary>Gets the rule's metadata.</summary>
    public static RuleInfo Info { get; } = new(Descriptor, hadolintEquivalents: ImmutableArray.Create("DL3020"));

    /// <inheritdoc />
    public override RuleInfo Metadata => Info;

    private static readonly string[] s_archives =
    {
        ".tar", ".Z", ".bz2", ".gz", ".lz", ".lzma", ".tZ", ".tb2", ".tbz", ".tbz2", ".tgz", ".tlz", ".tpz", ".txz", ".xz",
    };

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureIncrementalAnalysis(IncrementalAnalysisScope.Stage);
        context.RegisterSyntaxNodeAction(Analyze, SyntaxKind.AddInstruction);
    }

    private static void Analyze(SyntaxNodeAnalysisContext context)
    {
        var add = (AddInstructionSyntax)context.Node;
        var arguments = InstructionArguments.Of(add);
        for (int i = 0; i < arguments.Count - 1; i++)
        {
            string source = arguments[i].Value;
            bool archive = s_archives.Any(e => source.EndsWith(e, StringComparison.Ordinal));
            bool remote = source.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || source.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
                || source.StartsWith("git@", StringComparison.Ordinal) || source.StartsWith("git://", StringComparison.Ordinal);
            if (!archive && !remote)
            {
                context.ReportDiagnostic(Descriptor, context.Tree.GetLocation(TextSpan.FromBounds(add.Keyword.Span.Start, arguments[i].Span.End)), source);
                return;
            }
        }
    }
}
