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

/// <summary>DF3007: cd is used to change the working directory</summary>
public sealed class DF3007UseWorkdirInsteadOfCd : DockerfileRule
{
    /// <summary>The rule id.</summary>
    public const string DiagnosticId = "DF3007";

    /// <summary>Gets the rule's descriptor.</summary>
    public static DiagnosticDescriptor Descriptor { get; } = RuleInfo.CreateDescriptor(
        DiagnosticId,
        "cd is used to change the working directory",
        "`{0}` changes the directory only for the rest of this RUN; {1}",
        "Maintainability",
        DiagnosticSeverity.Warning,
        "A cd inside RUN does not carry over to the next instruction, which makes the Dockerfile harder to follow and easy to break. WORKDIR sets the directory for every following RUN, CMD, ENTRYPOINT, COPY and ADD.");

    /// <summary>Gets the rule's metadata.</summary>
    public static RuleInfo Info { get; } = new(Descriptor, hadolintEquivalents: ImmutableArray.Create("DL3003"));

    /// <inheritdoc />
    public override RuleInfo Metadata => Info;

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureIncrementalAnalysis(IncrementalAnalysisScope.Stage);
        context.RegisterSyntaxNodeAction(Analyze, SyntaxKind.RunInstruction);
    }

    private static void Analyze(SyntaxNodeAnalysisContext context)
    {
        if (ParsedRun.Get(context.SemanticModel, (RunInstructionSyntax)context.Node) is not { } run)
        {
            return;
        }

        foreach (var command in run.Commands)
        {
            if (command.Name == "cd")
            {
                string target = command.Arguments.FirstOrDefault(a => !a.StartsWith("-", StringComparison.Ordinal)) ?? "<dir>";
                context.ReportDiagnostic(Descriptor, context.Tree.GetLocation(run.Map(command)), run.TextOf(command), Advice(context, target));
            }
        }
    }

    /// <summary>
    /// What to write instead. A folder named by a variable that only the shell has (<c>tempDir="$(mktemp -d)"</c>, then
    /// <c>cd "$tempDir"</c>) cannot be given to WORKDIR, which expands ARG and ENV alone; saying <c>WORKDIR $tempDir</c>
    /// would point at the wrong folder.
    /// </summary>
    private static string Advice(SyntaxNodeAnalysisContext context, string target)
    {
        if (target.IndexOf('$') >= 0 && context.Node.Parent is DockerfileSyntax)
        {
            var expanded = context.SemanticModel.Expand(target, (InstructionSyntax)context.Node);
            const string Instead = "so if later instructions need this folder, give its path a name with ARG or ENV and set it with WORKDIR";
            if (expanded.UndefinedVariables.Length > 0)
            {
                return $"`${expanded.UndefinedVariables[0]}` is the shell's own variable, which WORKDIR cannot read, {Instead}";
            }

            if (!expanded.Succeeded)
            {
                return $"`{target}` uses shell syntax that WORKDIR does not expand, {Instead}";
            }
        }

        return $"set it with `WORKDIR {target}` so every later instruction uses it and readers see it";
    }
}
