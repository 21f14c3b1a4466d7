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

/// <summary>DF1040: A RUN pipes commands without `set -o pipefail` (hadolint DL4006).</summary>
public sealed class DF1040PipeWithoutPipefail : DockerfileRule
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
    public override RuleInfo Metadata => Info;

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureIncrementalAnalysis(IncrementalAnalysisScope.Stage);
        context.RegisterStageAction(Analyze);
    }

    // Commands whose output is fixed text: they cannot fail in a way pipefail would catch (only on a closed pipe).
    private static readonly HashSet<string> s_cannotFail = new(StringComparer.Ordinal) { "echo", "printf", "true", ":" };

    // Shells whose pipes are not POSIX pipes (a RUN that starts with one is written in that shell's language).
    private static readonly string[] s_nonPosix = { "pwsh", "powershell", "cmd" };

    private static void Analyze(StageAnalysisContext context)
    {
        // Windows images run RUN with cmd by default, where pipefail does not exist (also in a stage built on one).
        bool safe = WindowsStages.IsOnWindows(context.Stage);
        foreach (var instruction in context.Stage.Instructions)
        {
            if (instruction is ShellInstructionSyntax shell)
            {
                safe = IsSafeShell(shell);
            }
            else if (!safe && instruction is RunInstructionSyntax run && RunFacts.GetScript(context.SemanticModel, run) is { } script)
            {
                var commands = script.Commands;
                if (commands.Count > 0 && IsNonPosixShell(commands[0].Name))
                {
                    continue;
                }

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
                    if (!CanHideAFailure(script, commands, first, last))
                    {
                        i = last;
                        continue;
                    }

                    string text = SourceCopy.Fold(script.Text.Substring(start, end - start));
                    if (text.Length > 60)
                    {
                        text = text.Substring(0, 57).TrimEnd() + "...";
                    }

                    context.ReportDiagnostic(Descriptor, context.Tree.GetLocation(RunFacts.Map(run, start, end - start)), text, commands[first].Name);
                    break;
                }
            }
        }
    }

    /// <summary>
    /// Whether a pipeline can hide a failure: not when every command before the last one only prints fixed text
    /// (<c>echo "$SHA *file" | sha256sum -c -</c>), and not when the "pipe" is the <c>|</c> between the
    /// alternatives of a <c>case</c> pattern (<c>amd64 | arm64) ...</c>), which the flat script model cannot tell apart.
    /// </summary>
    private static bool CanHideAFailure(ShellScript script, IReadOnlyList<ShellCommand> commands, int first, int last)
    {
        bool allFixed = true;
        for (int k = first; k < last; k++)
        {
            if (!s_cannotFail.Contains(commands[k].Name))
            {
                allFixed = false;
            }
        }

        if (allFixed)
        {
            return false;
        }

        // `... | sha256sum -c -`: a checksum check fails on empty or missing input, so a failing producer fails the RUN anyway.
        var tail = commands[last];
        if (tail.Name is "sha1sum" or "sha256sum" or "sha384sum" or "sha512sum" or "md5sum" && (tail.HasFlag("-c") || tail.HasFlag("--check")))
        {
            return false;
        }

        for (int k = first; k <= last; k++)
        {
            if (commands[k].Name.Length == 0 || commands[k].Name == "in" || IsCasePattern(script.Text, commands[k]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether a command's first word closes a case pattern, as in <c>ppc64el)</c>.</summary>
    private static bool IsCasePattern(string text, ShellCommand command)
    {
        int i = command.Start;
        int end = Math.Min(text.Length, command.Start + Math.Max(command.Length, 1) + 1);
        while (i < end && !char.IsWhiteSpace(text[i]) && text[i] is not (';' or '|' or '&' or '(' or ')'))
        {
            i++;
        }

        return i > command.Start && i < text.Length && text[i] == ')';
    }

    private static readonly char[] s_pathSeparators = { '/', '\\' };

    private static bool IsNonPosixShell(string name)
    {
        string baseName = name.Substring(name.LastIndexOfAny(s_pathSeparators) + 1).ToLowerInvariant();
        if (baseName.EndsWith(".exe", StringComparison.Ordinal))
        {
            baseName = baseName.Substring(0, baseName.Length - 4);
        }

        return Array.IndexOf(s_nonPosix, baseName) >= 0;
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
