using System.Collections.Generic;
using System.Linq;
using Dockerfile.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Dockerfile.Analysis.Rules.Support;

/// <summary>The arguments of a COPY or ADD (shell or exec form) with their source spans.</summary>
internal static class InstructionArguments
{
    /// <summary>
    /// The arguments (sources then destination), each with its span. Words are unquoted as BuildKit reads them
    /// (<c>"dir/"</c> is <c>dir/</c>; variables are left as written), so that every rule judges the path the
    /// build uses, as hadolint does; JSON strings are already unquoted.
    /// </summary>
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
                words.Add((RunFacts.Unquote(instruction.SyntaxTree, word), word.Span));
            }
        }

        return words;
    }

    /// <summary>The unquoted values of <see cref="Of"/> alone.</summary>
    public static IReadOnlyList<string> Values(InstructionSyntax instruction) => Of(instruction).Select(a => a.Value).ToList();

    /// <summary>The unquoted destination (the last argument), or null when there are fewer than two arguments.</summary>
    public static string? Destination(InstructionSyntax instruction)
    {
        var arguments = Of(instruction);
        return arguments.Count > 1 ? arguments[arguments.Count - 1].Value : null;
    }

    /// <summary>The COPY or ADD instruction itself, or the one wrapped by an ONBUILD.</summary>
    public static InstructionSyntax Unwrap(InstructionSyntax instruction) =>
        instruction is OnbuildInstructionSyntax { Instruction: { } inner } ? inner : instruction;
}
