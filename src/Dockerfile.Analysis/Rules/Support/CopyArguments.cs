using System;
using System.Collections.Generic;
using System.Linq;
using Dockerfile.Syntax;

namespace Dockerfile.Analysis.Rules.Support;

/// <summary>
/// The sources and destination of a COPY or ADD from one read of its arguments: the syntax's <c>Sources</c> and
/// <c>Destination</c> each build the argument list (every word's value) twice.
/// </summary>
internal static class CopyArguments
{
    /// <summary>The arguments of a COPY or ADD (<c>Arguments</c> of the syntax), or none for another instruction.</summary>
    public static IReadOnlyList<string> Of(InstructionSyntax instruction) => instruction switch
    {
        CopyInstructionSyntax copy => copy.Arguments,
        AddInstructionSyntax add => add.Arguments,
        _ => Array.Empty<string>(),
    };

    /// <summary>Every argument but the last, as the syntax's <c>Sources</c>.</summary>
    public static IReadOnlyList<string> Sources(IReadOnlyList<string> arguments) =>
        arguments.Take(Math.Max(0, arguments.Count - 1)).ToList();

    /// <summary>The last argument when there are two or more, as the syntax's <c>Destination</c>; otherwise null.</summary>
    public static string? Destination(IReadOnlyList<string> arguments) =>
        arguments.Count > 1 ? arguments[arguments.Count - 1] : null;
}
