using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.RegularExpressions;
using Dockerfile.Analysis.Rules;
using Dockerfile.Analysis.Semantics;
using Dockerfile.Syntax;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Dockerfile.Analysis.CodeFixes;

/// <summary>
/// Fixes DF1002: rewrites a shell-form CMD or ENTRYPOINT as a JSON array of its words (<c>["a", "b"]</c>).
/// Offered only for a plain word list: no variable, quote, escape, operator, redirection, glob, <c>~</c>, no
/// leading <c>NAME=value</c>, and a first word that is a program, not a shell builtin or keyword. Not offered for
/// an ENTRYPOINT when the stage has a CMD: in JSON form the CMD would start being passed as arguments.
/// </summary>
public sealed class DF1002CodeFixProvider : CodeFixProvider
{
    private static readonly Regex PlainWords = new(@"^[A-Za-z0-9_./:=@%+,-]+( [A-Za-z0-9_./:=@%+,-]+)*$", RegexOptions.CultureInvariant);
    private static readonly Regex Assignment = new(@"^[A-Za-z_][A-Za-z0-9_]*=", RegexOptions.CultureInvariant);

    private static readonly HashSet<string> ShellBuiltins = new(StringComparer.Ordinal)
    {
        ".", ":", "alias", "bg", "break", "case", "cd", "command", "continue", "do", "done", "elif", "else", "esac", "eval", "exec",
        "exit", "export", "fc", "fg", "fi", "for", "function", "getopts", "hash", "if", "jobs", "local", "read", "readonly", "return",
        "select", "set", "shift", "source", "then", "time", "times", "trap", "type", "ulimit", "umask", "unalias", "unset", "until",
        "wait", "while",
    };

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DF1002JsonArgsRecommended.DiagnosticId);

    /// <inheritdoc />
    public override IEnumerable<CodeFix> GetFixes(DockerfileSyntaxTree tree, Diagnostic diagnostic)
    {
        var instruction = (InstructionSyntax?)FixEdits.FindInstruction<CmdInstructionSyntax>(tree, diagnostic)
            ?? FixEdits.FindInstruction<EntrypointInstructionSyntax>(tree, diagnostic);
        var form = instruction switch
        {
            CmdInstructionSyntax cmd => cmd.Command,
            EntrypointInstructionSyntax entrypoint => entrypoint.Command,
            _ => null,
        };
        if (instruction == null || form is not ShellFormSyntax shell || shell.ContainsDiagnostics || instruction.Heredocs.Any())
        {
            return Array.Empty<CodeFix>();
        }

        string text = Regex.Replace(shell.CommandText, @"\s+", " ").Trim();
        if (!PlainWords.IsMatch(text))
        {
            return Array.Empty<CodeFix>();
        }

        var words = text.Split(' ');
        if (Assignment.IsMatch(words[0]) || ShellBuiltins.Contains(words[0]))
        {
            return Array.Empty<CodeFix>();
        }

        if (instruction is EntrypointInstructionSyntax && StageHasCmd(tree, instruction))
        {
            return Array.Empty<CodeFix>();
        }

        string json = "[" + string.Join(", ", words.Select(FixEdits.JsonString)) + "]";
        return new[]
        {
            FixEdits.Create(
                $"Write {instruction.InstructionName} as a JSON array",
                DF1002JsonArgsRecommended.DiagnosticId,
                new TextChange(shell.Span, json)),
        };
    }

    private static bool StageHasCmd(DockerfileSyntaxTree tree, InstructionSyntax instruction)
    {
        if (instruction.ParentOnbuild != null)
        {
            // The image built FROM this one may have a CMD we cannot see.
            return true;
        }

        var facts = FixTreeFacts.For(tree);
        var stage = facts.Model.GetStage(instruction);
        return stage == null || facts.GetOrAdd(
            "DF1002:stages-with-cmd",
            static f => new HashSet<DockerfileStage>(f.Model.Stages.Where(s => s.Instructions.Any(i => i is CmdInstructionSyntax)))).Contains(stage);
    }
}
