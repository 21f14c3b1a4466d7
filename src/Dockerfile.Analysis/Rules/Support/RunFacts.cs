using System;
using System.Collections.Generic;
using System.Linq;
using Dockerfile.Analysis.Semantics;
using Dockerfile.Syntax;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using SyntaxKind = Dockerfile.Syntax.SyntaxKind;
using SyntaxNode = Dockerfile.Syntax.SyntaxNode;
using SyntaxToken = Dockerfile.Syntax.SyntaxToken;

namespace Dockerfile.Analysis.Rules.Support;

/// <summary>
/// Shared facts for the rules that look inside RUN commands (the hadolint DL30xx/DL40xx family): the script of
/// any RUN (ONBUILD-wrapped and exec form included), mapping script offsets back to the tree, and
/// hadolint-style command predicates.
/// </summary>
internal static class RunFacts
{
    /// <summary>
    /// The parsed script of a RUN, top-level or inside ONBUILD. Exec form is treated as one command line
    /// (its values joined with spaces), as hadolint does.
    /// </summary>
    public static ShellScript? GetScript(DockerfileSemanticModel model, RunInstructionSyntax run)
    {
        if (model.GetShellScript(run) is { } script)
        {
            return script;
        }

        return run.Command switch
        {
            ShellFormSyntax shell => model.GetOrParseShellScript(run, shell),
            ExecFormSyntax => model.GetOrAddDerived(run, DerivedSlots.RunFactsExecScript, static (_, r) =>
                r.Command is ExecFormSyntax exec && exec.Values.Count > 0 ? ShellScript.Parse(string.Join(" ", exec.Values)) : null),
            _ => null,
        };
    }

    /// <summary>The source span of a piece of the script (a command or a word); the whole command form when it cannot be mapped.</summary>
    public static TextSpan Map(RunInstructionSyntax run, int start, int length) =>
        run.Command is ShellFormSyntax shell && ShellFormMap.Map(shell, start, length) is { Length: > 0 } span
            ? span
            : run.Command?.Span ?? run.Span;

    /// <summary>The span of a command.</summary>
    public static TextSpan Map(RunInstructionSyntax run, ShellCommand command) => Map(run, command.Start, command.Length);

    /// <summary>The span of a command's name (its first non-assignment word).</summary>
    public static TextSpan MapName(RunInstructionSyntax run, ShellCommand command)
    {
        var word = command.Words.Skip(command.EnvironmentAssignments.Count).FirstOrDefault();
        return word.Text is null ? Map(run, command) : Map(run, word.Start, word.Length);
    }

    /// <summary>The span of the first word of a command whose value satisfies a predicate, or the command's span.</summary>
    public static TextSpan MapWord(RunInstructionSyntax run, ShellCommand command, Func<string, bool> predicate)
    {
        foreach (var word in command.Words.Skip(command.EnvironmentAssignments.Count + 1))
        {
            if (predicate(word.Value))
            {
                return Map(run, word.Start, word.Length);
            }
        }

        return Map(run, command);
    }


