using System;
using System.Collections.Generic;
using System.Linq;
using Dockerfile.Analysis.Formatting;
using Dockerfile.Analysis.Semantics;
using Dockerfile.Analysis.Workspaces;
using Dockerfile.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Dockerfile.Analysis.Tests.Formatting;

/// <summary>
/// What a format must prove about its result, checked independently of how the formatter works: BuildKit's AST dump
/// of every instruction is the original's (a shell-form command may differ only in white space the shell does not
/// see, checked with our shell parser; FROM's AS only in case), the parser directives are the same, every heredoc
/// body and terminator is byte-identical, every comment keeps its text, a second format changes nothing, and no
/// diagnostic is reported more often than before.
/// </summary>
internal static class FormattingProof
{
    /// <summary>The problems found, empty when the format is proven safe.</summary>
    public static List<string> Check(string original, string formatted, DockerfileFormattingOptions options, bool diagnostics = true)
    {
        var problems = new List<string>();
        var before = DockerfileSyntaxTree.ParseText(original);
        var after = DockerfileSyntaxTree.ParseText(formatted);

        string again = DockerfileFormatter.Format(after, options).ToString();
        if (!string.Equals(again, formatted, StringComparison.Ordinal))
        {
            problems.Add("not idempotent: a second format changes " + FirstDifference(formatted, again));
        }

        if (before.EscapeCharacter != after.EscapeCharacter)
        {
            problems.Add($"the escape character changed from {before.EscapeCharacter} to {after.EscapeCharacter}");
        }

        var directivesBefore = before.GetRoot().Directives.Select(d => d.Name + "=" + d.Value).ToList();
        var directivesAfter = after.GetRoot().Directives.Select(d => d.Name + "=" + d.Value).ToList();
        if (!directivesBefore.SequenceEqual(directivesAfter))
        {
            problems.Add("the parser directives changed: " + string.Join(", ", directivesBefore) + " became " + string.Join(", ", directivesAfter));
        }

        var instructionsBefore = before.GetRoot().Instructions.ToList();
        var instructionsAfter = after.GetRoot().Instructions.ToList();
        if (instructionsBefore.Count != instructionsAfter.Count)
        {
            problems.Add($"{instructionsBefore.Count} instructions became {instructionsAfter.Count}");
        }
        else
        {
            for (int i = 0; i < instructionsBefore.Count; i++)
            {
                string a = BuildKitAstDumper.DumpInstruction(instructionsBefore[i], before.EscapeCharacter);
                string b = BuildKitAstDumper.DumpInstruction(instructionsAfter[i], after.EscapeCharacter);
                if (!string.Equals(a, b, StringComparison.Ordinal) && !Equivalent(instructionsBefore[i], instructionsAfter[i], a, b, options))
                {
                    int line = before.GetLineSpan(instructionsBefore[i].Span).StartLinePosition.Line + 1;
                    problems.Add($"line {line}: BuildKit sees {a} before and {b} after");
                }
            }
        }

        var heredocsBefore = Heredocs(before);
        var heredocsAfter = Heredocs(after);
        if (!heredocsBefore.SequenceEqual(heredocsAfter, StringComparer.Ordinal))
        {
            problems.Add("a heredoc body or terminator changed");
        }

        var commentsBefore = Comments(before, options);
        var commentsAfter = Comments(after, options);
        if (!commentsBefore.SequenceEqual(commentsAfter, StringComparer.Ordinal))
        {
            var first = commentsBefore.Zip(commentsAfter, (x, y) => (x, y)).FirstOrDefault(p => p.x != p.y);
            problems.Add($"the comments changed ({commentsBefore.Count} before, {commentsAfter.Count} after; first difference: '{first.x}' / '{first.y}')");
        }

        if (diagnostics)
        {
            var countsBefore = Diagnose(original);
            var countsAfter = Diagnose(formatted);
            foreach (var pair in countsAfter)
            {
                countsBefore.TryGetValue(pair.Key, out int was);
                if (pair.Value > was)
                {
                    problems.Add($"{pair.Key} is reported {pair.Value} times after and {was} before");
                }
            }
        }

        return problems;
    }

