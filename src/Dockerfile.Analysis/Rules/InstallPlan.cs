using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Dockerfile.Analysis.Semantics;
using Dockerfile.Analysis.Semantics.Manifests;

namespace Dockerfile.Analysis.Rules;

/// <summary>
/// What DF2001 knows about one RUN after the source copy: its first reportable dependency install, the files all of
/// its installs read (when the build context is known) and, when the RUN cannot move above the source copy, why.
/// </summary>
internal sealed class InstallPlan
{
    private const int MaxCommandLength = 40;

    private InstallPlan(DependencyInstall first, ShellScript firstScript, InstallInputs inputs, string? noFixReason)
    {
        First = first;
        FirstScript = firstScript;
        Inputs = inputs;
        NoFixReason = noFixReason ?? inputs.Reason;
    }

    /// <summary>The install the diagnostic names.</summary>
    public DependencyInstall First { get; }

    /// <summary>The script <see cref="First"/> belongs to (its offsets refer to that script's text).</summary>
    public ShellScript FirstScript { get; }

    /// <summary>The union of what the RUN's installs read; known and empty without a build context.</summary>
    public InstallInputs Inputs { get; }

    /// <summary>Why the RUN cannot move with a copy of <see cref="Inputs"/>, or <see langword="null"/>.</summary>
    public string? NoFixReason { get; }

    /// <summary>
    /// Builds the plan of a RUN, or <see langword="null"/> when it holds no install to report.
    /// </summary>
    /// <param name="scripts">The RUN's scripts (see <see cref="InstallScripts"/>).</param>
    /// <param name="copiedTo">The absolute folder the source was copied to, when known (a <c>cd</c> into it is understood).</param>
    /// <param name="files">The build context, or <see langword="null"/> when unknown.</param>
    /// <param name="isReportable">Whether an install is to be reported (its manifests were not copied and installed before).</param>
    public static InstallPlan? Create(ImmutableArray<ShellScript> scripts, string? copiedTo, IManifestFiles? files, Func<DependencyInstall, bool> isReportable)
    {
        DependencyInstall? first = null;
        ShellScript? firstScript = null;
        string? reason = null;
        string? otherCommand = null;
        var inputs = InstallInputs.Known(Array.Empty<string>());
        foreach (var script in scripts)
        {
            string? directory = string.Empty;
            foreach (var command in script.Commands)
            {
                if (command.Name == "cd")
                {
                    directory = ChangeDirectory(directory, command, copiedTo);
                    continue;
                }

                var install = PackageManagerCommands.RecognizeDependencyInstall(command);
                if (install == null)
                {
                    if (!IsInert(command) && !PackageManagerCommands.IsToolInstall(command) && !PackageManagerCommands.IsToolConfiguration(command))
                    {
                        otherCommand ??= Shorten(SourceCopy.Fold(script.Text.Substring(command.Start, command.Length)));
                    }

                    continue;
                }

                string text = Shorten(SourceCopy.Fold(script.Text.Substring(command.Start, command.Length)));
                bool inContext = files == null || directory == null || install.HasManifestIn(files, directory);
                if (!inContext || !isReportable(install))
                {
                    otherCommand ??= text;
                    continue;
                }

                if (first == null)
                {
                    first = install;
                    firstScript = script;
                }

                if (!install.CanInstallWithoutSource)
                {
                    reason ??= $"`{text}` also needs the source";
                }
                else if (directory == null)
                {
                    reason ??= "it runs in a folder that cannot be known from the Dockerfile";
                }
                else if (files != null)
                {
                    inputs = inputs.Union(install.ReadInputs(files, directory));
                }
            }
        }

        if (first == null)
        {
            return null;
        }

        if (reason == null && otherCommand != null)
        {
            reason = $"the RUN also runs `{otherCommand}`, which may need the source";
        }

        return new InstallPlan(first, firstScript!, inputs, reason);
    }

    private static string? ChangeDirectory(string? directory, ShellCommand command, string? copiedTo)
    {
        var args = command.Arguments;
        if (directory == null || args.Count != 1 || args[0].StartsWith("-", StringComparison.Ordinal))
        {
            return null;
        }

        string target = args[0];
        if (target.StartsWith("/", StringComparison.Ordinal))
        {
            if (copiedTo == null)
            {
                return null;
            }

            string root = copiedTo.TrimEnd('/');
            if (target.TrimEnd('/') == root)
            {
                return string.Empty;
            }

            return target.StartsWith(root + "/", StringComparison.Ordinal) ? ManifestPaths.Resolve(string.Empty, target.Substring(root.Length + 1)) : null;
        }

        return ManifestPaths.Resolve(directory, target);
    }

    // Shell builtins that read no file: `set -e`, `export A=b`, `echo ...`.
    private static bool IsInert(ShellCommand command) =>
        command.Name is "set" or "export" or "echo" or "printf" or "true" or ":" or "umask" or "ulimit";

    private static string Shorten(string text) => text.Length <= MaxCommandLength ? text : text.Substring(0, MaxCommandLength - 3).TrimEnd() + "...";
}
