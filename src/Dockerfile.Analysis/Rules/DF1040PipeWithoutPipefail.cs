using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Dockerfile.Analysis.Rules.Support;
using Dockerfile.Analysis.Semantics;
using Dockerfile.Syntax;
using Humanizer;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using SyntaxKind = Dockerfile.Syntax.SyntaxKind;
using SyntaxNode = Dockerfile.Syntax.SyntaxNode;
using SyntaxToken = Dockerfile.Syntax.SyntaxToken;

namespace Dockerfile.Analysis.Rules;

/// <summary>DF1040: A RUN pipes commands without `set -o pipefail` (hadolint DL4006).</summary>
public sealed class DF1040PipeWithoutPipefail : DockerfileAnalyzer
{
    /// <summary>The rule id.</summary>
    public const string DiagnosticId = "DF1040";

    /// <summary>Gets the rule's descriptor.</summary>
    public static DiagnosticDescriptor Descriptor { get; } = RuleInfo.CreateDescriptor(
        DiagnosticId,
        "A RUN pipes commands without `set -o pipefail`",
        "`{0}` only fails when its last command fails, so a failing `{1}` goes unnoticed; add `SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]` before this RUN (`/bin/ash` on Alpine)",
        "Correctness",
        DiagnosticSeverity.Warning,
        "A shell pipeline's status is the status of its last command. Without -o pipefail, `curl ... | tar x` succeeds even when the download failed, and the build continues with a broken layer.");

    /// <summary>Gets the rule's metadata.</summary>
    public static RuleInfo Info { get; } = new(Descriptor, hadolintEquivalents: ImmutableArray.Create("DL4006"));

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptor);

    /// <inheritdoc />
    public override ImmutableArray<RuleInfo> Rules { get; } = ImmutableArray.Create(Info);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterStageAction(Analyze);

    private static void Analyze(StageAnalysisContext context)
    {
        bool safe = false;
        foreach (var instruction in context.Stage.Instructions)
        {
            if (instruction is ShellInstructionSyntax shell)
            {
                safe = IsSafeShell(shell);
            }
            else if (!safe && instruction is RunInstructionSyntax run && RunFacts.GetScript(context.SemanticModel, run) is { } script)
            {
                var commands = script.Commands;
                for (int i = 1; i < commands.Count; i++)
                {
                    if (commands[i].PrecedingOperator != ShellOperator.Pipe)
                    {
                        continue;
                    }

                    int first = i - 1;
                    while (first > 0 && commands[first].PrecedingOperator == ShellOperator.Pipe)
                    {
                        first--;
                    }

                    int last = i;
                    while (last + 1 < commands.Count && commands[last + 1].PrecedingOperator == ShellOperator.Pipe)
                    {
                        last++;
                    }

                    int start = commands[first].Start;
                    int end = commands[last].Start + commands[last].Length;
                    string text = SourceCopy.Fold(script.Text.Substring(start, end - start));
                    if (text.Length > 60)
                    {
                        text = text.Substring(0, 57).TrimEnd() + "...";
                    }

                    context.ReportDiagnostic(RunFacts.Create(Descriptor, context.Tree, RunFacts.Map(run, start, end - start), text, commands[first].Name));
                    break;
                }
            }
        }
    }

    private static bool IsSafeShell(ShellInstructionSyntax shell)
    {
        if (shell.Command is not ExecFormSyntax exec || exec.Values.Count == 0)
        {
            return false;
        }

        string text = string.Join(" ", exec.Values);
        if (new[] { "pwsh", "powershell", "cmd" }.Any(s => text.StartsWith(s, StringComparison.Ordinal)))
        {
            return true;
        }

        foreach (var command in ShellScript.Parse(text).Commands)
        {
            string name = command.Name.Substring(command.Name.LastIndexOf('/') + 1);
            if ((name == "bash" || name == "zsh" || name == "ash") && command.HasFlag("-o") && command.Arguments.Contains("pipefail"))
            {
                return true;
            }
        }

        return false;
    }
}
