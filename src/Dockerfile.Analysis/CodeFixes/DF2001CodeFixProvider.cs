using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using Dockerfile.Analysis.Rules;
using Dockerfile.Analysis.Semantics;
using Dockerfile.Syntax;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Dockerfile.Analysis.CodeFixes;

/// <summary>
/// Fixes DF2001: moves the dependency install above the whole-source COPY, preceded by a COPY of the
/// manifests. Instructions between the two move along when they only install tools or set metadata;
/// otherwise no fix is offered, since moving them could change what the image contains.
/// </summary>
public sealed class DF2001CodeFixProvider : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DF2001DependencyInstallAfterSourceCopy.DiagnosticId);

    /// <inheritdoc />
    public override IEnumerable<CodeFix> GetFixes(DockerfileSyntaxTree tree, Diagnostic diagnostic)
    {
        var fix = TryCreateFix(tree, diagnostic);
        return fix == null ? Array.Empty<CodeFix>() : new[] { fix };
    }

    private static CodeFix? TryCreateFix(DockerfileSyntaxTree tree, Diagnostic diagnostic)
    {
        var properties = diagnostic.Properties;
        if (diagnostic.Id != DF2001DependencyInstallAfterSourceCopy.DiagnosticId ||
            !properties.TryGetValue(DF2001DependencyInstallAfterSourceCopy.MovableProperty, out var movable) || movable != "true" ||
            !properties.TryGetValue(DF2001DependencyInstallAfterSourceCopy.ManifestsProperty, out var manifestText) || string.IsNullOrEmpty(manifestText) ||
            !properties.TryGetValue(DF2001DependencyInstallAfterSourceCopy.SourceCopyPositionProperty, out var positionText) ||
            !int.TryParse(positionText, NumberStyles.None, CultureInfo.InvariantCulture, out int sourcePosition))
        {
            return null;
        }

        var manifests = manifestText!.Split('\n');
        if (manifests.Any(m => m.Length == 0 || m.Any(char.IsWhiteSpace)))
        {
            return null;
        }

        var model = new DockerfileSemanticModel(tree);
        var instructions = tree.GetRoot().Instructions.ToList();
        int installIndex = instructions.FindIndex(i => i is RunInstructionSyntax && i.Keyword.Span.Start == diagnostic.Location.SourceSpan.Start);
        int sourceIndex = instructions.FindIndex(i => i.Keyword.Span.Start == sourcePosition);
        if (installIndex <= 0 || sourceIndex <= 0 || sourceIndex >= installIndex)
        {
            return null;
        }

        var install = (RunInstructionSyntax)instructions[installIndex];
        var sourceCopy = instructions[sourceIndex];
        var stage = model.GetStage(install);
        if (stage == null || model.GetStage(sourceCopy) != stage || sourceCopy.Heredocs.Any() ||
            SourceCopy.OneLine(tree, sourceCopy).IndexOf('$') >= 0 || (sourceCopy as BaseCopyInstructionSyntax)?.Destination is not { } destination)
        {
            return null;
        }

        if (!InstallReadsOnlyManifests(model, install, manifests))
        {
            return null;
        }

        for (int i = sourceIndex + 1; i < installIndex; i++)
        {
            if (!CanMove(model, instructions[i]))
            {
                return null;
            }
        }

        var text = tree.GetText();
        string eol = DetectLineEnding(text);
        int sourceStart = BlockStart(text, sourceCopy, BlockEnd(text, instructions[sourceIndex - 1]));
        int sourceEnd = BlockEnd(text, sourceCopy);
        int installStart = BlockStart(text, install, BlockEnd(text, instructions[installIndex - 1]));
        int installEnd = BlockEnd(text, install);
        if (!(sourceStart < sourceEnd && sourceEnd <= installStart && installStart < installEnd))
        {
            return null;
        }

        var flags = new StringBuilder();
        foreach (var flag in sourceCopy.Flags.Where(f => f.Name is "chown" or "chmod" or "link"))
        {
            flags.Append(' ').Append(SourceCopy.Fold(text.ToString(flag.Span)));
        }

        // One COPY per directory: a file in a subdirectory (requirements/prod.txt) or a directory (gradle/)
        // keeps its place under the destination, which a COPY of several sources to one directory would lose.
        string target = destination == "." ? "./" : destination.EndsWith("/", StringComparison.Ordinal) ? destination : destination + "/";
        var copyLines = new StringBuilder();
        foreach (var group in manifests.GroupBy(ManifestDirectory, StringComparer.Ordinal))
        {
            copyLines.Append("COPY").Append(flags);
            foreach (string manifest in group)
            {
                copyLines.Append(' ').Append(manifest);
            }

            copyLines.Append(' ').Append(group.Key.Length == 0 ? target : target + group.Key).Append(eol);
        }

        var copyLine = copyLines.ToString();
        string moved = text.ToString(TextSpan.FromBounds(sourceEnd, installStart)) + copyLine + text.ToString(TextSpan.FromBounds(installStart, installEnd));
        if (!moved.EndsWith("\n", StringComparison.Ordinal))
        {
            moved += eol;
        }

        var changes = ImmutableArray.Create(
            new TextChange(new TextSpan(sourceStart, 0), moved),
            new TextChange(TextSpan.FromBounds(sourceEnd, installEnd), string.Empty));
        return new CodeFix(
            $"Copy {MessageText.List(manifests)} and install dependencies before copying the source",
            DF2001DependencyInstallAfterSourceCopy.DiagnosticId,
            changes);
    }

    // The directory part a manifest keeps under the destination: "" for package.json, "requirements/" for
    // requirements/prod.txt, "gradle/" for the directory gradle/.
    private static string ManifestDirectory(string manifest)
    {
        while (manifest.StartsWith("./", StringComparison.Ordinal))
        {
            manifest = manifest.Substring(2);
        }

        int slash = manifest.EndsWith("/", StringComparison.Ordinal) ? manifest.Length - 1 : manifest.LastIndexOf('/');
        return slash < 0 ? string.Empty : manifest.Substring(0, slash + 1);
    }

    private static bool InstallReadsOnlyManifests(DockerfileSemanticModel model, RunInstructionSyntax install, string[] manifests)
    {
        if (install.Heredocs.Any() || model.GetShellScript(install) is not { } script)
        {
            return false;
        }

        foreach (var command in script.Commands)
        {
            if (PackageManagerCommands.RecognizeDependencyInstall(command) is { } dependencyInstall)
            {
                if (!dependencyInstall.CanInstallWithoutSource || !dependencyInstall.Manifests.Any(m => manifests.Contains(m, StringComparer.Ordinal)))
                {
                    return false;
                }
            }
            else if (!PackageManagerCommands.IsToolInstall(command))
            {
                return false;
            }
        }

        return true;
    }

    private static bool CanMove(DockerfileSemanticModel model, InstructionSyntax instruction)
    {
        switch (instruction)
        {
            case EnvInstructionSyntax or ArgInstructionSyntax or LabelInstructionSyntax or ExposeInstructionSyntax:
                return true;
            case RunInstructionSyntax run when !run.Heredocs.Any() && model.GetShellScript(run) is { } script:
                return script.Commands.Count > 0 && script.Commands.All(PackageManagerCommands.IsToolInstall);
            default:
                return false;
        }
    }

    private static string DetectLineEnding(SourceText text)
    {
        foreach (var line in text.Lines)
        {
            int breakLength = line.EndIncludingLineBreak - line.End;
            if (breakLength > 0)
            {
                return text.ToString(TextSpan.FromBounds(line.End, line.EndIncludingLineBreak));
            }
        }

        return "\n";
    }

    // The start of the instruction's line, or of the comment lines right above it (no blank line between).
    private static int BlockStart(SourceText text, InstructionSyntax instruction, int lowerBound)
    {
        int lineNumber = text.Lines.GetLineFromPosition(instruction.Keyword.Span.Start).LineNumber;
        while (lineNumber > 0)
        {
            var previous = text.Lines[lineNumber - 1];
            if (previous.Start < lowerBound || !text.ToString(previous.Span).TrimStart().StartsWith("#", StringComparison.Ordinal))
            {
                break;
            }

            lineNumber--;
        }

        return text.Lines[lineNumber].Start;
    }

    // The end of the instruction's last line, its line break included.
    private static int BlockEnd(SourceText text, InstructionSyntax instruction)
    {
        int last = Math.Max(instruction.Keyword.Span.Start, instruction.FullSpan.End - 1);
        return text.Lines.GetLineFromPosition(last).EndIncludingLineBreak;
    }
}
