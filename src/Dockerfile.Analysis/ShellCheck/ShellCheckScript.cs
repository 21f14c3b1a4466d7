using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using Dockerfile.Analysis.Semantics;
using Dockerfile.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Dockerfile.Analysis.ShellCheck;

/// <summary>
/// The script one RUN gives its shell, as BuildKit builds it, with the source position of every character: the shell
/// form with its continuations joined (the escape character and the line break removed), a heredoc body when the RUN
/// line is only the heredoc, the command line followed by its heredocs otherwise, and the script after <c>-c</c> of an
/// exec form that runs a shell. A position inside a finding maps back to the Dockerfile text through the map.
/// </summary>
internal sealed class ShellCheckScript
{
    // "<<EOF", "<<-EOF", "<< 'EOF'" alone on the RUN line: BuildKit runs the body itself as the script.
    private static readonly Regex HeredocOnly = new(@"^\s*<<-?\s*(?:""[^""]*""|'[^']*'|[^\s""'<>|&;]+)\s*$", RegexOptions.CultureInvariant);
    private static readonly Regex Shebang = new(@"^#!\s*(\S+)(?:[ \t]+(\S+))?", RegexOptions.CultureInvariant);
    private static readonly Regex Identifier = new(@"^[A-Za-z_][A-Za-z0-9_]*$", RegexOptions.CultureInvariant);

    private readonly int[] _starts;
    private readonly int[] _ends;
    private int[]? _lineStarts;

    private ShellCheckScript(InstructionSyntax instruction, string text, int[] starts, int[] ends, string dialect, IReadOnlyList<string> variables)
    {
        Instruction = instruction;
        Text = text;
        _starts = starts;
        _ends = ends;
        Dialect = dialect;
        Variables = variables;
    }

    /// <summary>Gets the RUN (or the ONBUILD that wraps it).</summary>
    public InstructionSyntax Instruction { get; }

    /// <summary>Gets the script text.</summary>
    public string Text { get; }

    /// <summary>Gets ShellCheck's dialect for it: <c>sh</c>, <c>bash</c>, <c>dash</c> or <c>ksh</c>.</summary>
    public string Dialect { get; }

    /// <summary>Gets the ARG and ENV names in scope (and the predefined proxy ARGs), declared to ShellCheck as assigned.</summary>
    public IReadOnlyList<string> Variables { get; }

    /// <summary>The number of lines written before the script in the file given to shellcheck.</summary>
    public const int PreludeLines = 2;

    /// <summary>The text of the file given to shellcheck: the dialect directive, one line exporting the variables, then the script.</summary>
    public string FileText()
    {
        var builder = new StringBuilder();
        builder.Append("# shellcheck shell=").Append(Dialect).Append('\n');
        if (Variables.Count > 0)
        {
            builder.Append("export");
            foreach (string name in Variables)
            {
                builder.Append(' ').Append(name).Append("=1");
            }
        }

        builder.Append('\n').Append(Text);
        if (Text.Length == 0 || Text[Text.Length - 1] != '\n')
        {
            builder.Append('\n');
        }

        return builder.ToString();
    }

    /// <summary>
    /// Maps a range of the file given to shellcheck (1-based lines and columns, the end exclusive) to the Dockerfile;
    /// null when it lies in the lines written before the script.
    /// </summary>
    public TextSpan? Map(int line, int column, int endLine, int endColumn)
    {
        if (line <= PreludeLines)
        {
            return null;
        }

        if (Text.Length == 0)
        {
            return new TextSpan(Instruction.Keyword.Span.Start, Instruction.Keyword.Span.Length);
        }

        int start = Offset(line - PreludeLines, column);
        int end = endLine <= PreludeLines ? start + 1 : Offset(endLine - PreludeLines, endColumn);
        start = Math.Min(start, Text.Length - 1);
        end = Math.Max(Math.Min(end, Text.Length), start + 1);
        int sourceStart = _starts[start];
        int sourceEnd = Math.Max(_ends[end - 1], sourceStart);
        return TextSpan.FromBounds(sourceStart, sourceEnd);
    }

    // Offset of a 1-based line and column of the script; columns past the line's end stop at its line break.
    private int Offset(int line, int column)
    {
        var starts = _lineStarts ??= LineStarts(Text);
        if (line > starts.Length)
        {
            return Text.Length;
        }

        int lineStart = starts[line - 1];
        int lineEnd = line < starts.Length ? starts[line] - 1 : Text.Length;
        return Math.Min(lineStart + Math.Max(column - 1, 0), Math.Max(lineEnd, lineStart));
    }

