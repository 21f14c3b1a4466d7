using System.Collections.Immutable;
using Dockerfile.Analysis.Semantics;

namespace Dockerfile.Analysis.Rules;

/// <summary>A recognized dependency install command and the manifest files it reads.</summary>
internal sealed class DependencyInstall
{
    public DependencyInstall(ShellCommand command, string ecosystem, ImmutableArray<string> manifests, bool canInstallWithoutSource)
    {
        Command = command;
        Ecosystem = ecosystem;
        Manifests = manifests;
        CanInstallWithoutSource = canInstallWithoutSource;
    }

    /// <summary>The command, such as <c>npm ci</c>.</summary>
    public ShellCommand Command { get; }

    /// <summary>The package manager family, such as <c>npm</c> (npm, yarn and pnpm share it only by name).</summary>
    public string Ecosystem { get; }

    /// <summary>The manifest files, relative to the working directory, primary manifest first.</summary>
    public ImmutableArray<string> Manifests { get; }

    /// <summary>Whether the command as written succeeds with only the manifests present (a fix may move it).</summary>
    public bool CanInstallWithoutSource { get; }
}
