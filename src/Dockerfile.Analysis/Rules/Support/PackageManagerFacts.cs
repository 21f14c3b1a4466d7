using System;
using System.Collections.Generic;
using System.Linq;
using Dockerfile.Analysis.Semantics;

namespace Dockerfile.Analysis.Rules.Support;

/// <summary>What a system package-manager command does.</summary>
internal enum PackageAction
{
    /// <summary>Something else (search, clean, ...).</summary>
    Other,

    /// <summary>Refreshes the package index (<c>apt-get update</c>, <c>apk update</c>, <c>yum makecache</c>).</summary>
    IndexUpdate,

    /// <summary>Installs or upgrades packages, reading the index.</summary>
    Install,

    /// <summary>Removes packages.</summary>
    Remove,
}

/// <summary>A recognized system package-manager command.</summary>
internal sealed class PackageCommand
{
    public PackageCommand(string manager, string verb, PackageAction action, IReadOnlyList<string> packages, ShellCommand command, int nameIndex)
    {
        Manager = manager;
        Verb = verb;
        Action = action;
        Packages = packages;
        Command = command;
        NameIndex = nameIndex;
    }

    /// <summary>Gets the program (<c>apt-get</c>, <c>apk</c>, ...).</summary>
    public string Manager { get; }

    /// <summary>Gets the subcommand as written (<c>update</c>, <c>makecache</c>, <c>-Sy</c>).</summary>
    public string Verb { get; }

    /// <summary>Gets what the command does.</summary>
    public PackageAction Action { get; }

    /// <summary>Gets the package arguments.</summary>
    public IReadOnlyList<string> Packages { get; }

    /// <summary>Gets the shell command.</summary>
    public ShellCommand Command { get; }

    /// <summary>Gets the index of the program's word in <see cref="ShellCommand.Words"/>.</summary>
    public int NameIndex { get; }

    /// <summary>Gets the family that shares a cache and an index: <c>apt</c>, <c>apk</c>, <c>yum</c>, <c>zypper</c>, <c>pacman</c>.</summary>
    public string Family => Manager switch
    {
        "apt-get" or "apt" or "aptitude" => "apt",
        "dnf" or "yum" or "microdnf" or "tdnf" => "yum",
        _ => Manager,
    };
}

/// <summary>Recognizes system package-manager commands (apt, apk, yum/dnf, zypper, pacman) for DF2002 and DF2005.</summary>
internal static class PackageManagerFacts
{
    private static readonly string[] s_aptValueFlags = { "-o", "-t", "-c", "--target-release", "--option", "--config-file" };
    private static readonly string[] s_apkValueFlags = { "-t", "--virtual", "-X", "--repository", "-p", "--root", "--arch", "--repositories-file" };
    private static readonly string[] s_yumValueFlags = { "-c", "--config", "--installroot", "--releasever", "-d", "-e", "--enablerepo", "--disablerepo", "-x", "--exclude" };
    private static readonly string[] s_zypperValueFlags = { "-r", "--repo", "--root", "-R", "-t", "--type" };

