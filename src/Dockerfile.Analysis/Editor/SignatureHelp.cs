using System;
using System.Collections.Immutable;
using System.Linq;
using Dockerfile.Analysis.Semantics;
using Dockerfile.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Dockerfile.Analysis.Editor;

/// <summary>Signature help for instructions: the syntax of the instruction at the cursor and which part is being written.</summary>
public static class SignatureHelp
{
    private const string FlagsParameter = "[--flags]";

    /// <summary>Gets the signature of the instruction at a position.</summary>
    /// <param name="model">The semantic model.</param>
    /// <param name="position">An offset in the text (clamped to it).</param>
    /// <returns>The signature, or <see langword="null"/> outside an instruction's arguments (on the keyword, in a heredoc body, between instructions).</returns>
    public static SignatureHelpResult? Get(DockerfileSemanticModel model, int position)
    {
        if (model is null)
        {
            throw new ArgumentNullException(nameof(model));
        }

        var tree = model.Tree;
        position = Math.Max(0, Math.Min(position, tree.Length));
        var instruction = CompletionService.InstructionAt(tree.GetRoot(), position);
        if (instruction is null || position <= instruction.Keyword.Span.End || instruction.Heredocs.Any(h => position >= h.Span.Start))
        {
            return null;
        }

        var target = instruction;
        if (instruction is OnbuildInstructionSyntax { Instruction: { } inner } && position > inner.Keyword.Span.End)
        {
            target = inner;
        }

        var info = InstructionCatalog.Find(target.Kind);
        if (info is null)
        {
            return null;
        }

        var parameters = ImmutableArray.CreateBuilder<SignatureParameter>();
        bool hasFlags = info.Syntax.Contains(FlagsParameter) || !info.Flags.IsEmpty;
        if (info.Syntax.Contains(FlagsParameter))
        {
            parameters.Add(new SignatureParameter(FlagsParameter, string.Join(", ", info.Flags.Select(f => "--" + f.Name))));
        }
        else if (info.Flags.Length == 1 && info.Syntax.Contains("[" + info.Flags[0].Syntax.Split('=')[0]))
        {
            string label = info.Syntax.Substring(info.Syntax.IndexOf('[')).Split(']')[0] + "]";
            parameters.Add(new SignatureParameter(label, info.Flags[0].Documentation));
        }
        else
        {
            hasFlags = false;
        }

        foreach (string parameter in info.Parameters)
        {
            if (info.Syntax.Contains(parameter))
            {
                parameters.Add(new SignatureParameter(parameter, null));
            }
        }

        // Which word is the cursor in: a flag, or the n-th argument?
        string escape = tree.EscapeCharacter.ToString();
        var text = tree.GetText().ToString(TextSpan.FromBounds(target.Keyword.Span.End, position));
        var words = text.Split(new[] { ' ', '\t', '\r', '\n' }, StringSplitOptions.None).ToList();
        string current = words.Count > 0 ? words[words.Count - 1] : string.Empty;
        var before = words.Take(words.Count - 1).Where(w => w.Length > 0 && w != escape).ToList();
        int active;
        int firstArgument = hasFlags ? 1 : 0;
        if (hasFlags && before.All(w => w.StartsWith("--", StringComparison.Ordinal)) && (current.StartsWith("-", StringComparison.Ordinal) || (current.Length == 0 && before.Count == 0)))
        {
            active = 0;
        }
        else
        {
            int arguments = before.Count(w => !w.StartsWith("--", StringComparison.Ordinal));
            if (target is FromInstructionSyntax)
            {
                arguments = Math.Min(arguments, 1);
            }
            else if (target is BaseCopyInstructionSyntax && arguments >= 1)
            {
                arguments = 1;
            }

            active = Math.Min(firstArgument + arguments, parameters.Count - 1);
        }

        return new SignatureHelpResult(info.Syntax, info.Documentation, parameters.ToImmutable(), Math.Max(0, active));
    }
}
