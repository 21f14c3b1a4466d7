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

/// <summary>DF5040: wget prints a progress bar into the build log (hadolint DL3047).</summary>
public sealed class DF5040WgetWithoutProgressOption : DockerfileRule
{
    /// <summary>The rule id.</summary>
    public const string DiagnosticId = "DF5040";

    /// <summary>Gets the rule's descriptor.</summary>
    public static DiagnosticDescriptor Descriptor { get; } = RuleInfo.CreateDescriptor(
        DiagnosticId,
        "wget prints a progress bar into the build log",
        "`{0}` prints its progress bar into the build log line after line; add `--progress=dot:giga`, `-nv` or `-q`",
        "Style",
        DiagnosticSeverity.Info,
        "Without a terminal, wget's progress bar becomes thousands of log lines that bury the useful output of the build.");

    /// <summary>Gets the rule's metadata.</summary>
    public static RuleInfo Info { get; } = new(Descriptor, hadolintEquivalents: ImmutableArray.Create("DL3047"));

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
        var run = (RunInstructionSyntax)context.Node;
        if (RunFacts.GetScript(context.SemanticModel, run) is not { } script)
        {
            return;
        }

        foreach (var command in script.Commands)
        {
            if (command.Name == "wget" && !Quiet(command))
            {
                context.ReportDiagnostic(Descriptor, context.Tree.GetLocation(RunFacts.Map(run, command)), RunFacts.Describe(script, command));
            }
        }
    }

    private static bool Quiet(ShellCommand command)
    {
        foreach (string argument in command.Arguments)
        {
            if (argument == "--")
            {
                break;
            }

            if (argument == "-nv" || argument.StartsWith("--progress", StringComparison.Ordinal) || argument == "--quiet" || argument == "--no-verbose"
                || argument.StartsWith("--output-file", StringComparison.Ordinal) || argument.StartsWith("--append-output", StringComparison.Ordinal))
            {
                return true;
            }

            if (argument.Length > 1 && argument[0] == '-' && argument[1] != '-')
            {
                for (int i = 1; i < argument.Length && char.IsLetter(argument[i]); i++)
                {
                    if (argument[i] is 'q' or 'o' or 'a')
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }
}
