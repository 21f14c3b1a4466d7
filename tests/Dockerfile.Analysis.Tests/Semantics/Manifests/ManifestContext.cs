using System.Collections.Generic;
using System.Linq;
using Dockerfile.Analysis.Context;
using Dockerfile.Analysis.Semantics.Manifests;

namespace Dockerfile.Analysis.Tests.Semantics.Manifests;

/// <summary>In-memory build contexts for the manifest reader tests.</summary>
internal static class ManifestContext
{
    /// <summary>A context holding the given (path, text) files.</summary>
    public static IManifestFiles Of(params (string Path, string Text)[] files) =>
        new BuildContextManifestFiles(BuildContext.FromFiles(files.ToDictionary(f => f.Path, f => f.Text)));

    /// <summary>The paths of a known set, or "unknown: reason".</summary>
    public static string Describe(InstallInputs inputs) => inputs.ToString();

    /// <summary>The paths as one comma-separated string (the order is ordinal).</summary>
    public static string Known(params string[] paths) => string.Join(", ", paths.OrderBy(p => p, System.StringComparer.Ordinal));

    /// <summary>Shorthand for a list of arguments.</summary>
    public static IReadOnlyList<string> None { get; } = System.Array.Empty<string>();
}
