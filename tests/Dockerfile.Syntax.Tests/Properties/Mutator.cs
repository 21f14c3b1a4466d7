using System;
using System.Text;

namespace Dockerfile.Syntax.Tests.Properties;

/// <summary>Seeded random edits that aim at the parser's tricky spots: escapes, newlines, heredocs, quotes, substitutions, JSON, comments and junk.</summary>
public sealed class Mutator
{
    private static readonly string[] s_fragments =
    {
        "\\", "`", "\n", "\r\n", "\r", "<<EOF", "<<-EOF", "<<\"EOF\"", "3<<EOF", "EOF\n", "\tEOF\n", "\"", "'", "${", "}", "${A:-", "$", "[", "]", "[\"a\", ",
        "#", "# escape=`\n", "# syntax=x\n", "\0", "\uD800", "\uDC00", "\uFEFF", " ", "\t", "=", "--", "--mount=type=cache ", "\\\n", "`\n", "\\ \n",
    };

    private static readonly string[] s_lines =
    {
        "RUN <<EOF\n", "RUN <<-EOF cat\n", "COPY <<A <<B /x\n", "EOF\n", "A\n", "ONBUILD ", "ONBUILD RUN x\n", "HEALTHCHECK --interval=1s CMD [\"a\"]\n",
        "HEALTHCHECK NONE\n", "CMD [\"a\", 1]\n", "ENV A B C\n", "ENV A=\"b c\" D=e\n", "LABEL \"a b\"=c\n", "ARG X=${Y:-z}\n", "FROM a AS b\n",
        "WORKDIR ${A/b/c}\n", "# comment\n", "\n", "RUN a \\\n", "SHELL [\"pwsh\"]\n", "FOO bar\n",
    };

    private readonly Random _random;

    /// <summary>Creates a mutator with a fixed seed.</summary>
    public Mutator(int seed) => _random = new Random(seed);

    /// <summary>Applies one to three random edits to <paramref name="text"/>.</summary>
    public string Mutate(string text)
    {
        var builder = new StringBuilder(text);
        int edits = 1 + _random.Next(3);
        for (int i = 0; i < edits; i++)
        {
            int at = _random.Next(builder.Length + 1);
            switch (_random.Next(5))
            {
                case 0:
                    builder.Insert(at, Fragment());
                    break;
                case 1:
                    builder.Remove(at, Math.Min(builder.Length - at, 1 + _random.Next(8)));
                    break;
                case 2:
                    builder.Remove(at, Math.Min(builder.Length - at, 1 + _random.Next(4)));
                    builder.Insert(at, Fragment());
                    break;
                case 3:
                    builder.Insert(LineStart(builder, at), s_lines[_random.Next(s_lines.Length)]);
                    break;
                default:
                    builder.Insert(at, (char)_random.Next(0, 0x3000));
                    break;
            }
        }

        return builder.ToString();
    }

    private string Fragment() => s_fragments[_random.Next(s_fragments.Length)];

    private static int LineStart(StringBuilder builder, int at)
    {
        while (at > 0 && builder[at - 1] != '\n')
        {
            at--;
        }

        return at;
    }
}
