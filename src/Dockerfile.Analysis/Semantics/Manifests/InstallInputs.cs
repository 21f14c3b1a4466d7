using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace Dockerfile.Analysis.Semantics.Manifests;

/// <summary>What an install reads: a closed set of context paths, or the reason it cannot be known (no fix then).</summary>
internal sealed class InstallInputs
{
    private InstallInputs(ImmutableArray<string> paths, string? reason)
    {
        Paths = paths;
        Reason = reason;
    }

    /// <summary>The context-relative files (and whole folders, ending in <c>/</c>) the install reads; distinct, sorted ordinally.</summary>
    public ImmutableArray<string> Paths { get; }

    /// <summary>Why the set is not known, in plain words for the diagnostic message; <see langword="null"/> when it is.</summary>
    public string? Reason { get; }

    /// <summary>Whether the set is known (<see cref="Reason"/> is <see langword="null"/>).</summary>
    public bool IsKnown => Reason == null;

    /// <summary>
    /// A known set of paths (normalized: no leading <c>./</c> or <c>/</c>, duplicates and paths inside a listed folder
    /// dropped, sorted).
    /// </summary>
    public static InstallInputs Known(IEnumerable<string> paths)
    {
        var distinct = paths.Select(ManifestPaths.NormalizeInput).Where(p => p.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var folders = distinct.Where(p => p.EndsWith("/", StringComparison.Ordinal)).ToList();
        return new(distinct.Where(p => !folders.Any(f => f != p && p.StartsWith(f, StringComparison.Ordinal)))
            .OrderBy(p => p, StringComparer.Ordinal).ToImmutableArray(), null);
    }

    /// <summary>An unknown set, with the reason in plain words (such as "requirements.txt installs the project itself (`-e .`)").</summary>
    public static InstallInputs Unknown(string reason) => new(ImmutableArray<string>.Empty, reason ?? "the files it reads cannot be known");

    /// <summary>The union of two sets; unknown when either is (the first reason wins).</summary>
    public InstallInputs Union(InstallInputs other) =>
        !IsKnown ? this : !other.IsKnown ? other : Known(Paths.Concat(other.Paths));

    /// <inheritdoc />
    public override string ToString() => IsKnown ? string.Join(", ", Paths) : "unknown: " + Reason;
}
