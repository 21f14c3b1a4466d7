using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Dockerfile.Analysis.Semantics;
using Dockerfile.Analysis.Semantics.Manifests;

namespace Dockerfile.Analysis.Rules;

/// <summary>A recognized dependency install command and the manifest files it reads.</summary>
internal sealed class DependencyInstall
{
    public DependencyInstall(ShellCommand command, string ecosystem, ImmutableArray<string> manifests, bool canInstallWithoutSource)
        : this(command, ecosystem, manifests, ImmutableArray<string>.Empty, canInstallWithoutSource)
    {
    }

    public DependencyInstall(
        ShellCommand command,
        string ecosystem,
        ImmutableArray<string> manifests,
        ImmutableArray<string> optionalManifests,
        bool canInstallWithoutSource,
        Func<IManifestFiles, string, InstallInputs>? inputsReader = null,
        ImmutableArray<string> alternativeManifests = default)
    {
        AlternativeManifests = alternativeManifests.IsDefault ? ImmutableArray<string>.Empty : alternativeManifests;
        Command = command;
        Ecosystem = ecosystem;
        Manifests = manifests;
        OptionalManifests = optionalManifests.IsDefault ? ImmutableArray<string>.Empty : optionalManifests;
        CanInstallWithoutSource = canInstallWithoutSource;
        InputsReader = inputsReader;
    }

    /// <summary>The command, such as <c>npm ci</c>.</summary>
    public ShellCommand Command { get; }

    /// <summary>The package manager family, such as <c>npm</c> (npm, yarn and pnpm share it only by name).</summary>
    public string Ecosystem { get; }

    /// <summary>
    /// The primary manifest files, relative to the working directory, primary manifest first (may be COPY patterns such
    /// as <c>bun.lock*</c>): named in the message; when the build context is known and none of them is in it, the
    /// command is not reported. A name holding <c>$</c> is a variable the reader reports as unknown.
    /// </summary>
    public ImmutableArray<string> Manifests { get; }

    /// <summary>
    /// Manifest files the install reads when they exist (<c>npm-shrinkwrap.json</c>, <c>.npmrc</c>, <c>.yarnrc.yml</c>):
    /// the default reader adds those the context holds.
    /// </summary>
    public ImmutableArray<string> OptionalManifests { get; }

    /// <summary>Whether the command as written succeeds with only the manifests present (a fix may move it).</summary>
    public bool CanInstallWithoutSource { get; }

    /// <summary>
    /// The ecosystem's reader: from the context and the folder the install runs in ("" for the context root), every
    /// context path the install reads, or why that cannot be known. <see langword="null"/>: <see cref="ReadInputs"/>
    /// takes <see cref="Manifests"/> and <see cref="OptionalManifests"/> as they are.
    /// </summary>
    public Func<IManifestFiles, string, InstallInputs>? InputsReader { get; }

    /// <summary>
    /// Files whose presence alone also shows the command installs from this context, though the message does not name
    /// them without a context (<c>go.work</c> for <c>go mod download</c> in a workspace root without go.mod).
    /// </summary>
    public ImmutableArray<string> AlternativeManifests { get; }

    /// <summary>Returns a copy with a reader (see <see cref="InputsReader"/>).</summary>
    public DependencyInstall WithReader(Func<IManifestFiles, string, InstallInputs> reader) =>
        new(Command, Ecosystem, Manifests, OptionalManifests, CanInstallWithoutSource, reader, AlternativeManifests);

    /// <summary>Returns a copy that also reads the given optional manifests.</summary>
    public DependencyInstall WithOptional(params string[] optionalManifests) =>
        new(Command, Ecosystem, Manifests, OptionalManifests.AddRange(optionalManifests), CanInstallWithoutSource, InputsReader, AlternativeManifests);

    /// <summary>Returns a copy with alternative manifests (see <see cref="AlternativeManifests"/>).</summary>
    public DependencyInstall WithAlternatives(params string[] alternativeManifests) =>
        new(Command, Ecosystem, Manifests, OptionalManifests, CanInstallWithoutSource, InputsReader, AlternativeManifests.AddRange(alternativeManifests));

    /// <summary>
    /// Whether a primary manifest is in the context (not ignored): when none is, the command does not install from
    /// this context and is not reported. True when a manifest is a variable.
    /// </summary>
    public bool HasManifestIn(IManifestFiles files, string directory)
    {
        foreach (string manifest in Concat(Manifests, AlternativeManifests))
        {
            if (manifest.IndexOf('$') >= 0)
            {
                return true;
            }

            string? path = ManifestPaths.Resolve(directory, manifest.TrimEnd('/'));
            if (path == null)
            {
                return true;
            }

            if (ManifestPaths.HasWildcards(path) ? files.Match(path).Count > 0 : files.FileExists(path) || files.DirectoryExists(path))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Every context path the install reads, or why that cannot be known.</summary>
    /// <param name="files">The context.</param>
    /// <param name="directory">The folder the install runs in, relative to the context root ("" for the root).</param>
    public InstallInputs ReadInputs(IManifestFiles files, string directory) =>
        InputsReader != null ? InputsReader(files, directory) : ReadListed(files, directory, Manifests, OptionalManifests);

    /// <summary>
    /// The default reader: the listed manifests and optional manifests the context holds (patterns expanded, a folder
    /// ending in <c>/</c> kept whole). Readers may start from it and add what the manifests reference.
    /// </summary>
    public static InstallInputs ReadListed(IManifestFiles files, string directory, IEnumerable<string> manifests, IEnumerable<string> optionalManifests)
    {
        var paths = new List<string>();
        foreach (string manifest in Concat(manifests, optionalManifests))
        {
            string? path = ManifestPaths.Resolve(directory, manifest.TrimEnd('/'));
            if (path == null || path.Length == 0)
            {
                return InstallInputs.Unknown(manifest.IndexOf('$') >= 0 ? $"the manifest is a variable (`{manifest}`)" : $"`{manifest}` is outside the build context");
            }

            if (ManifestPaths.HasWildcards(path))
            {
                paths.AddRange(files.Match(path));
            }
            else if (manifest.EndsWith("/", StringComparison.Ordinal))
            {
                if (files.DirectoryExists(path))
                {
                    paths.Add(path + "/");
                }
            }
            else if (files.FileExists(path))
            {
                paths.Add(path);
            }
        }

        return InstallInputs.Known(paths);
    }

    private static IEnumerable<string> Concat(IEnumerable<string> first, IEnumerable<string> second)
    {
        foreach (string s in first)
        {
            yield return s;
        }

        foreach (string s in second)
        {
            yield return s;
        }
    }
}
