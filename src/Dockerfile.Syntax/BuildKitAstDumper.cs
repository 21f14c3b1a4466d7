using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace Dockerfile.Syntax;

/// <summary>
/// Lowers a tree to BuildKit's parser AST dump (the format of BuildKit's <c>Node.Dump()</c> and of
/// its parser golden files): one <c>(instruction ["flags"] "arg" ...)</c> line per instruction.
/// </summary>
public static class BuildKitAstDumper
{
    /// <summary>The dump of the whole file, ending with one line break (empty for a file with no instructions).</summary>
    public static string Dump(DockerfileSyntaxTree tree)
    {
        var root = tree.GetRoot();
        var builder = new StringBuilder();
        foreach (var instruction in root.Instructions)
        {
            builder.Append('(').Append(DumpInstruction(instruction, tree.EscapeCharacter)).Append(")\n");
        }

        string dump = builder.ToString().Trim();
        return dump.Length == 0 ? string.Empty : dump + "\n";
    }

    /// <summary>The dump of one instruction, without the surrounding parentheses.</summary>
    public static string DumpInstruction(InstructionSyntax instruction, char escapeCharacter = '\\')
    {
        var builder = new StringBuilder();
        builder.Append(instruction.InstructionName.ToLowerInvariant());
        var flags = instruction.Flags.Select(f => SyntaxFacts.ConcatValues(f)).Where(f => f != "--").Select(f => CookFlag(f, escapeCharacter)).ToList();
        if (flags.Count > 0)
        {
            builder.Append(" [").Append(string.Join(" ", flags.Select(Quote))).Append(']');
        }

        if (instruction is OnbuildInstructionSyntax onbuild)
        {
            if (onbuild.Instruction is { } inner)
            {
                builder.Append(" (").Append(DumpInstruction(inner, escapeCharacter)).Append(')');
            }

            return builder.ToString().Trim();
        }

        foreach (var argument in Arguments(instruction))
        {
            builder.Append(' ').Append(Quote(argument));
        }

        return builder.ToString().Trim();
    }

    private static IEnumerable<string> Arguments(InstructionSyntax instruction)
    {
        switch (instruction)
        {
            case FromInstructionSyntax:
            case ExposeInstructionSyntax:
                foreach (var child in instruction.ChildNodesAndTokens().Skip(1))
                {
                    if (child.AsNode() is WordSyntax word)
                    {
                        yield return word.ValueText;
                    }
                    else if (child.Kind == SyntaxKind.KeywordToken)
                    {
                        yield return child.AsToken().ValueText;
                    }
                }

                break;

            case EnvInstructionSyntax:
            case LabelInstructionSyntax:
                foreach (var pair in instruction.ChildNodes().OfType<KeyValuePairSyntax>())
                {
                    yield return pair.Key.ValueText;
                    yield return pair.Value?.ValueText ?? string.Empty;
                    yield return pair.IsLegacyForm ? string.Empty : "=";
                }

                break;

            case ArgInstructionSyntax arg:
                foreach (var declaration in arg.Declarations)
                {
                    yield return SyntaxFacts.ConcatValues(declaration);
                }

                break;

            case HealthcheckInstructionSyntax health:
                if (health.TypeKeyword.Kind != SyntaxKind.None)
                {
                    yield return health.TypeKeyword.ValueText;
                    foreach (var value in CommandValues(health.Command))
                    {
                        yield return value;
                    }
                }

                break;

            case RunInstructionSyntax:
            case CmdInstructionSyntax:
            case EntrypointInstructionSyntax:
            case ShellInstructionSyntax:
                foreach (var value in CommandValues(instruction.ChildNodes().OfType<CommandFormSyntax>().FirstOrDefault()))
                {
                    yield return value;
                }

                break;

            case CopyInstructionSyntax:
            case AddInstructionSyntax:
            case VolumeInstructionSyntax:
                if (instruction.ChildNodes().OfType<ExecFormSyntax>().FirstOrDefault() is { } exec)
                {
                    foreach (var value in exec.Values)
                    {
                        yield return value;
                    }
                }
                else
                {
                    foreach (var word in instruction.ChildNodes().OfType<WordSyntax>())
                    {
                        yield return word.ValueText;
                    }
                }

                break;

            case UserInstructionSyntax:
            case WorkdirInstructionSyntax:
            case StopsignalInstructionSyntax:
                if (instruction.ChildNodes().OfType<WordSyntax>().FirstOrDefault() is { } single)
                {
                    yield return single.ValueText;
                }

                break;

            case MaintainerInstructionSyntax maintainer:
                if (maintainer.Text is { } text)
                {
                    yield return text.Text;
                }

                break;

            default:
                yield return string.Empty;
                break;
        }
    }

    private static IEnumerable<string> CommandValues(CommandFormSyntax? command) => command switch
    {
        ExecFormSyntax exec => exec.Values,
        ShellFormSyntax shell => new[] { shell.CommandText },
        _ => Enumerable.Empty<string>(),
    };

    /// <summary>A flag as BuildKit records it: quotes removed, escapes applied.</summary>
    internal static string CookFlag(string raw, char escape)
    {
        var builder = new StringBuilder();
        char quote = '\0';
        for (int i = 0; i < raw.Length; i++)
        {
            char c = raw[i];
            if (quote == '\0' && (c == '\'' || c == '"'))
            {
                quote = c;
                continue;
            }

            if (quote != '\0' && c == quote)
            {
                quote = '\0';
                continue;
            }

            if (c == escape)
            {
                if (i + 1 == raw.Length)
                {
                    continue;
                }

                c = raw[++i];
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>Go's <c>strconv.Quote</c>.</summary>
    internal static string Quote(string value)
    {
        var builder = new StringBuilder(value.Length + 2);
        builder.Append('"');
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            switch (c)
            {
                case '"': builder.Append("\\\""); continue;
                case '\\': builder.Append("\\\\"); continue;
                case '\a': builder.Append("\\a"); continue;
                case '\b': builder.Append("\\b"); continue;
                case '\f': builder.Append("\\f"); continue;
                case '\n': builder.Append("\\n"); continue;
                case '\r': builder.Append("\\r"); continue;
                case '\t': builder.Append("\\t"); continue;
                case '\v': builder.Append("\\v"); continue;
            }

            if (c < 0x20 || c == 0x7F)
            {
                builder.Append("\\x").Append(((int)c).ToString("x2", CultureInfo.InvariantCulture));
                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                int codePoint = char.ConvertToUtf32(c, value[i + 1]);
                var category = CharUnicodeInfo.GetUnicodeCategory(value, i);
                if (IsPrintable(category))
                {
                    builder.Append(c).Append(value[i + 1]);
                }
                else
                {
                    builder.Append("\\U").Append(codePoint.ToString("x8", CultureInfo.InvariantCulture));
                }

                i++;
                continue;
            }

            if (c == ' ' || (c < 0x7F) || IsPrintable(CharUnicodeInfo.GetUnicodeCategory(c)))
            {
                builder.Append(c);
            }
            else if (char.IsSurrogate(c))
            {
                builder.Append("\\ufffd");
            }
            else
            {
                builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }
        }

        return builder.Append('"').ToString();
    }

    private static bool IsPrintable(UnicodeCategory category) => category switch
    {
        UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse
            or UnicodeCategory.OtherNotAssigned or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
            or UnicodeCategory.SpaceSeparator => false,
        _ => true,
    };
}
