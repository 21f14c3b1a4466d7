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
using SyntaxToken = Dockerfile.Syntax.SyntaxToken;

namespace Dockerfile.Analysis.Rules;

/// <summary>DF3041: A stage uses both curl and wget (hadolint DL4001).</summary>
public sealed class DF3041BothCurlAndWget : DockerfileRule
{
    /// <summary>The rule id.</summary>
    public const string DiagnosticId = "DF3041";

    /// <summary>Gets the rule's descriptor.</summary>
    public static DiagnosticDescriptor Descriptor { get; } = RuleInfo.CreateDescriptor(
        DiagnosticId,
        "A stage uses both curl and wget",
        "`{0}` is used here while this stage already uses `{1}` (line {2}); pick one download tool so the image installs and maintains only one",
        "Maintainability",
        DiagnosticSeverity.Warning,
        "curl and wget do the same job. Using both means installing both, and two sets of flags for retries, TLS and redirects to keep right.");

    /// <summary>Gets the rule's metadata.</summary>
    public static RuleInfo Info { get; } = new(Descriptor, hadolintEquivalents: ImmutableArray.Create("DL4001"));

    /// <inheritdoc />
    public override RuleInfo Metadata => Info;

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureIncrementalAnalysis(IncrementalAnalysisScope.Stage);
        context.RegisterStageAction(Analyze);
    }

    private static void Analyze(StageAnalysisContext context)
    {
        var topLevel = new Dictionary<string, int>(StringComparer.Ordinal);
        var onbuild = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var instruction in context.Stage.Instructions)
        {
            var seen = instruction is OnbuildInstructionSyntax ? onbuild : topLevel;
            if (RunFacts.Unwrap(instruction) is not RunInstructionSyntax run || RunFacts.GetScript(context.SemanticModel, run) is not { } script)
            {
                continue;
            }

            int line = RunFacts.Line(context.Tree, run.Keyword.Span.Start);
            ShellCommand? reported = null;
            string? other = null;
            int otherLine = 0;
            foreach (var command in script.Commands)
            {
                if (command.Name != "curl" && command.Name != "wget")
                {
                    continue;
                }

                string alternative = command.Name == "curl" ? "wget" : "curl";
                if (reported is null && seen.TryGetValue(alternative, out int at))
                {
                    reported = command;
                    other = alternative;
                    otherLine = at;
                }

                if (!seen.ContainsKey(command.Name))
                {
                    seen[command.Name] = line;
                }
            }

            if (reported != null)
            {
                context.ReportDiagnostic(Descriptor, context.Tree.GetLocation(RunFacts.MapName(run, reported)), reported.Name, other, otherLine);
            }
        }
    }
}
