using System.Collections.Generic;
using System.Linq;
using Dockerfile.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Dockerfile.Analysis.Rules.Support;

/// <summary>The arguments of a COPY or ADD (shell or exec form) with their source spans.</summary>
internal static class InstructionArguments
{
    /// <summary>The arguments (sources then destination), values unquoted, each with its span.</summary>
    public static IReadOnlyList<(string Value, TextSpan Span)> Of(InstructionSyntax instruction)
    {
        // One walk of the children: the exec form's strings when there is one, else the words.
        var words = new List<(string Value, TextSpan Span)>();
        foreach (var child in instruction.ChildNodes())
        {
            if (child is ExecFormSyntax exec)
            {
                return exec.Elements.Select(e => (e.ValueText, e.Span)).ToList();
            }

            if (child is WordSyntax word)
            {
                words.Add((word.ValueText, word.Span));
            }
        }

        return words;
    }

    /// <summary>The COPY or ADD instruction itself, or the one wrapped by an ONBUILD.</summary>
    public static InstructionSyntax Unwrap(InstructionSyntax instruction) =>
        instruction is OnbuildInstructionSyntax { Instruction: { } inner } ? inner : instruction;
}