    /// <summary>hadolint's <c>cmdHasArgs</c>: the command is <paramref name="name"/> and one of its arguments is one of <paramref name="arguments"/>.</summary>
    public static bool HasArgs(ShellCommand command, string name, params ReadOnlySpan<string> arguments)
    {
        if (command.Name != name)
        {
            return false;
        }

        var args = command.Arguments;
        for (int i = 0; i < args.Count; i++)
        {
            if (CommandArgs.Contains(arguments, args[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether any of the flags (<c>y</c>, <c>assumeyes</c>, ...) is present.</summary>
    public static bool HasAnyFlag(ShellCommand command, params ReadOnlySpan<string> flags)
    {
        foreach (string flag in flags)
        {
            if (command.HasFlag(flag))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The arguments that are not flags (option values given as separate words included), hadolint's <c>getArgsNoFlags</c>.</summary>
    public static IEnumerable<string> ArgsNoFlags(ShellCommand command) =>
        command.Arguments.Where(a => !(a.Length > 1 && a[0] == '-'));

    /// <summary>The arguments that are not flags, with their words (for spans).</summary>
    public static IEnumerable<ShellWord> WordsNoFlags(ShellCommand command) =>
        command.Words.Skip(command.EnvironmentAssignments.Count + 1).Where(w => !(w.Value.Length > 1 && w.Value[0] == '-'));

    /// <summary>Whether the RUN has a <c>--mount=type=cache</c> or <c>type=tmpfs</c> whose target contains <paramref name="fragment"/>.</summary>
    public static bool HasCacheOrTmpfsMount(RunInstructionSyntax run, string fragment)
    {
        if (!RunMountFacts.HasMount(run))
        {
            return false;
        }

        foreach (var flag in run.Flags)
        {
            if (flag.Name != "mount" || flag.Value is null)
            {
                continue;
            }

            string type = "bind";
            string target = string.Empty;
            foreach (string part in flag.Value.ValueText.Split(','))
            {
                int eq = part.IndexOf('=');
                string key = eq < 0 ? part : part.Substring(0, eq);
                string value = eq < 0 ? string.Empty : part.Substring(eq + 1);
                switch (key.Trim().ToLowerInvariant())
                {
                    case "type":
                        type = value.Trim();
                        break;
                    case "target":
                    case "dst":
                    case "destination":
                        target = value.Trim();
                        break;
                }
            }

            if ((type == "cache" || type == "tmpfs") && target.IndexOf(fragment, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The RUN instructions of a stage in order (not ONBUILD ones).</summary>
    public static IEnumerable<RunInstructionSyntax> Runs(DockerfileStage stage) => stage.Instructions.OfType<RunInstructionSyntax>();

    /// <summary>The instruction itself, or the instruction an ONBUILD wraps.</summary>
    public static InstructionSyntax Unwrap(InstructionSyntax instruction) =>
        instruction is OnbuildInstructionSyntax { Instruction: { } inner } ? inner : instruction;

    /// <summary>From the keyword to the end of the last argument (heredoc bodies and the line break excluded).</summary>
    public static TextSpan InstructionSpan(InstructionSyntax instruction) =>
        TextSpan.FromBounds(instruction.Keyword.Span.Start, Math.Max(instruction.Keyword.Span.End, SourceCopy.ContentEnd(instruction)));

    /// <summary>The truthy values hadolint accepts for <c>PIP_NO_CACHE_DIR</c>.</summary>
    public static readonly HashSet<string> Truthy = new(StringComparer.Ordinal) { "1", "true", "True", "TRUE", "on", "On", "ON", "yes", "Yes", "YES" };

    /// <summary>A command's text on one line, shortened to about 60 characters.</summary>
    public static string Describe(ShellScript script, ShellCommand command)
    {
        string text = SourceCopy.Fold(script.Text.Substring(command.Start, command.Length));
        return text.Length <= 60 ? text : text.Substring(0, 57).TrimEnd() + "...";
    }

    /// <summary>The 1-based line of a position.</summary>
    public static int Line(DockerfileSyntaxTree tree, int position) => tree.GetText().Lines.GetLinePosition(position).Line + 1;

    /// <summary>
    /// hadolint's "clean after install" check: the first command matching <paramref name="isInstall"/>, when no
    /// command matching <paramref name="isClean"/> comes after the first install; otherwise <see langword="null"/>.
    /// </summary>
    public static ShellCommand? InstallWithoutLaterClean(ShellScript script, Func<ShellCommand, bool> isInstall, Func<ShellCommand, bool> isClean)
    {
        int install = -1;
        int clean = -1;
        for (int i = 0; i < script.Commands.Count; i++)
        {
            if (install < 0 && isInstall(script.Commands[i]))
            {
                install = i;
            }

            if (clean < 0 && isClean(script.Commands[i]))
            {
                clean = i;
            }
        }

        return install >= 0 && !(clean > install) ? script.Commands[install] : null;
    }

    /// <summary>Whether a command is <c>rm</c> of a path starting with one of the prefixes.</summary>
    public static bool RemovesPath(ShellCommand command, params ReadOnlySpan<string> prefixes)
    {
        if (command.Name != "rm")
        {
            return false;
        }

        var args = command.Arguments;
        for (int i = 0; i < args.Count; i++)
        {
            string a = args[i];
            if (a.Length > 1 && a[0] == '-')
            {
                continue;
            }

            foreach (string prefix in prefixes)
            {
                if (a.StartsWith(prefix, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// The names of the ARGs and ENVs declared before an instruction, as hadolint's DL3033 and DL3041 see them: the
    /// ARGs of the whole file up to the instruction (with or without a default, in any stage), and the ENVs in force
    /// in its stage, those of the stages it is built <c>FROM</c> included.
    /// </summary>
    public static HashSet<string> DeclaredVariables(DockerfileSemanticModel model, InstructionSyntax instruction)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var top = instruction.ParentOnbuild ?? instruction;
        var stage = model.GetStage(top);
        foreach (var candidate in model.Tree.GetRoot().Instructions)
        {
            if (candidate == top)
            {
                break;
            }

            if (candidate is ArgInstructionSyntax arg)
            {
                names.UnionWith(arg.Declarations.Select(d => d.Name));
            }
            else if (candidate is EnvInstructionSyntax env && model.GetStage(candidate) == stage)
            {
                names.UnionWith(env.Pairs.Select(p => p.Key.ValueText));
            }
        }

        // ENV inherited through FROM <stage> (hadolint copies the base stage's ENV names into the new stage).
        names.UnionWith(model.GetEnvironment(top).Keys);
        return names;
    }

    /// <summary>hadolint's check that an rpm package argument (yum, dnf) carries a version: <c>name-1.2</c>, a <c>.rpm</c> file, or a declared variable.</summary>
    public static bool RpmVersionFixed(string package, HashSet<string> declared)
    {
        string[] parts = package.Split('-');
        if (parts.Length <= 1)
        {
            return false;
        }

        if (package.EndsWith(".rpm", StringComparison.Ordinal))
        {
            return true;
        }

        if (package.IndexOf('$') >= 0)
        {
            return declared.Any(v => ReferencesVariable(package, v));
        }

        var rest = parts.Skip(1).ToList();
        return rest.All(p => p.All(c => (c < 0x80 && char.IsLetterOrDigit(c)) || ".~^_:+".IndexOf(c) >= 0))
            && rest.Any(p => p.Length > 0 && char.IsDigit(p[0]));
    }

    /// <summary>
    /// Whether <paramref name="text"/> holds <c>${name}</c> or <c>$name</c> (not followed by another name character):
    /// hadolint renders both spellings as <c>${name}</c> before it looks for the variable.
    /// </summary>
    internal static bool ReferencesVariable(string text, string name)
    {
        if (name.Length == 0)
        {
            return false;
        }

        if (text.IndexOf("${" + name + "}", StringComparison.Ordinal) >= 0)
        {
            return true;
        }

        string plain = "$" + name;
        for (int at = text.IndexOf(plain, StringComparison.Ordinal); at >= 0; at = text.IndexOf(plain, at + 1, StringComparison.Ordinal))
        {
            int after = at + plain.Length;
            if (after == text.Length || !(text[after] == '_' || (text[after] < 0x80 && char.IsLetterOrDigit(text[after]))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Formats names as <c>`a`, `b` and `c`</c>.</summary>
    public static string Names(IEnumerable<string> names) => MessageText.List(names.Distinct().Select(n => "`" + n + "`"));

    private static readonly Dictionary<string, string> s_noEnvironment = new(StringComparer.Ordinal);

    /// <summary>The value of a word with its quotes and escapes removed, as BuildKit reads it; variables are left as written.</summary>
    public static string Unquote(DockerfileSyntaxTree tree, WordSyntax? word)
    {
        if (word is null)
        {
            return string.Empty;
        }

        string text = word.ValueText;
        if (text.IndexOfAny(new[] { '"', '\'', tree.EscapeCharacter }) < 0)
        {
            return text;
        }

        var result = new ShellWordProcessor(tree.EscapeCharacter) { SkipUnsetEnv = true }.ProcessWord(text, s_noEnvironment);
        return result.Succeeded ? result.Value : text.Trim('"', '\'');
    }
}
