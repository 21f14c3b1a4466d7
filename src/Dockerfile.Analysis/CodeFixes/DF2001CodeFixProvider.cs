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
/// Fixes DF2001: moves the dependency install above the whole-source COPY, preceded by COPY instructions of exactly
/// the files the rule found the install reads (its <see cref="DF2001DependencyInstallAfterSourceCopy.ManifestsProperty"/>),
/// each at its own path under the destination. Instructions between the two move along when they only install or
/// configure tools or set metadata; otherwise no fix is offered, since moving them could change what the image contains.
/// The rule leaves the property out (and says why in its message) when the set is not known.
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
            properties.ContainsKey(DF2001DependencyInstallAfterSourceCopy.NoFixReasonProperty) ||
            !properties.TryGetValue(DF2001DependencyInstallAfterSourceCopy.ManifestsProperty, out var manifestText) || string.IsNullOrEmpty(manifestText) ||
            !properties.TryGetValue(DF2001DependencyInstallAfterSourceCopy.SourceCopyPositionProperty, out var positionText) ||
            !int.TryParse(positionText, NumberStyles.None, CultureInfo.InvariantCulture, out int sourcePosition))
        {
            return null;
        }

        var manifests = manifestText!.Split('\n');
        // A "manifest" naming the whole context (`pip install -r .`) is the source copy itself: copying it first
        // fixes nothing and fix-all would add it again every round (found by the fixall fuzz target).
        if (manifests.Any(m => m.Length == 0 || m.Any(char.IsWhiteSpace) || NamesTheWholeContext(m) ||
            m.IndexOfAny(new[] { '*', '?', '[', '$', '\\', '"', '\'' }) >= 0 || m.StartsWith("/", StringComparison.Ordinal) || m.Split('/').Contains("..")))
        {
            return null;
        }

        var facts = FixTreeFacts.For(tree);
        var model = facts.Model;
        var instructions = facts.Instructions;
        int installIndex = facts.IndexOfKeywordAt(diagnostic.Location.SourceSpan.Start);
        if (installIndex >= 0 && instructions[installIndex] is not RunInstructionSyntax)
        {
            installIndex = -1;
        }

        int sourceIndex = facts.IndexOfKeywordAt(sourcePosition);
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

        if (InstallScripts.Get(model, install).IsEmpty)
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

        // The new COPY would land in the base image's working directory (DF1044) as the source COPY does: fixing
        // DF2001 must not add that finding, so the fix waits for a WORKDIR.
        if (DF1044CopyToRelativePathWithoutWorkdir.WouldReport(model, stage, stage.Instructions.IndexOf(sourceCopy), target))
        {
            return null;
        }

        // The new COPY is written in the source instruction's case (lowercase for `copy`), so the fix keeps a
        // lowercase file consistent (DF5083).
        string keyword = text.ToString(sourceCopy.Keyword.Span);
        keyword = keyword.Length > 0 && keyword.All(char.IsLower) ? "copy" : "COPY";
        var copyLines = new StringBuilder();
        foreach (var group in manifests.GroupBy(ManifestDirectory, StringComparer.Ordinal))
        {
            copyLines.Append(keyword).Append(flags);
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
            manifests.Length <= 4
                ? $"Copy {MessageText.List(manifests)} and install dependencies before copying the source"
                : $"Copy the {manifests.Length} files the install reads and install dependencies before copying the source",
            DF2001DependencyInstallAfterSourceCopy.DiagnosticId,
            changes);
    }

    private static bool NamesTheWholeContext(string manifest)
    {
        string path = manifest.Replace('\\', '/');
        while (path.StartsWith("./", StringComparison.Ordinal))
        {
            path = path.Substring(2);
        }

        path = path.TrimEnd('/');
        return path.Length == 0 || path == "." || path == ".." || path.StartsWith("../", StringComparison.Ordinal) || path == "*";
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

    private static bool CanMove(DockerfileSemanticModel model, InstructionSyntax instruction)
    {
        switch (instruction)
        {
            case EnvInstructionSyntax or ArgInstructionSyntax or LabelInstructionSyntax or ExposeInstructionSyntax:
                return true;
            case RunInstructionSyntax run when !run.Heredocs.Any() && model.GetShellScript(run) is { } script:
                return script.Commands.Count > 0 && script.Commands.All(c => PackageManagerCommands.IsToolInstall(c) || PackageManagerCommands.IsToolConfiguration(c));
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