    private static bool Equivalent(InstructionSyntax before, InstructionSyntax after, string dumpBefore, string dumpAfter, DockerfileFormattingOptions options)
    {
        // Keyword case: BuildKit compares FROM's AS without case (the dump shows it as written).
        dumpBefore = NormalizeAs(dumpBefore);
        dumpAfter = NormalizeAs(dumpAfter);
        if (options.LegacyEnvToEquals && before.Kind == SyntaxKind.EnvInstruction)
        {
            dumpBefore = dumpBefore.Replace(" \"\"", " \"=\"");
        }

        if (string.Equals(dumpBefore, dumpAfter, StringComparison.Ordinal))
        {
            return true;
        }

        var shellBefore = before.DescendantNodes().OfType<ShellFormSyntax>().FirstOrDefault();
        var shellAfter = after.DescendantNodes().OfType<ShellFormSyntax>().FirstOrDefault();
        if (shellBefore == null || shellAfter == null)
        {
            return false;
        }

        string commandBefore = shellBefore.CommandText;
        string commandAfter = shellAfter.CommandText;
        if (!string.Equals(dumpBefore.Replace(BuildKitAstDumper.Quote(commandBefore), "\"<command>\""), dumpAfter.Replace(BuildKitAstDumper.Quote(commandAfter), "\"<command>\""), StringComparison.Ordinal))
        {
            return false;
        }

        return Shape(commandBefore).SequenceEqual(Shape(commandAfter), StringComparer.Ordinal);
    }

    /// <summary>A shell command as the shell sees it: each simple command's operator and the raw text of its words.</summary>
    private static List<string> Shape(string command)
    {
        var result = new List<string>();
        foreach (var simple in ShellScript.Parse(command).Commands)
        {
            result.Add(simple.PrecedingOperator + ":" + string.Join("\u0001", simple.Words.Select(w => w.Text)));
        }

        return result;
    }

    private static string NormalizeAs(string dump) =>
        (dump.StartsWith("from ", StringComparison.Ordinal) || dump.StartsWith("(from ", StringComparison.Ordinal))
            ? dump.Replace("\"AS\"", "\"as\"").Replace("\"As\"", "\"as\"").Replace("\"aS\"", "\"as\"")
            : dump;

    private static List<string> Heredocs(DockerfileSyntaxTree tree) =>
        tree.GetRoot().DescendantNodes().OfType<HeredocSyntax>().Select(h => h.BodyToken.Text + "\u0001" + h.TerminatorToken.Text).ToList();

    private static List<string> Comments(DockerfileSyntaxTree tree, DockerfileFormattingOptions options) =>
        tree.GetRoot().DescendantTrivia()
            .Where(t => t.Kind == SyntaxKind.CommentTrivia)
            .Select(t => t.Text.TrimEnd(' ', '\t'))
            .Select(t => options.SpaceAfterCommentHash && t.Length > 1 && t[0] == '#' && char.IsLetterOrDigit(t[1]) ? "# " + t.Substring(1) : t)
            .ToList();

    private static Dictionary<string, int> Diagnose(string text)
    {
        var document = DockerfileDocument.Create(SourceText.From(text));
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var diagnostic in document.GetDiagnostics())
        {
            counts.TryGetValue(diagnostic.Id, out int n);
            counts[diagnostic.Id] = n + 1;
        }

        return counts;
    }

    /// <summary>Where two texts first differ, with a little context, for messages.</summary>
    public static string FirstDifference(string a, string b)
    {
        int i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i])
        {
            i++;
        }

        int start = Math.Max(0, i - 30);
        string Show(string s) => s.Substring(start, Math.Min(s.Length - start, 60)).Replace("\r", "\\r").Replace("\n", "\\n").Replace("\t", "\\t");
        return $"at offset {i}: '{Show(a)}' became '{Show(b)}'";
    }
}