    private static int[] LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }

        return starts.ToArray();
    }

    /// <summary>Gets the scripts of every RUN (top level, before the first FROM, and wrapped by ONBUILD) run by a shell ShellCheck knows.</summary>
    public static List<ShellCheckScript> Collect(DockerfileSemanticModel model)
    {
        var scripts = new List<ShellCheckScript>();
        foreach (var instruction in model.GlobalInstructions.Concat(model.Stages.SelectMany(s => s.Instructions)))
        {
            var run = instruction as RunInstructionSyntax ?? (instruction as OnbuildInstructionSyntax)?.Instruction as RunInstructionSyntax;
            if (run != null && Create(model, instruction, run) is { } script)
            {
                scripts.Add(script);
            }
        }

        return scripts;
    }

    /// <summary>The script of one RUN; null when it has none, or its shell is not one ShellCheck checks (PowerShell, cmd, zsh, another interpreter).</summary>
    private static ShellCheckScript? Create(DockerfileSemanticModel model, InstructionSyntax topLevel, RunInstructionSyntax run)
    {
        var builder = new Builder();
        string? dialect;
        switch (run.Command)
        {
            case ShellFormSyntax shell:
            {
                var runShell = model.GetShell(topLevel);
                dialect = PragmaShell(model, topLevel) is { } pragma
                    ? DialectOf(new[] { pragma })
                    : runShell.SequenceEqual(DockerfileSemanticModel.DefaultShell) && Dockerfile.Analysis.Rules.Support.WindowsStages.IsOnWindows(model, topLevel) ? null : DialectOf(runShell);
                var heredocs = run.Heredocs.ToList();
                if (heredocs.Count > 0 && HeredocOnly.IsMatch(shell.CommandText))
                {
                    // BuildKit runs the body: with its shebang's interpreter when it has one, else with the shell.
                    var body = heredocs[0];
                    string content = body.Content;
                    if (content.StartsWith("#!", StringComparison.Ordinal))
                    {
                        var match = Shebang.Match(content);
                        dialect = match.Success ? DialectOf(match.Groups[2].Success ? new[] { match.Groups[1].Value, match.Groups[2].Value } : new[] { match.Groups[1].Value }) : null;
                    }

                    builder.AddLinear(content, body.BodyToken.Span.Start);
                }
                else
                {
                    foreach (var token in shell.Segments)
                    {
                        builder.AddToken(token);
                    }

                    // As BuildKit reconstitutes it: the command line, then each body followed by its terminator.
                    foreach (var heredoc in heredocs)
                    {
                        builder.Add('\n', shell.Span.End, shell.Span.End);
                        builder.AddLinear(heredoc.Content, heredoc.BodyToken.Span.Start);
                        var terminator = heredoc.TerminatorToken;
                        builder.AddSpan(heredoc.Name, terminator.IsMissing ? heredoc.Span : terminator.Span);
                    }
                }

                break;
            }

            case ExecFormSyntax exec:
            {
                var elements = exec.Elements.ToList();
                var values = elements.Select(e => e.ValueText).ToList();
                int script = ScriptIndex(values);
                dialect = script < 0 ? null : DialectOf(values.Take(script).ToList());
                if (dialect is null)
                {
                    return null;
                }

                builder.AddJsonString(elements[script]);
                break;
            }

            default:
                return null;
        }

        if (dialect is null || builder.Length == 0 || builder.IsBlank)
        {
            return null;
        }

        var names = new SortedSet<string>(StringComparer.Ordinal);
        foreach (string name in model.GetArguments(topLevel).Keys.Concat(model.GetEnvironment(topLevel).Keys).Concat(DockerfileSemanticModel.ProxyArguments))
        {
            if (Identifier.IsMatch(name))
            {
                names.Add(name);
            }
        }

        var (text, starts, ends) = builder.Build();
        return new ShellCheckScript(topLevel, text, starts, ends, dialect, names.ToList());
    }

    /// <summary>The index of the script in an exec form that runs a shell: the element after the first <c>-c</c> (or a flag group ending in it, <c>-ec</c>); -1 when there is none.</summary>
    private static int ScriptIndex(IReadOnlyList<string> values)
    {
        for (int i = 1; i + 1 < values.Count; i++)
        {
            string v = values[i];
            if (v.Length >= 2 && v[0] == '-' && v[1] != '-' && v[v.Length - 1] == 'c' && v.Skip(1).All(char.IsLetter))
            {
                return i + 1;
            }
        }

        return -1;
    }

    private static readonly System.Text.RegularExpressions.Regex s_shellPragma =
        new(@"^#\s*hadolint[ \t]+shell[ \t]*=[ \t]*([^\s#]+)[ \t]*(#.*)?$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>
    /// The shell a <c># hadolint shell=NAME</c> comment names for a RUN, as hadolint reads it: the last such comment of
    /// the RUN's stage above it, unless a SHELL instruction comes after it; one before the first FROM is every stage's
    /// default. <see langword="null"/> when none applies.
    /// </summary>
    internal static string? PragmaShell(DockerfileSemanticModel model, InstructionSyntax topLevel)
    {
        string? fileDefault = null;
        string? current = null;
        bool seenFrom = false;
        foreach (var instruction in model.Tree.GetRoot().Instructions)
        {
            foreach (var trivia in instruction.GetFirstToken().LeadingTrivia)
            {
                if (trivia.Kind == SyntaxKind.CommentTrivia && s_shellPragma.Match(trivia.Text.Trim()) is { Success: true } match)
                {
                    current = match.Groups[1].Value;
                    if (!seenFrom)
                    {
                        fileDefault = current;
                    }
                }
            }

            if (instruction == topLevel)
            {
                return current;
            }

            if (instruction is FromInstructionSyntax)
            {
                seenFrom = true;
                current = fileDefault;
            }
            else if (instruction is ShellInstructionSyntax)
            {
                current = null;
            }
        }

        return null;
    }

    /// <summary>ShellCheck's dialect for a shell command line (SHELL's array, or an exec form's words before the script); null for a shell it does not check.</summary>
    internal static string? DialectOf(IReadOnlyList<string> shell)
    {
        if (shell.Count == 0)
        {
            return null;
        }

        string name = BaseName(shell[0]);
        if (name == "env" && shell.Count > 1)
        {
            name = BaseName(shell.Skip(1).FirstOrDefault(a => !a.StartsWith("-", StringComparison.Ordinal)) ?? string.Empty);
        }

        return name switch
        {
            "sh" => "sh",
            "bash" => "bash",
            "dash" or "ash" => "dash",
            "ksh" or "ksh93" or "mksh" or "pdksh" => "ksh",
            _ => null, // PowerShell (pwsh, powershell), cmd, zsh, fish, python...: not a shell ShellCheck checks
        };
    }

    private static string BaseName(string program)
    {
        string name = program.Replace('\\', '/');
        name = name.Substring(name.LastIndexOf('/') + 1).ToLowerInvariant();
        return name.EndsWith(".exe", StringComparison.Ordinal) ? name.Substring(0, name.Length - 4) : name;
    }

    /// <summary>Builds a script and its map, character by character.</summary>
    private sealed class Builder
    {
        private readonly StringBuilder _text = new();
        private readonly List<int> _starts = new();
        private readonly List<int> _ends = new();

        public int Length => _text.Length;

        public bool IsBlank
        {
            get
            {
                for (int i = 0; i < _text.Length; i++)
                {
                    if (!char.IsWhiteSpace(_text[i]))
                    {
                        return false;
                    }
                }

                return true;
            }
        }

        public void Add(char c, int start, int end)
        {
            _text.Append(c);
            _starts.Add(start);
            _ends.Add(end);
        }

        /// <summary>Text that stands in the source as it is, from a position (a carriage return before a line break is left out).</summary>
        public void AddLinear(string text, int sourceStart)
        {
            for (int i = 0; i < text.Length; i++)
            {
                if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    continue;
                }

                Add(text[i], sourceStart + i, sourceStart + i + 1);
            }
        }

        /// <summary>Text whose characters all map to a whole span.</summary>
        public void AddSpan(string text, TextSpan span)
        {
            foreach (char c in text)
            {
                Add(c, span.Start, span.End);
            }
        }

        /// <summary>A shell-form segment: its value stands in the source as it is when the lengths agree.</summary>
        public void AddToken(SyntaxToken token)
        {
            string value = token.ValueText;
            if (token.Span.Length == value.Length)
            {
                AddLinear(value, token.Span.Start);
            }
            else
            {
                AddSpan(value, token.Span);
            }
        }

        /// <summary>An exec-form JSON string: each character maps to its source character, an escape sequence to the whole sequence.</summary>
        public void AddJsonString(SyntaxToken token)
        {
            string raw = token.Text;
            string value = token.ValueText;
            int mark = _text.Length;
            if (raw.Length >= 2 && raw[0] == '"' && raw[raw.Length - 1] == '"' && TryDecode(raw, token.Span.Start))
            {
                if (_text.ToString(mark, _text.Length - mark) == value)
                {
                    return;
                }
            }

            // Not the plain JSON string we expected (a continuation inside it): the whole element, for every character.
            _text.Length = mark;
            _starts.RemoveRange(mark, _starts.Count - mark);
            _ends.RemoveRange(mark, _ends.Count - mark);
            AddSpan(value, token.Span);
        }

        private bool TryDecode(string raw, int start)
        {
            for (int i = 1; i < raw.Length - 1; i++)
            {
                char c = raw[i];
                if (c != '\\')
                {
                    Add(c, start + i, start + i + 1);
                    continue;
                }

                if (i + 1 >= raw.Length - 1)
                {
                    return false;
                }

                char e = raw[i + 1];
                char decoded;
                int length = 2;
                switch (e)
                {
                    case '"': decoded = '"'; break;
                    case '\\': decoded = '\\'; break;
                    case '/': decoded = '/'; break;
                    case 'b': decoded = '\b'; break;
                    case 'f': decoded = '\f'; break;
                    case 'n': decoded = '\n'; break;
                    case 'r': decoded = '\r'; break;
                    case 't': decoded = '\t'; break;
                    case 'u':
                        if (i + 6 > raw.Length - 1 || !int.TryParse(raw.Substring(i + 2, 4), System.Globalization.NumberStyles.AllowHexSpecifier, System.Globalization.CultureInfo.InvariantCulture, out int code))
                        {
                            return false;
                        }

                        decoded = (char)code;
                        length = 6;
                        break;
                    default:
                        return false;
                }

                Add(decoded, start + i, start + i + length);
                i += length - 1;
            }

            return true;
        }

        public (string Text, int[] Starts, int[] Ends) Build() => (_text.ToString(), _starts.ToArray(), _ends.ToArray());
    }
}
