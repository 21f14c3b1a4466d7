using Dockerfile.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Dockerfile.Analysis.Rules.Support;

/// <summary>
/// Maps a span of a shell-form RUN's script text (its <see cref="ShellFormSyntax.CommandText"/>) back to the
/// source. The command text is the concatenation of the shell form's segment tokens, one per physical line
/// piece, and a segment's value equals its text, so an offset maps linearly inside its segment.
/// </summary>
internal static class ShellFormMap
{
    /// <summary>The source span of <c>[start, start + length)</c> of the script, or null when it lies outside the script.</summary>
    public static TextSpan? Map(ShellFormSyntax shell, int start, int length)
    {
        int s = Offset(shell, start, isEnd: false);
        int e = Offset(shell, start + length, isEnd: true);
        return s >= 0 && e >= s ? TextSpan.FromBounds(s, e) : null;
    }

    private static int Offset(ShellFormSyntax shell, int offset, bool isEnd)
    {
        int cumulative = 0;
        int lastEnd = -1;
        foreach (SyntaxToken token in shell.Segments)
        {
            int length = token.ValueLength;
            if (offset < cumulative + length || (isEnd && offset == cumulative + length))
            {
                return token.Span.Length == length ? token.Span.Start + (offset - cumulative) : (isEnd ? token.Span.End : token.Span.Start);
            }

            cumulative += length;
            lastEnd = token.Span.End;
        }

        return isEnd ? lastEnd : -1;
    }
}
