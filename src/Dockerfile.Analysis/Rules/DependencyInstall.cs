using System.Collections.Immutable;
using Dockerfile.Analysis.Semantics;

namespace Dockerfile.Analysis.Rules;

/// <summary>A recognized dependency install command and the manifest files it reads.</summary>
internal sealed class DependencyInstall
{
    public DependencyInstall(ShellCommand command, string ecosystem, ImmutableArray<string> manifests, bool canInstallWithoutSource)
        : this(command, ecosystem, manifests, ImmutableArray<string>.Empty, canInstallWithoutSource)
    {
    }

    public DependencyInstall(ShellCommand command, string ecosystem, ImmutableArray<string> manifests, ImmutableArray<string> optionalManifests, bool canInstallWithoutSource)
    {
        Command = command;
        Ecosystem = ecosystem;
        Manifests = manifests;
        OptionalManifests = optionalManifests.IsDefault ? ImmutableArray<string>.Empty : optionalManifests;
        CanInstallWithoutSource = canInstallWithoutSource;
    }

    /// <summary>The command, such as <c>npm ci</c>.</summary>
    public ShellCommand Command { get; }

    /// <summary>The package manager family, such as <c>npm</c> (npm, yarn and pnpm share it only by name).</summary>
    public string Ecosystem { get; }

    /// <summary>
    /// The required manifest files, relative to the working directory, primary manifest first: always named in
    /// the message and copied by the fix (when the build context is known, only those that exist in it).
    /// </summary>
    public ImmutableArray<string> Manifests { get; }

    /// <summary>
    /// Manifest files the install reads when they exist (<c>npm-shrinkwrap.json</c>, <c>.npmrc</c>, <c>.yarnrc.yml</c>):
    /// named and copied only when the build context is known and holds them, not ignored; left out otherwise.
    /// </summary>
    public ImmutableArray<string> OptionalManifests { get; }

    /// <summary>Whether the command as written succeeds with only the manifests present (a fix may move it).</summary>
    public bool CanInstallWithoutSource { get; }
}
