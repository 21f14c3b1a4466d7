using System;
using System.Linq;

namespace Dockerfile.Syntax;

/// <summary>
/// Builds nodes for code fixes and tools. Nodes are made by parsing the text they print as, so
/// their trivia and structure are exactly what the parser would give for that text.
/// </summary>
public static class SyntaxFactory
{
    /// <summary>Parses a whole Dockerfile into a root node.</summary>
    public static DockerfileSyntax ParseDockerfile(string text) => DockerfileSyntaxTree.ParseText(text).GetRoot();

    /// <summary>
    /// Parses one instruction (its text without the final line break) into a detached node that ends
    /// with <paramref name="endOfLine"/>, written with <paramref name="escapeCharacter"/> as the escape.
    /// </summary>
    /// <exception cref="ArgumentException">The text is not exactly one instruction.</exception>
    public static InstructionSyntax ParseInstruction(string text, string endOfLine = "\n", char escapeCharacter = '\\')
    {
        if (text == null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        string prefix = escapeCharacter == '\\' ? string.Empty : "# escape=" + escapeCharacter + endOfLine;
        var root = DockerfileSyntaxTree.ParseText(prefix + text + endOfLine).GetRoot();
        var instructions = root.Instructions.ToList();
        if (instructions.Count != 1 || root.EndOfFileToken.FullSpan.Length != 0)
        {
            throw new ArgumentException("The text must hold exactly one instruction.", nameof(text));
        }

        var green = instructions[0].Green;
        return (InstructionSyntax)SyntaxNodeFactory.CreateRed(green, null, 0);
    }

    /// <summary>A <c>RUN</c> instruction in shell form.</summary>
    public static RunInstructionSyntax Run(string command, string endOfLine = "\n") =>
        (RunInstructionSyntax)ParseInstruction("RUN " + command, endOfLine);

    /// <summary>A <c>COPY</c> instruction; sources and destination are written as given, flags first.</summary>
    public static CopyInstructionSyntax Copy(string[] sources, string destination, string[]? flags = null, string endOfLine = "\n")
    {
        var parts = (flags ?? Array.Empty<string>()).Concat(sources).Concat(new[] { destination });
        return (CopyInstructionSyntax)ParseInstruction("COPY " + string.Join(" ", parts), endOfLine);
    }
}
