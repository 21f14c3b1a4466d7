using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Dockerfile.Analysis.Rules;
using Dockerfile.Analysis.Rules.Support;
using Dockerfile.Syntax;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Dockerfile.Analysis.CodeFixes;

/// <summary>
/// Fixes DF1001: adds <c>-y</c> right after the <c>install</c> of <c>apt-get install</c>. Without it the install
/// cannot run in a build, so the fix turns a failing command into the intended one and adds nothing else.
/// Offered only on a shell-form RUN (an exec-form array is left alone).
/// </summary>
public sealed class DF1001CodeFixProvider : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DF1001AptGetInstallWithoutYes.DiagnosticId);

    /// <inheritdoc />
    public override IEnumerable<CodeFix> GetFixes(DockerfileSyntaxTree tree, Diagnostic diagnostic)
    {
        if (FixEdits.FindInstruction<RunInstructionSyntax>(tree, diagnostic) is not { } node || FixEdits.EditableRun(tree, node) is not { } run)
        {
            return Array.Empty<CodeFix>();
        }

        var command = FixEdits.CommandAt(run, diagnostic, c => CommandArgs.Is(c, "apt-get", "install"));
        if (command == null)
        {
            return Array.Empty<CodeFix>();
        }

        int position = run.MapArgument(command, a => a == "install").End;
        if (position != diagnostic.Location.SourceSpan.End || !FixEdits.EndsWord(tree.GetText(), position, tree.EscapeCharacter))
        {
            return Array.Empty<CodeFix>();
        }

        return new[] { FixEdits.Create("Add -y to apt-get install", DF1001AptGetInstallWithoutYes.DiagnosticId, new TextChange(new TextSpan(position, 0), " -y")) };
    }
}
