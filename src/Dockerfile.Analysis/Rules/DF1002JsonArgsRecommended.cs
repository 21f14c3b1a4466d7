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

/// <summary>DF1002: CMD or ENTRYPOINT uses the shell form</summary>
public sealed class DF1002JsonArgsRecommended : DockerfileRule
{
    /// <summary>The rule id.</summary>
    public const string DiagnosticId = "DF1002";

    /// <summary>Gets the rule's descriptor.</summary>
    public static DiagnosticDescriptor Descriptor { get; } = RuleInfo.CreateDescriptor(
        DiagnosticId,
        "CMD or ENTRYPOINT uses the shell form",
        "`{0}` in shell form runs under `/bin/sh -c`, so the shell is PID 1 and signals such as the one `docker stop` sends never reach the program; write it as a JSON array{1}",
        "Correctness",
        DiagnosticSeverity.Warning,
        "In shell form the command runs as a child of /bin/sh, which does not forward SIGTERM: the container ignores docker stop until it is killed after the timeout. The exec (JSON array) form runs the program as PID 1. Not reported after a SHELL instruction in the stage, like BuildKit.");

    /// <summary>Gets the rule's metadata.</summary>
    public static RuleInfo Info { get; } = new(Descriptor, hadolintEquivalents: ImmutableArray.Create("DL3025"), buildKitEquivalents: ImmutableArray.Create("JSONArgsRecommended"));

    /// <inheritdoc />
    public override RuleInfo Metadata => Info;

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureIncrementalAnalysis(IncrementalAnalysisScope.Stage);
        context.RegisterSyntaxNodeAction(Analyze, SyntaxKind.CmdInstruction, SyntaxKind.EntrypointInstruction);
    }

    private static void Analyze(SyntaxNodeAnalysisContext context)
    {
        var instruction = (InstructionSyntax)context.Node;
        var form = instruction switch
        {
            CmdInstructionSyntax cmd => cmd.Command,
            EntrypointInstructionSyntax entrypoint => entrypoint.Command,
            _ => null,
        };
        if (form is not ShellFormSyntax shell || shell.CommandText.Trim().Length == 0)
        {
            return;
        }

        var top = instruction.ParentOnbuild ?? instruction;
        if (context.SemanticModel.GetStage(top) is { } stage && HasShell(context.SemanticModel, stage, top))
        {
            return;
        }

        string text = SourceCopy.Fold(shell.CommandText);
        string suggestion = System.Text.RegularExpressions.Regex.IsMatch(text, @"^[A-Za-z0-9_./:=@%+,-]+( [A-Za-z0-9_./:=@%+,-]+)*$")
            ? ": `" + instruction.InstructionName + " [" + string.Join(", ", text.Split(' ').Select(w => "\"" + w + "\"")) + "]`"
            : " (for a shell pipeline, `[\"/bin/sh\", \"-c\", \"exec ...\"]` makes the last program PID 1)";
        context.ReportDiagnostic(Descriptor, shell.GetLocation(), instruction.InstructionName + " " + (text.Length > 60 ? text.Substring(0, 57) + "..." : text), suggestion);
    }

    // BuildKit skips the check when the image config has a shell: a SHELL earlier in the stage or in a stage it is built on.
    private static bool HasShell(DockerfileSemanticModel model, DockerfileStage stage, InstructionSyntax before)
    {
        if (stage.Instructions.TakeWhile(i => i != before).Any(i => i is ShellInstructionSyntax))
        {
            return true;
        }

        var current = stage;
        for (int guard = 0; guard < model.Stages.Length; guard++)
        {
            var parent = model.GetLastStageNamedBefore(current.BaseImage, current.Index);
            if (parent == null)
            {
                return false;
            }

            if (parent.Instructions.Any(i => i is ShellInstructionSyntax))
            {
                return true;
            }

            current = parent;
        }

        return false;
    }
}