    /// <summary>Recognizes a command, unwrapping <c>sudo</c> and friends; null when it is no system package manager.</summary>
    public static PackageCommand? Recognize(ShellCommand command)
    {
        var (name, arguments, nameIndex) = RunCommandFacts.Unwrap(command);
        switch (name)
        {
            case "apt-get" or "apt" or "aptitude":
            {
                var positionals = RunCommandFacts.Positionals(arguments, s_aptValueFlags);
                if (positionals.Count == 0)
                {
                    return null;
                }

                string verb = positionals[0];
                var action = verb switch
                {
                    "update" => PackageAction.IndexUpdate,
                    "install" or "upgrade" or "dist-upgrade" or "full-upgrade" or "build-dep" or "source" or "download" or "reinstall" => PackageAction.Install,
                    "remove" or "purge" or "autoremove" => PackageAction.Remove,
                    _ => PackageAction.Other,
                };
                return new PackageCommand(name, verb, action, positionals.Skip(1).ToList(), command, nameIndex);
            }

            case "apk":
            {
                var positionals = RunCommandFacts.Positionals(arguments, s_apkValueFlags);
                if (positionals.Count == 0)
                {
                    return null;
                }

                string verb = positionals[0];
                var action = verb switch
                {
                    "update" => PackageAction.IndexUpdate,
                    "add" or "upgrade" or "fix" => PackageAction.Install,
                    "del" => PackageAction.Remove,
                    _ => PackageAction.Other,
                };
                return new PackageCommand(name, verb, action, positionals.Skip(1).ToList(), command, nameIndex);
            }

            case "yum" or "dnf" or "microdnf" or "tdnf":
            {
                var positionals = RunCommandFacts.Positionals(arguments, s_yumValueFlags);
                if (positionals.Count == 0)
                {
                    return null;
                }

                string verb = positionals[0];
                var action = verb switch
                {
                    "makecache" or "check-update" => PackageAction.IndexUpdate,
                    "install" or "groupinstall" or "upgrade" or "update" or "reinstall" or "downgrade" or "localinstall" or "distro-sync" or "builddep" => PackageAction.Install,
                    "remove" or "erase" or "autoremove" or "groupremove" => PackageAction.Remove,
                    _ => PackageAction.Other,
                };
                return new PackageCommand(name, verb, action, positionals.Skip(1).ToList(), command, nameIndex);
            }

            case "zypper":
            {
                var positionals = RunCommandFacts.Positionals(arguments, s_zypperValueFlags);
                if (positionals.Count == 0)
                {
                    return null;
                }

                string verb = positionals[0];
                var action = verb switch
                {
                    "refresh" or "ref" => PackageAction.IndexUpdate,
                    "install" or "in" or "update" or "up" or "patch" or "dist-upgrade" or "dup" or "source-install" or "si" => PackageAction.Install,
                    "remove" or "rm" => PackageAction.Remove,
                    _ => PackageAction.Other,
                };
                return new PackageCommand(name, verb, action, positionals.Skip(1).ToList(), command, nameIndex);
            }

            case "pacman":
            {
                string? operation = arguments.FirstOrDefault(a => a.StartsWith("-", StringComparison.Ordinal) && !a.StartsWith("--", StringComparison.Ordinal));
                var packages = RunCommandFacts.Positionals(arguments);
                if (operation == null)
                {
                    return null;
                }

                if (operation.StartsWith("-S", StringComparison.Ordinal))
                {
                    bool refresh = operation.IndexOf('y') > 0;
                    bool upgrade = operation.IndexOf('u') > 0;
                    var action = packages.Count > 0 || upgrade ? PackageAction.Install : refresh ? PackageAction.IndexUpdate : PackageAction.Other;
                    return new PackageCommand(name, operation, action, packages, command, nameIndex);
                }

                if (operation.StartsWith("-R", StringComparison.Ordinal))
                {
                    return new PackageCommand(name, operation, PackageAction.Remove, packages, command, nameIndex);
                }

                return new PackageCommand(name, operation, PackageAction.Other, packages, command, nameIndex);
            }

            default:
                return null;
        }
    }

    private static readonly char[] s_versionOperators = { '=', '>', '<', '~' };

    /// <summary>Whether a package name is a compiler, a build tool or a development package (headers).</summary>
    public static bool IsToolchainPackage(string package)
    {
        string name = package;
        int cut = name.IndexOfAny(s_versionOperators);
        if (cut > 0)
        {
            name = name.Substring(0, cut);
        }

        int colon = name.IndexOf(':');
        if (colon > 0)
        {
            name = name.Substring(0, colon);
        }

        return name is "gcc" or "g++" or "gcc-c++" or "clang" or "make" or "cmake" or "build-essential" or "build-base"
                or "autoconf" or "automake" or "libtool" or "linux-headers" or "ninja-build" or "meson" or "gfortran"
            || (name.StartsWith("gcc-", StringComparison.Ordinal) && name.Length > 4 && char.IsDigit(name[4]))
            || (name.StartsWith("g++-", StringComparison.Ordinal) && name.Length > 4 && char.IsDigit(name[4]))
            || (name.Length > 4 && name.EndsWith("-dev", StringComparison.Ordinal))
            || (name.Length > 6 && name.EndsWith("-devel", StringComparison.Ordinal));
    }
}
