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
/// <item><c># dfa ignore=ID[,ID] [reason]</c> and <c># hadolint ignore=ID[,ID]</c> on the comment lines directly
/// before an instruction (no blank line between) suppress those rules on that instruction;</item>
/// <item><c># dfa global ignore=...</c> and <c># hadolint global ignore=...</c> on any comment line between
/// instructions suppress them in the whole file;</item>
/// <item>BuildKit's <c># check=skip=Name,...;error=true</c> parser directive applies to the file (<c>skip=all</c>
/// skips every rule with a BuildKit equivalent; <c>error=true</c> makes their warnings errors); as a comment
/// directly before an instruction, its <c>skip</c> list applies to that instruction (to the whole stage before a FROM).</item>
/// </list>
/// Ids are ours, hadolint's or BuildKit check names; <see cref="DiagnosticFilter"/> maps them through the equivalents.
/// </summary>
internal sealed class InlineSuppressions
{
    private static readonly List<string> NoIds = new();

    private InlineSuppressions(List<string> global, List<(TextSpan Span, string[] Ids)> local, List<string> checkSkip, bool checkError)
    {
        Global = global;
        Local = local;
        CheckSkip = checkSkip;
        CheckError = checkError;
    }

    /// <summary>Gets the ids suppressed in the whole file.</summary>
    public IReadOnlyList<string> Global { get; }

    /// <summary>Gets the ids suppressed on a span (an instruction or a stage).</summary>
    public IReadOnlyList<(TextSpan Span, string[] Ids)> Local { get; }

    /// <summary>Gets the BuildKit checks skipped by the <c>check</c> directive (<c>all</c> for every check).</summary>
    public IReadOnlyList<string> CheckSkip { get; }

    /// <summary>Gets a value indicating whether the <c>check</c> directive says <c>error=true</c>.</summary>
    public bool CheckError { get; }

    /// <summary>Reads the suppressions of a tree, looking only at the trivia between top-level instructions.</summary>
    /// <param name="tree">The tree.</param>
    /// <returns>The suppressions.</returns>
    public static InlineSuppressions Read(DockerfileSyntaxTree tree)
    {
        var global = new List<string>();
        var local = new List<(TextSpan, string[])>();
        var checkSkip = new List<string>();
        bool checkError = false;
        var root = tree.GetRoot();
        var green = root.Green;
        int position = root.Position;
        int stageStart = -1;
        var pendingStage = new List<string>();

        // A suppression comment holds "ignore=" (dfa, hadolint) or starts with "check=": without either in the text
        // (most files), only the parser directives are read.
        string text = tree.GetFullString();
        bool mayHaveComments = text.IndexOf("ignore=", StringComparison.OrdinalIgnoreCase) >= 0 || text.IndexOf("check=", StringComparison.OrdinalIgnoreCase) >= 0;
        for (int i = 0; i < green.SlotCount; i++)
        {
            var child = green.GetSlot(i);
            if (child.Kind == SyntaxKind.ParserDirective)
            {
                var directive = (ParserDirectiveSyntax)SyntaxNodeFactory.CreateRed(child, null, 0);
                if (directive.Name == "check")
                {
                    ParseCheck(directive.Value, checkSkip, ref checkError);
                }
            }
            else if (mayHaveComments)
            {
                string leading = LeadingText(child, out int leadingWidth);
                var before = NoIds;
                if (leading.Length > 0)
                {
                    before = new List<string>();
                    foreach (string comment in CommentsBefore(leading))
                    {
                        ParseComment(comment, before, global);
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

        return new InlineSuppressions(global, local, checkSkip, checkError);
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

    /// <summary>Gets the comment lines directly before the instruction, nearest last, stopping at a blank line.</summary>
    internal static IEnumerable<string> CommentsBefore(string leading)
    {
        var lines = leading.Replace("\r\n", "\n").Split('\n');
        var comments = new List<string>();

        // The last element is the indentation before the keyword.
        for (int i = lines.Length - 2; i >= 0; i--)
        {
            string line = lines[i].Trim();
            if (!line.StartsWith("#", StringComparison.Ordinal))
            {
                break;
            }

            comments.Insert(0, line);
        }

        return comments;
    }

    /// <summary>Parses one comment line into the local (<paramref name="before"/>) or file-wide ids.</summary>
    internal static void ParseComment(string comment, List<string> before, List<string> global)
    {
        string body = comment.TrimStart('#').Trim();
        string[] words = body.Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return;
        }

        string tool = words[0].ToLowerInvariant();
        if (tool == "dfa" || tool == "hadolint")
        {
            bool isGlobal = words.Length > 1 && words[1].Equals("global", StringComparison.OrdinalIgnoreCase);
            string? assignment = words.Skip(isGlobal ? 2 : 1).FirstOrDefault();
            if (assignment == null || !assignment.StartsWith("ignore=", StringComparison.OrdinalIgnoreCase))
            {
                return;
            }

            var ids = Split(assignment.Substring("ignore=".Length), ',');
            (isGlobal ? global : before).AddRange(ids);
        }
        else if (body.StartsWith("check=", StringComparison.OrdinalIgnoreCase))
        {
            var skip = new List<string>();
            bool ignored = false;
            ParseCheck(body.Substring("check=".Length), skip, ref ignored);
            before.AddRange(skip.Select(s => "check:" + s));
        }
    }

    /// <summary>Parses the value of BuildKit's <c>check</c> directive: <c>skip=A,B;error=true</c>.</summary>
    internal static void ParseCheck(string value, List<string> skip, ref bool error)
    {
        foreach (string part in Split(value, ';'))
        {
            int eq = part.IndexOf('=');
            if (eq < 0)
            {
                continue;
            }

            string key = part.Substring(0, eq).Trim().ToLowerInvariant();
            string v = part.Substring(eq + 1).Trim();
            if (key == "skip")
            {
                skip.AddRange(Split(v, ','));
            }
            else if (key == "error")
            {
                error = v.Equals("true", StringComparison.OrdinalIgnoreCase);
            }
        }
    }

    private static IEnumerable<string> Split(string text, char separator) =>
        (text ?? string.Empty).Split(separator).Select(s => s.Trim()).Where(s => s.Length > 0);
}
