using System.Linq;
using Dockerfile.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Dockerfile.Fuzz;

/// <summary>
/// What incremental parsing must hold, shared by the incremental parsing tests and the <c>incremental</c> fuzz
/// target: the tree <c>WithChangedText</c> returns has the new text, the structure of a fresh parse and the same
/// diagnostics.
/// </summary>
internal static class IncrementalInvariants
{
    /// <summary>Compares an incrementally parsed tree with a fresh parse of the same text: text, structure, diagnostics.</summary>
    /// <param name="incremental">The tree from <c>WithChangedText</c>.</param>
    /// <param name="newText">The text it was given.</param>
    /// <param name="context">Names the edits in messages.</param>
    public static void SameAsFreshParse(DockerfileSyntaxTree incremental, SourceText newText, string context)
    {
        var fresh = DockerfileSyntaxTree.ParseText(newText);
        if (incremental.GetRoot().ToFullString() != newText.ToString())
        {
            throw new FuzzInvariantException($"text differs after {context}");
        }

        if (!incremental.GetRoot().IsEquivalentTo(fresh.GetRoot()))
        {
            throw new FuzzInvariantException($"tree differs from a fresh parse after {context}");
        }

        var a = incremental.GetDiagnostics().Select(d => d.ToString()).ToList();
        var b = fresh.GetDiagnostics().Select(d => d.ToString()).ToList();
        if (!a.SequenceEqual(b))
        {
            throw new FuzzInvariantException($"diagnostics differ after {context}:\n incremental: {string.Join(" | ", a)}\n fresh: {string.Join(" | ", b)}");
        }
    }
}
