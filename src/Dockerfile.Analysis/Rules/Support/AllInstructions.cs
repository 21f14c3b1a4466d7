using System.Collections.Generic;
using Dockerfile.Syntax;

namespace Dockerfile.Analysis.Rules.Support;

/// <summary>The instructions of a file without walking their words and tokens.</summary>
internal static class AllInstructions
{
    /// <summary>
    /// Every instruction of the file in document order: each top-level instruction followed by the trigger it
    /// wraps when it is an ONBUILD (at any depth). These are the instructions <c>root.DescendantNodes()</c> finds.
    /// </summary>
    public static IEnumerable<InstructionSyntax> Of(DockerfileSyntax root)
    {
        foreach (var instruction in root.Instructions)
        {
            for (InstructionSyntax? current = instruction; current != null; current = (current as OnbuildInstructionSyntax)?.Instruction)
            {
                yield return current;
            }
        }
    }
}
