using System;
using System.Collections.Immutable;
using System.Linq;
using Dockerfile.Analysis.Semantics;

namespace Dockerfile.Analysis.Editor;

/// <summary>
/// Go to definition, find references and document highlights for build stages (matched ignoring case, as BuildKit
/// does), ARG/ENV variables (in their BuildKit scope) and heredoc delimiters.
/// </summary>
public static class SymbolFinder
{
    /// <summary>Finds the stage, variable or heredoc delimiter named at a position.</summary>
    /// <param name="model">The semantic model.</param>
    /// <param name="position">An offset in the text; a name that ends at it counts.</param>
    /// <returns>The occurrence, or <see langword="null"/>.</returns>
    public static SymbolOccurrence? FindSymbolAt(DockerfileSemanticModel model, int position)
    {
        if (model is null)
        {
            throw new ArgumentNullException(nameof(model));
        }

        var index = SymbolIndex.Get(model);
        var found = index.Find(position);
        if (found is null)
        {
            // On the '$' or '${' of a reference: the name follows.
            var text = model.Tree.GetText();
            int at = position;
            if (at >= 0 && at < text.Length && text[at] == '$')
            {
                at++;
                if (at < text.Length && text[at] == '{')
                {
                    at++;
                }

                var next = index.Find(at);
                found = next is { Kind: EditorSymbolKind.Variable } && next.Span.Start == at ? next : null;
            }
        }

        return found;
    }

    /// <summary>Finds the declarations of the symbol at a position: a stage's <c>AS name</c>, a variable's ARG/ENV names, a heredoc's marker.</summary>
    /// <param name="model">The semantic model.</param>
    /// <param name="position">An offset in the text.</param>
    /// <returns>The declarations in document order; empty when nothing is named there.</returns>
    public static ImmutableArray<SymbolOccurrence> FindDefinition(DockerfileSemanticModel model, int position)
    {
        var at = FindSymbolAt(model, position);
        if (at is null)
        {
            return ImmutableArray<SymbolOccurrence>.Empty;
        }

        var all = SymbolIndex.Get(model).OccurrencesOf(at);
        if (at.Kind == EditorSymbolKind.Variable && !at.IsDeclaration)
        {
            // The declarations a use can see: the last ones before it (a later ENV assignment does not define an earlier use).
            var before = all.Where(o => o.IsDeclaration && o.Span.Start < at.Span.Start).ToList();
            if (before.Count > 0)
            {
                return before.ToImmutableArray();
            }
        }

        return all.Where(o => o.IsDeclaration).ToImmutableArray();
    }

    /// <summary>Finds every occurrence of the symbol at a position.</summary>
    /// <param name="model">The semantic model.</param>
    /// <param name="position">An offset in the text.</param>
    /// <param name="includeDeclaration">Whether declarations are included.</param>
    /// <returns>The occurrences in document order; empty when nothing is named there.</returns>
    public static ImmutableArray<SymbolOccurrence> FindReferences(DockerfileSemanticModel model, int position, bool includeDeclaration = true)
    {
        var at = FindSymbolAt(model, position);
        if (at is null)
        {
            return ImmutableArray<SymbolOccurrence>.Empty;
        }

        return SymbolIndex.Get(model).OccurrencesOf(at).Where(o => includeDeclaration || !o.IsDeclaration).ToImmutableArray();
    }

    /// <summary>Gets the occurrences to highlight for the symbol at a position (declarations are the "write" highlights).</summary>
    /// <param name="model">The semantic model.</param>
    /// <param name="position">An offset in the text.</param>
    /// <returns>The occurrences in document order; empty when nothing is named there.</returns>
    public static ImmutableArray<SymbolOccurrence> GetHighlights(DockerfileSemanticModel model, int position) =>
        FindReferences(model, position, includeDeclaration: true);
}
