using System;
using System.Collections.Generic;
using System.Linq;
using Dockerfile.Syntax;
using Dockerfile.Syntax.InternalSyntax;
using Microsoft.CodeAnalysis.Text;

namespace Dockerfile.Analysis.Configuration;

/// <summary>
/// The suppressions written in a Dockerfile:
/// <list type="bullet">
/// <item><c># dfa ignore=ID[,ID] [reason]</c> on the comment lines directly before an instruction (no blank line
/// between) suppresses those rules on that instruction; <c># hadolint ignore=ID[,ID]</c> does so on the comment line
/// right above it, as hadolint reads it;</item>
/// <item><c># dfa stage ignore=...</c> and <c># hadolint stage ignore=...</c> there suppress them from that
/// instruction to the end of its stage (the whole stage when the instruction is its FROM);</item>
/// <item><c># dfa global ignore=...</c> and <c># hadolint global ignore=...</c> on any comment line between
/// instructions suppress them in the whole file;</item>
/// <item>BuildKit's <c># check=skip=Name,...;error=true</c> parser directive applies to the file (<c>skip=all</c>
/// skips every rule with a BuildKit equivalent; <c>error=true</c> makes their warnings errors); as a comment
/// directly before an instruction, its <c>skip</c> list applies to that instruction (to the whole stage before a FROM).</item>
/// </list>
/// Ids are ours, hadolint's or BuildKit check names; <see cref="DiagnosticFilter"/> maps them through the equivalents.
/// A <c>hadolint</c> comment is read with hadolint's grammar: the word <c>hadolint</c> in lower case, blanks allowed
/// around <c>=</c> and the commas, rule names made of <c>D</c>, <c>L</c>, <c>S</c>, <c>C</c> and digits, and nothing after
/// the list but blanks or a <c>#</c> comment; any other text makes the whole comment an ordinary comment, which ignores
/// nothing. A <c>dfa</c> comment takes any of our, hadolint's or BuildKit's ids and a free reason after the list.
/// </summary>
internal sealed class InlineSuppressions
{
    private static readonly List<string> NoIds = new();

    private InlineSuppressions(List<string> global, List<(TextSpan Span, string[] Ids)> local, List<string> checkSkip, bool checkError, List<string> checkExperimental)
    {
        Global = global;
        Local = local;
        CheckSkip = checkSkip;
        CheckError = checkError;
        CheckExperimental = checkExperimental;
    }

    /// <summary>Gets the ids suppressed in the whole file.</summary>
    public IReadOnlyList<string> Global { get; }

    /// <summary>Gets the ids suppressed on a span (an instruction or a stage).</summary>
    public IReadOnlyList<(TextSpan Span, string[] Ids)> Local { get; }

    /// <summary>Gets the BuildKit checks skipped by the <c>check</c> directive (<c>all</c> for every check).</summary>
    public IReadOnlyList<string> CheckSkip { get; }

    /// <summary>Gets a value indicating whether the <c>check</c> directive says <c>error=true</c>.</summary>
    public bool CheckError { get; }

    /// <summary>Gets the experimental BuildKit checks the <c>check</c> directive turns on (<c>all</c> for every one).</summary>
    public IReadOnlyList<string> CheckExperimental { get; }

