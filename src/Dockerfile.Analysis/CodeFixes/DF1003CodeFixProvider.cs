using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Dockerfile.Analysis.Rules;
using Dockerfile.Analysis.Semantics;
using Dockerfile.Syntax;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Dockerfile.Analysis.CodeFixes;

/// <summary>
/// Fixes DF1003: makes the first WORKDIR of a stage absolute when the working directory it is relative to is known.
/// That is only the case when the stage is built on <c>scratch</c> (directly or through earlier stages of the file
/// that set no WORKDIR), where it is <c>/</c>; for any other base image the inherited WORKDIR is unknown and no fix
/// is offered. The new path is the same directory the build used, so nothing in the image moves.
/// </summary>
public sealed class DF1003CodeFixProvider : CodeFixProvider
{
    private static readonly System.Text.RegularExpressions.Regex PlainPath = new(@"^[A-Za-z0-9_.@%+,:/-]+$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DF1003WorkdirRelativePath.DiagnosticId);

    /// <inheritdoc />
    public override IEnumerable<CodeFix> GetFixes(DockerfileSyntaxTree tree, Diagnostic diagnostic)
    {
        if (FixEdits.FindInstruction<WorkdirInstructionSyntax>(tree, diagnostic) is not { } workdir || workdir.Value is not { } value
            || workdir.ContainsDiagnostics || workdir.ParentOnbuild != null)
        {
            return Array.Empty<CodeFix>();
        }

        var facts = FixTreeFacts.For(tree);
        if (facts.Model.GetStage(workdir) is not { } stage
            || facts.GetOrAdd("DF1003:inherited-workdirs", static f => InheritedWorkdirs(f.Model))[stage.Index] is not { } inherited)
        {
            return Array.Empty<CodeFix>();
        }

        var text = tree.GetText();
        string raw = text.ToString(value.Span);
        int start = value.Span.Start;
        if (raw.Length >= 2 && raw[0] is '"' or '\'' && raw[raw.Length - 1] == raw[0])
        {
            start++;
            raw = raw.Substring(1, raw.Length - 2);
        }

        // A plain relative path only: no variables, escapes, quotes inside, continuations or "..".
        if (!PlainPath.IsMatch(raw) || raw.Split('/').Contains(".."))
        {
            return Array.Empty<CodeFix>();
        }

        int drop = 0;
        while (raw.Length - drop >= 2 && raw[drop] == '.' && raw[drop + 1] == '/')
        {
            drop += 2;
        }

        if (raw.Length - drop == 1 && raw[drop] == '.')
        {
            drop++;
        }

        string absolute = inherited + raw.Substring(drop);
        return new[]
        {
            FixEdits.Create(
                $"Use the absolute path {absolute}",
                DF1003WorkdirRelativePath.DiagnosticId,
                new TextChange(new TextSpan(start, drop), inherited)),
        };
    }

    // Per stage index: "/" when the stage is built on scratch through stages that set no WORKDIR; null when
    // unknown. One pass in file order: a stage's parent is the last earlier stage of the name it is built on.
    private static string?[] InheritedWorkdirs(DockerfileSemanticModel model)
    {
        var result = new string?[model.Stages.Length];
        var byName = new Dictionary<string, DockerfileStage>(StringComparer.OrdinalIgnoreCase);
        foreach (var stage in model.Stages)
        {
            if (string.Equals(stage.BaseImage, "scratch", StringComparison.OrdinalIgnoreCase))
            {
                result[stage.Index] = "/";
            }
            else if (stage.BaseImage != null && byName.TryGetValue(stage.BaseImage, out var parent)
                && !parent.Instructions.OfType<WorkdirInstructionSyntax>().Any())
            {
                result[stage.Index] = result[parent.Index];
            }

            if (stage.Name != null)
            {
                byName[stage.Name] = stage;
            }
        }

        return result;
    }
}
