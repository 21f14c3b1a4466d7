using System;
using System.Collections.Generic;
using System.Linq;
using Dockerfile.Analysis.Context;
using Dockerfile.Analysis.Semantics;
using Dockerfile.Syntax;

namespace Dockerfile.Analysis.Rules;

/// <summary>
/// The files dependency installs read: each install a RUN makes (as DF2001 recognises them) with its manifests,
/// optional ones (such as <c>.npmrc</c>) and alternatives included. A file an install reads must stay in the context.
/// </summary>
internal static class DependencyInstallReads
{
    /// <summary>The installs of the given RUNs, each with its tool (its ecosystem) and the manifest names or paths it reads.</summary>
    public static List<(string Tool, List<string> Manifests)> Of(DockerfileSemanticModel model, IEnumerable<RunInstructionSyntax> runs)
    {
        var result = new List<(string Tool, List<string> Manifests)>();
        foreach (var run in runs)
        {
            foreach (var script in InstallScripts.Get(model, run))
            {
                foreach (var command in script.Commands)
                {
                    if (PackageManagerCommands.RecognizeDependencyInstall(command) is { } install)
                    {
                        result.Add((install.Ecosystem, install.Manifests.Concat(install.OptionalManifests).Concat(install.AlternativeManifests).ToList()));
                    }
                }
            }
        }

        return result;
    }

    /// <summary>Whether a context file is one of the manifests (by path, or by name, or name glob, anywhere).</summary>
    public static bool Reads(IEnumerable<string> manifests, string file)
    {
        string name = file.Substring(file.LastIndexOf('/') + 1);
        foreach (string manifest in manifests)
        {
            string normalized = GoPath.NormalizeContextPath(manifest);
            string manifestName = normalized.Substring(normalized.LastIndexOf('/') + 1);
            if (file == normalized || file.EndsWith("/" + normalized, StringComparison.Ordinal) ||
                (GoPath.ContainsWildcards(manifestName) ? GoPath.Match(manifestName, name, out _) : manifestName == name))
            {
                return true;
            }
        }

        return false;
    }
}