    /// <summary>Whether the <c>check</c> directive turns on the rule of a descriptor (its BuildKit equivalent is experimental and named, or <c>experimental=all</c>).</summary>
    /// <param name="descriptor">The rule's descriptor.</param>
    /// <returns>Whether it is turned on.</returns>
    public bool TurnsOn(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor)
    {
        if (CheckExperimental.Count == 0 || RuleCatalog.Find(descriptor.Id) is not { } rule)
        {
            return false;
        }

        foreach (string name in rule.BuildKitEquivalents)
        {
            if (RuleCatalog.IsBuildKitExperimental(name) && CheckExperimental.Any(e => e.Equals("all", StringComparison.OrdinalIgnoreCase) || e.Equals(name, StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A copy whose <c>check</c> directive settings are <paramref name="value"/> (<c>skip=A,B;error=true;experimental=C</c>)
    /// instead of the file's, as BuildKit applies its <c>BUILDKIT_DOCKERFILE_CHECK</c> build argument; the comment
    /// suppressions are kept.
    /// </summary>
    /// <param name="value">The settings, in the directive's syntax.</param>
    /// <returns>The copy.</returns>
    public InlineSuppressions WithCheckSettings(string value)
    {
        var skip = new List<string>();
        var experimental = new List<string>();
        bool error = false;
        ParseCheck(value, skip, ref error, experimental);
        return new InlineSuppressions((List<string>)Global, (List<(TextSpan, string[])>)Local, skip, error, experimental);
    }

#if NET8_0_OR_GREATER
    private static readonly System.Buffers.SearchValues<string> s_markers = System.Buffers.SearchValues.Create(["ignore", "check="], StringComparison.OrdinalIgnoreCase);

#endif
    /// <summary>Reads the suppressions of a tree, looking only at the trivia between top-level instructions.</summary>
    /// <param name="tree">The tree.</param>
    /// <returns>The suppressions.</returns>
    public static InlineSuppressions Read(DockerfileSyntaxTree tree)
    {
        var global = new List<string>();
        var local = new List<(TextSpan, string[])>();
        var checkSkip = new List<string>();
        var checkExperimental = new List<string>();
        bool checkError = false;
        var root = tree.GetRoot();
        var green = root.Green;
        int position = root.Position;
        int stageStart = -1;
        var pendingStage = new List<string>();
        var openStageIgnores = new List<(int Start, string[] Ids)>();

        // A suppression comment holds "ignore" (dfa, hadolint) or starts with "check=": without either in the text
        // (most files), only the parser directives are read.
        string text = tree.GetFullString();
#if NET8_0_OR_GREATER
        // One vectorized pass for both words (an editor asks on every keystroke; the culture-free ignore-case
        // IndexOf reads a character at a time).
        bool mayHaveComments = text.AsSpan().IndexOfAny(s_markers) >= 0;
#else
        bool mayHaveComments = text.IndexOf("ignore", StringComparison.OrdinalIgnoreCase) >= 0 || text.IndexOf("check=", StringComparison.OrdinalIgnoreCase) >= 0;
#endif
        for (int i = 0; i < green.SlotCount; i++)
        {
            var child = green.GetSlot(i);
            if (child.Kind == SyntaxKind.ParserDirective)
            {
                var directive = (ParserDirectiveSyntax)SyntaxNodeFactory.CreateRed(child, null, 0);
                if (directive.Name == "check")
                {
                    ParseCheck(directive.Value, checkSkip, ref checkError, checkExperimental);
                }
            }
            else if (mayHaveComments)
            {
                string leading = LeadingText(child, out int leadingWidth);
                var before = NoIds;
                List<string>? stageIds = null;
                if (leading.Length > 0)
                {
                    before = new List<string>();
                    var (lines, block) = CommentLines(leading);
                    for (int k = 0; k < lines.Count; k++)
                    {
                        bool inBlock = k >= lines.Count - block;
                        bool lastLine = k == lines.Count - 1 && block > 0;
                        if (Parse(lines[k]) is not { } pragma)
                        {
                            continue;
                        }

                        switch (pragma.Scope)
                        {
                            case PragmaScope.Global:
                                global.AddRange(pragma.Ids);
                                break;
                            case PragmaScope.Check when inBlock:
                                before.AddRange(pragma.Ids.Select(id => "check:" + id));
                                break;
                            case PragmaScope.Instruction when pragma.Hadolint ? lastLine : inBlock:
                                before.AddRange(pragma.Ids);
                                break;
                            case PragmaScope.Stage when pragma.Hadolint ? lastLine : inBlock:
                                (stageIds ??= new List<string>()).AddRange(pragma.Ids);
                                break;
                        }
                    }
                }

                int start = position + leadingWidth;
                int end = position + child.FullWidth;
                if (child.Kind == SyntaxKind.FromInstruction)
                {
                    if (stageStart >= 0 && pendingStage.Count > 0)
                    {
                        local.Add((TextSpan.FromBounds(stageStart, position), pendingStage.ToArray()));
                    }

                    stageStart = start;
                    pendingStage = before.Where(id => id.StartsWith("check:", StringComparison.Ordinal)).Select(id => id.Substring(6)).ToList();
                }

                if (stageIds != null && child.Kind != SyntaxKind.EndOfFileToken)
                {
                    // From this instruction to the end of its stage: the span is closed at the next FROM.
                    openStageIgnores.Add((start, stageIds.ToArray()));
                }

                if (child.Kind is SyntaxKind.FromInstruction or SyntaxKind.EndOfFileToken)
                {
                    CloseStageIgnores(openStageIgnores, local, position, keepFrom: child.Kind == SyntaxKind.FromInstruction ? start : -1);
                }

                if (before.Count == 0)
                {
                    position += child.FullWidth;
                    continue;
                }

                var ids = before.Select(id => id.StartsWith("check:", StringComparison.Ordinal) ? id.Substring(6) : id).ToArray();
                if (ids.Length > 0 && child.Kind != SyntaxKind.EndOfFileToken)
                {
                    local.Add((TextSpan.FromBounds(start, Math.Max(start, end)), ids));
                }
            }

            position += child.FullWidth;
        }

        if (stageStart >= 0 && pendingStage.Count > 0)
        {
            local.Add((TextSpan.FromBounds(stageStart, position), pendingStage.ToArray()));
        }

        CloseStageIgnores(openStageIgnores, local, position, keepFrom: -1);
        return new InlineSuppressions(global, local, checkSkip, checkError, checkExperimental);
    }

    private static string LeadingText(GreenNode node, out int width)
    {
        width = 0;
        while (node is GreenInner inner && inner.SlotCount > 0)
        {
            node = inner.GetSlot(0);
        }

        if (node is not GreenToken token || token.Leading.Length == 0)
        {
            return string.Empty;
        }

        width = token.LeadingWidth;
        bool hasComment = false;
        foreach (var trivia in token.Leading)
        {
            hasComment |= trivia.Kind == SyntaxKind.CommentTrivia;
        }

        return hasComment ? string.Concat(token.Leading.Select(t => t.Text)) : string.Empty;
    }

    /// <summary>
    /// Ends the stage suppressions open at a FROM (or the end of the file) at <paramref name="end"/>; one that starts
    /// at <paramref name="keepFrom"/> (the FROM it was written above) stays open for that FROM's stage.
    /// </summary>
    private static void CloseStageIgnores(List<(int Start, string[] Ids)> open, List<(TextSpan, string[])> local, int end, int keepFrom)
    {
        for (int i = open.Count - 1; i >= 0; i--)
        {
            if (open[i].Start == keepFrom)
            {
                continue;
            }

            local.Add((TextSpan.FromBounds(open[i].Start, Math.Max(open[i].Start, end)), open[i].Ids));
            open.RemoveAt(i);
        }
    }

    /// <summary>
    /// Gets the comment lines of an instruction's leading trivia in order, and how many of the last ones form the
    /// block directly above the instruction (no blank line between them and it).
    /// </summary>
    internal static (List<string> Lines, int Block) CommentLines(string leading)
    {
        var lines = leading.Replace("\r\n", "\n").Split('\n');
        var comments = new List<string>();
        int block = 0;

        // The last element is the indentation before the keyword.
        for (int i = 0; i < lines.Length - 1; i++)
        {
            string line = lines[i].Trim();
            if (line.StartsWith("#", StringComparison.Ordinal))
            {
                comments.Add(line);
                block++;
            }
            else
            {
                block = 0;
            }
        }

        return (comments, block);
    }

    /// <summary>Gets the comment lines directly before the instruction, nearest last, stopping at a blank line.</summary>
    internal static IEnumerable<string> CommentsBefore(string leading)
    {
        var (lines, block) = CommentLines(leading);
        return lines.Skip(lines.Count - block);
    }

    /// <summary>Where a suppression comment applies.</summary>
    internal enum PragmaScope
    {
        /// <summary>The next instruction.</summary>
        Instruction,

        /// <summary>The rest of the stage.</summary>
        Stage,

        /// <summary>The whole file.</summary>
        Global,

        /// <summary>A <c># check=skip=</c> comment: BuildKit checks on the next instruction (its stage before a FROM).</summary>
        Check,
    }

    /// <summary>Reads one comment line as a suppression; <see langword="null"/> when it is an ordinary comment.</summary>
    internal static (PragmaScope Scope, List<string> Ids, bool Hadolint)? Parse(string comment)
    {
        string body = comment.Substring(comment.StartsWith("#", StringComparison.Ordinal) ? 1 : 0);
        int at = SkipBlanks(body, 0);
        if (body.Length - at >= 6 && string.Compare(body, at, "check=", 0, 6, StringComparison.OrdinalIgnoreCase) == 0)
        {
            var skip = new List<string>();
            bool ignored = false;
            ParseCheck(body.Substring(at + 6), skip, ref ignored);
            return skip.Count == 0 ? null : (PragmaScope.Check, skip, false);
        }

        string tool = Word(body, ref at);
        bool hadolint = tool == "hadolint";
        if (!hadolint && !tool.Equals("dfa", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var scope = PragmaScope.Instruction;
        int save = at;
        string word = Word(body, ref at);
        if (Is(word, "global", hadolint))
        {
            scope = PragmaScope.Global;
        }
        else if (Is(word, "stage", hadolint))
        {
            scope = PragmaScope.Stage;
        }
        else
        {
            at = save;
        }

        // "ignore", blanks, "=", blanks, then ids separated by commas with blanks around them.
        at = SkipBlanks(body, at);
        if (body.Length - at < 6 || string.Compare(body, at, "ignore", 0, 6, hadolint ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase) != 0)
        {
            return null;
        }

        at = SkipBlanks(body, at + 6);
        if (at >= body.Length || body[at] != '=')
        {
            return null;
        }

        var ids = new List<string>();
        int idEnd;
        while (true)
        {
            at = SkipBlanks(body, at + 1);
            int start = at;
            while (at < body.Length && (hadolint ? "DLSC0123456789".IndexOf(body[at]) >= 0 : IsIdCharacter(body[at])))
            {
                at++;
            }

            if (at == start)
            {
                return null; // an empty or invalid name: not a pragma
            }

            ids.Add(body.Substring(start, at - start));
            idEnd = at;
            int next = SkipBlanks(body, at);
            if (next < body.Length && body[next] == ',')
            {
                at = next;
                continue;
            }

            at = next;
            break;
        }

        // hadolint allows only a comment after the list; ours takes a free reason.
        if (hadolint && at < body.Length && body[at] != '#')
        {
            return null;
        }

        if (!hadolint && at < body.Length && at == idEnd)
        {
            return null; // a name running into other text ("ignore=DF2001;x")
        }

        return (scope, ids, hadolint);
    }

    private static bool Is(string word, string expected, bool exact) =>
        word.Equals(expected, exact ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase);

    private static bool IsIdCharacter(char c) => char.IsLetterOrDigit(c) || c == '_' || c == '-';

    private static int SkipBlanks(string text, int at)
    {
        while (at < text.Length && (text[at] == ' ' || text[at] == '\t'))
        {
            at++;
        }

        return at;
    }

    private static string Word(string text, ref int at)
    {
        at = SkipBlanks(text, at);
        int start = at;
        while (at < text.Length && text[at] != ' ' && text[at] != '\t' && text[at] != '=')
        {
            at++;
        }

        return text.Substring(start, at - start);
    }

    /// <summary>
    /// Parses the value of BuildKit's <c>check</c> directive as BuildKit does: the value ends at its first space (so
    /// <c>skip=A,B // why</c> skips A and B), then <c>skip=A,B;error=true;experimental=C</c>.
    /// </summary>
    internal static void ParseCheck(string value, List<string> skip, ref bool error, List<string>? experimental = null)
    {
        value = (value ?? string.Empty).Trim();
        int space = value.IndexOf(' ');
        if (space >= 0)
        {
            value = value.Substring(0, space);
        }

        foreach (string part in Split(value, ';'))
        {
            int eq = part.IndexOf('=');
            if (eq < 0)
            {
                continue;
            }

            string key = part.Substring(0, eq).Trim(); // BuildKit's keys are exact: "Skip" is not "skip"
            string v = part.Substring(eq + 1).Trim();
            if (key == "skip")
            {
                skip.AddRange(Split(v, ','));
            }
            else if (key == "error")
            {
                error = v.Equals("true", StringComparison.OrdinalIgnoreCase) || v == "1" || v.Equals("t", StringComparison.OrdinalIgnoreCase);
            }
            else if (key == "experimental")
            {
                experimental?.AddRange(Split(v, ','));
            }
        }
    }

    private static IEnumerable<string> Split(string text, char separator) =>
        (text ?? string.Empty).Split(separator).Select(s => s.Trim()).Where(s => s.Length > 0);
}
