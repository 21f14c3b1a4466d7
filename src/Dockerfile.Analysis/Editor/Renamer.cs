using System;
using System.Collections.Immutable;
using System.Linq;
using System.Text.RegularExpressions;
using Dockerfile.Analysis.Semantics;
using Microsoft.CodeAnalysis.Text;

namespace Dockerfile.Analysis.Editor;

/// <summary>Rename of a stage, an ARG/ENV variable or a heredoc delimiter, with the new name checked first.</summary>
public static class Renamer
{
    // BuildKit's stage-name pattern (matched ignoring case).
    private static readonly Regex s_stageName = new("^[a-z][a-z0-9_.-]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    private static readonly Regex s_variableName = new("^[A-Za-z_][A-Za-z0-9_]*$", RegexOptions.CultureInvariant);
    private static readonly Regex s_heredocName = new("^[A-Za-z0-9_.-]+$", RegexOptions.CultureInvariant);

    /// <summary>Tells whether a rename can start at a position, and what it would rename.</summary>
    /// <param name="model">The semantic model.</param>
    /// <param name="position">An offset in the text.</param>
    /// <returns>The target, or <see langword="null"/> when no stage, variable or heredoc delimiter is named there.</returns>
    public static RenameTarget? PrepareRename(DockerfileSemanticModel model, int position)
    {
        var at = SymbolFinder.FindSymbolAt(model, position);
        return at is null ? null : new RenameTarget(at.Span, at.Name, at.Kind);
    }

    /// <summary>Checks a new name for a symbol kind.</summary>
    /// <param name="kind">What is renamed.</param>
    /// <param name="newName">The new name.</param>
    /// <returns>Why the name is not valid, or <see langword="null"/> when it is.</returns>
    public static string? ValidateName(EditorSymbolKind kind, string? newName)
    {
        if (string.IsNullOrEmpty(newName))
        {
            return "The new name is empty.";
        }

        return kind switch
        {
            EditorSymbolKind.Stage when !s_stageName.IsMatch(newName!) =>
                $"'{newName}' is not a valid stage name: it must start with a letter and contain only letters, digits, '-', '_' and '.'.",
            EditorSymbolKind.Variable when !s_variableName.IsMatch(newName!) =>
                $"'{newName}' is not a valid variable name: it must start with a letter or '_' and contain only letters, digits and '_'.",
            EditorSymbolKind.Heredoc when !s_heredocName.IsMatch(newName!) =>
                $"'{newName}' is not a valid heredoc delimiter: use letters, digits, '-', '_' and '.'.",
            _ => null,
        };
    }

    /// <summary>Renames the symbol at a position everywhere it occurs.</summary>
    /// <param name="model">The semantic model.</param>
    /// <param name="position">An offset in the text.</param>
    /// <param name="newName">The new name.</param>
    /// <returns>The text changes, or the reason there are none.</returns>
    public static RenameResult Rename(DockerfileSemanticModel model, int position, string newName)
    {
        var at = SymbolFinder.FindSymbolAt(model, position);
        if (at is null)
        {
            return new RenameResult(ImmutableArray<TextChange>.Empty, "Nothing that can be renamed is here: place the cursor on a stage name, a variable or a heredoc delimiter.");
        }

        string? error = ValidateName(at.Kind, newName);
        if (error != null)
        {
            return new RenameResult(ImmutableArray<TextChange>.Empty, error);
        }

        if (at.Kind == EditorSymbolKind.Stage)
        {
            var stage = SymbolIndex.Get(model).StageOf(at);
            var clash = model.Stages.FirstOrDefault(s => s != stage && string.Equals(s.Name, newName, StringComparison.OrdinalIgnoreCase));
            if (clash != null)
            {
                return new RenameResult(ImmutableArray<TextChange>.Empty, $"Stage {clash.Index} is already named '{clash.Name}' (stage names ignore case).");
            }
        }

        var changes = SymbolIndex.Get(model).OccurrencesOf(at)
            .Select(o => new TextChange(o.Span, newName))
            .OrderBy(c => c.Span.Start)
            .ToImmutableArray();
        return new RenameResult(changes, null);
    }
}
