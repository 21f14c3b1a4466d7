using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Dockerfile.Analysis.Rules.Support;
using Dockerfile.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Dockerfile.Analysis.Rules;

/// <summary>Helpers about COPY and ADD instructions shared by the layer-cache rules and their fixes.</summary>
internal static class SourceCopy
{
    /// <summary>Whether an instruction copies the whole build context (<c>COPY . .</c>, <c>ADD . /app</c>), not from a stage or image.</summary>
    public static bool IsWholeContextCopy(InstructionSyntax instruction) =>
        GetContextSources(instruction) is { } sources && sources.Any(s => s is "." or "./");

    /// <summary>The sources (unquoted) of a COPY or ADD that reads the build context, or null for other instructions and <c>--from</c>.</summary>
    public static IReadOnlyList<string>? GetContextSources(InstructionSyntax instruction) => instruction switch
    {
        CopyInstructionSyntax copy when copy.GetFlag("from") == null && copy.ParentOnbuild == null => SourcesOf(copy),
        AddInstructionSyntax add when add.ParentOnbuild == null => SourcesOf(add),
        _ => null,
    };

    private static IReadOnlyList<string> SourcesOf(InstructionSyntax instruction)
    {
        var values = InstructionArguments.Values(instruction);
        return values.Take(Math.Max(0, values.Count - 1)).ToList();
    }

    /// <summary>The instruction as one line: from its keyword to its last argument, continuations and runs of blanks folded to one space.</summary>
    public static string OneLine(DockerfileSyntaxTree tree, InstructionSyntax instruction)
    {
        int start = instruction.Keyword.Span.Start;
        int end = ContentEnd(instruction);
        string text = tree.GetText().ToString(TextSpan.FromBounds(start, Math.Max(start, end)));
        return Fold(text.Replace(tree.EscapeCharacter + "\r\n", " ").Replace(tree.EscapeCharacter + "\n", " "));
    }

    /// <summary>
    /// Folds runs of white space to one space and trims: the same as <c>Regex.Replace(text, @"\s+", " ").Trim()</c>
    /// (<c>\s</c> and <see cref="char.IsWhiteSpace(char)"/> are the same set), without a regular expression.
    /// </summary>
    public static string Fold(string text)
    {
        int start = 0;
        int end = text.Length;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        // Already folded (one plain space between words): no copy.
        bool folded = true;
        for (int i = start; i < end && folded; i++)
        {
            folded = !char.IsWhiteSpace(text[i]) || (text[i] == ' ' && !char.IsWhiteSpace(text[i + 1]));
        }

        if (folded)
        {
            return start == 0 && end == text.Length ? text : text.Substring(start, end - start);
        }

        var builder = new StringBuilder(end - start);
        bool inSpace = false;
        for (int i = start; i < end; i++)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c))
            {
                inSpace = true;
                continue;
            }

            if (inSpace)
            {
                builder.Append(' ');
                inSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>The end of the instruction's last token before its line break and heredoc bodies.</summary>
    public static int ContentEnd(InstructionSyntax instruction)
    {
        int end = instruction.Keyword.Span.End;
        foreach (var token in instruction.DescendantTokens())
        {
            if (token.Kind is SyntaxKind.EndOfLineToken or SyntaxKind.HeredocBodyToken or SyntaxKind.HeredocTerminatorToken)
            {
                break;
            }

            if (token.Span.Length > 0)
            {
                end = Math.Max(end, token.Span.End);
            }
        }

        return end;
    }

    /// <summary>Whether a COPY source pattern (with <c>*</c> and <c>?</c>) and a file name match, either way round.</summary>
    public static bool NamesMatch(string source, string manifest)
    {
        string a = BaseName(source);
        string b = BaseName(manifest);
        if (Glob(a, b) || Glob(b, a))
        {
            return true;
        }

        // A copied directory that holds the manifest: `COPY requirements/ requirements/` for requirements/prod.txt.
        string directory = TrimDotSlash(source).TrimEnd('/');
        return directory.Length > 0 && TrimDotSlash(manifest).StartsWith(directory + "/", StringComparison.Ordinal);
    }

    private static string TrimDotSlash(string path)
    {
        while (path.StartsWith("./", StringComparison.Ordinal))
        {
            path = path.Substring(2);
        }

        return path;
    }

    // The regex ^pattern$ with * as .* and ? as . (neither matches a line feed; $ also matches before a final
    // line feed), matched without building a regex per call.
    private static bool Glob(string pattern, string name) =>
        WildcardMatch(pattern, name, name.Length)
        || (name.Length > 0 && name[name.Length - 1] == '\n' && WildcardMatch(pattern, name, name.Length - 1));

    private static bool WildcardMatch(string pattern, string name, int length)
    {
        int p = 0, n = 0, star = -1, resume = 0;
        while (n < length)
        {
            if (p < pattern.Length && pattern[p] == '*')
            {
                star = p++;
                resume = n;
            }
            else if (p < pattern.Length && (pattern[p] == '?' ? name[n] != '\n' : pattern[p] == name[n]))
            {
                p++;
                n++;
            }
            else if (star >= 0 && name[resume] != '\n')
            {
                p = star + 1;
                n = ++resume;
            }
            else
            {
                return false;
            }
        }

        while (p < pattern.Length && pattern[p] == '*')
        {
            p++;
        }

        return p == pattern.Length;
    }

    private static string BaseName(string path)
    {
        string trimmed = path.TrimEnd('/');
        int slash = trimmed.LastIndexOf('/');
        return slash >= 0 ? trimmed.Substring(slash + 1) : trimmed;
    }
}
