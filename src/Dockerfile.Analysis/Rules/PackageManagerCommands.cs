using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Dockerfile.Analysis.Semantics;
using Dockerfile.Analysis.Semantics.Manifests;

namespace Dockerfile.Analysis.Rules;

/// <summary>Recognizes package manager commands in RUN scripts: dependency installs and plain tool installs.</summary>
internal static class PackageManagerCommands
{
    private static readonly HashSet<string> SystemPackageManagers = new(StringComparer.Ordinal)
    {
        "apt-get", "apt", "apk", "yum", "dnf", "microdnf", "zypper", "tdnf",
    };

    /// <summary>Recognizes a dependency install that reads manifest files from the working directory.</summary>
    public static DependencyInstall? RecognizeDependencyInstall(ShellCommand command)
    {
        string name = BaseName(command.Name);
        IReadOnlyList<string> args = command.Arguments;
        if (TryGetPipArguments(command, out var pipArgs))
        {
            return RecognizePip(command, pipArgs);
        }

        string? sub = command.Subcommand;
        switch (name)
        {
            case "pipenv" when sub is "install" or "sync":
                return Make(command, "pipenv", true, "Pipfile", "Pipfile.lock").WithReader((f, d) => PythonProjectManifestReader.Read(f, d, "pipenv"));
            case "poetry" when sub == "install":
                return Make(command, "poetry", command.HasFlag("--no-root"), "pyproject.toml", "poetry.lock").WithReader((f, d) => PythonProjectManifestReader.Read(f, d, "poetry"));
            case "uv" when sub == "sync":
                return Make(command, "uv", command.HasFlag("--no-install-project"), "pyproject.toml", "uv.lock").WithReader((f, d) => PythonProjectManifestReader.Read(f, d, "uv"));
            case "npm" when (sub is "ci" or "clean-install") || (sub is "install" or "i" && command.PositionalArguments.Count == 0 && !IsGlobal(command)):
                return Make(command, "npm", true, "package.json", "package-lock.json").WithOptional("npm-shrinkwrap.json", ".npmrc").WithReader(JavaScript(command, "npm"));
            case "yarn" when (sub is null or "install") && command.PositionalArguments.Count == 0:
                return Make(command, "yarn", true, "package.json", "yarn.lock").WithOptional(".yarnrc.yml").WithReader(JavaScript(command, "yarn"));
            case "pnpm" when sub is "install" or "i" && command.PositionalArguments.Count == 0 && !IsGlobal(command):
                return Make(command, "pnpm", true, "package.json", "pnpm-lock.yaml").WithReader(JavaScript(command, "pnpm"));
            case "go" when sub == "mod" && command.PositionalArguments.FirstOrDefault() == "download":
                return Make(command, "go", true, "go.mod", "go.sum").WithAlternatives("go.work").WithReader(GoManifestReader.Read);
            case "cargo" when sub == "fetch":
                return RecognizeCargo(command);
            case "dotnet" when sub == "restore":
                return RecognizeDotnetRestore(command);
            case "mvn" or "mvnw" when args.Any(a => a is "dependency:go-offline" or "dependency:resolve"):
                return RecognizeMaven(command, name == "mvnw");
            case "bundle" when sub == "install":
                return RecognizeBundler(command);
            case "composer" when sub == "install":
                return RecognizeComposer(command);
            case "bun" when sub is "install" or "i" && command.PositionalArguments.Count == 0 && !IsGlobal(command):
                // bun.lockb (binary, before bun 1.2) or bun.lock (text): the pattern matches either, and an
                // unmatched wildcard is not an error in COPY.
                return Make(command, "bun", true, "package.json", "bun.lock*").WithReader(JavaScript(command, "bun"));
            case "gradle" or "gradlew":
                return RecognizeGradle(command, name == "gradlew");
            case "mix" when sub == "deps.get":
                return Make(command, "mix", true, "mix.exs", "mix.lock");
            case "pod" when sub == "install":
                // CocoaPods integrates the pods into the Xcode project, which is part of the source.
                return Make(command, "cocoapods", false, "Podfile", "Podfile.lock");
            case "swift" when sub == "package" && command.PositionalArguments.FirstOrDefault() == "resolve":
                return Make(command, "swiftpm", true, "Package.swift", "Package.resolved");
            case "dart" or "flutter" when sub == "pub" && command.PositionalArguments.FirstOrDefault() == "get":
                return Make(command, "pub", true, "pubspec.yaml", "pubspec.lock");
            case "conda" or "mamba" when sub == "env" && command.PositionalArguments.FirstOrDefault() is "create" or "update":
                return RecognizeEnvironmentFile(command, "conda", "environment.yml");
            case "micromamba" when sub is "create" or "install":
                return RecognizeEnvironmentFile(command, "conda", null);
            default:
                return null;
        }
    }

    /// <summary>
    /// Gradle tasks that only resolve dependencies (the last segment of a task path such as <c>:app:dependencies</c>).
    /// </summary>
    private static readonly HashSet<string> GradleResolveTasks = new(StringComparer.Ordinal)
    {
        "dependencies", "resolveDependencies", "downloadDependencies", "androidDependencies", "resolve",
    };

    /// <summary>Gradle options whose value is the next word.</summary>
    private static readonly HashSet<string> GradleOptionsWithValue = new(StringComparer.Ordinal)
    {
        "--configuration", "-x", "--exclude-task", "-g", "--gradle-user-home", "-I", "--init-script", "--console",
        "--warning-mode", "--priority", "-D", "-P", "--system-prop", "--project-prop", "--include-build", "-M", "--write-verification-metadata",
    };

    /// <summary>Gradle options that move the build away from the working directory's build files.</summary>
    private static readonly HashSet<string> GradleOptionsChangingProject = new(StringComparer.Ordinal)
    {
        "-p", "--project-dir", "-b", "--build-file", "-c", "--settings-file",
    };

    private static DependencyInstall? RecognizeGradle(ShellCommand command, bool wrapper)
    {
        // `gradle dependencies`, `./gradlew resolveDependencies`, `gradle --refresh-dependencies`: every task
        // only resolves dependencies (`gradle build` compiles the source and is not an install).
        var args = command.Arguments;
        int tasks = 0;
        bool refresh = false;
        for (int i = 0; i < args.Count; i++)
        {
            string a = args[i];
            string option = a.IndexOf('=') > 0 && a.StartsWith("--", StringComparison.Ordinal) ? a.Substring(0, a.IndexOf('=')) : a;
            if (GradleOptionsChangingProject.Contains(option) || (a.Length > 2 && (a.StartsWith("-p", StringComparison.Ordinal) || a.StartsWith("-b", StringComparison.Ordinal) || a.StartsWith("-c", StringComparison.Ordinal)) && !a.StartsWith("--", StringComparison.Ordinal)))
            {
                return null;
            }

            if (a == "--refresh-dependencies" || a == "-U")
            {
                refresh = true;
            }
            else if (GradleOptionsWithValue.Contains(a))
            {
                i++;
            }
            else if (!a.StartsWith("-", StringComparison.Ordinal))
            {
                int colon = a.LastIndexOf(':');
                string task = colon >= 0 ? a.Substring(colon + 1) : a;
                if (!GradleResolveTasks.Contains(task))
                {
                    return null;
                }

                tasks++;
            }
        }

        if (tasks == 0 && !refresh)
        {
            return null;
        }

        // Groovy or Kotlin build scripts, with or without settings and properties: patterns, since an
        // unmatched wildcard is not an error in COPY.
        var install = wrapper
            ? Make(command, "gradle", true, "build.gradle*", "settings.gradle*", "gradle.properties*", "gradlew", "gradle/")
            : Make(command, "gradle", true, "build.gradle*", "settings.gradle*", "gradle.properties*");
        return install.WithReader((files, directory) => GradleManifestReader.Read(files, directory, wrapper));
    }

    private static DependencyInstall? RecognizeMaven(ShellCommand command, bool wrapper)
    {
        // `-f x`, `--file x`, `--file=x` (not `-fae`, `-ff` or `-fn`, which are other flags).
        string? pom = null;
        var args = command.Arguments;
        for (int i = 0; i < args.Count; i++)
        {
            if (args[i] is "-f" or "--file")
            {
                pom = i + 1 < args.Count ? args[i + 1] : string.Empty;
            }
            else if (args[i].StartsWith("--file=", StringComparison.Ordinal))
            {
                pom = args[i].Substring("--file=".Length);
            }
        }

        if (pom != null && (pom.Length == 0 || pom[0] == '/'))
        {
            return null;
        }

        var settings = new List<string>();
        foreach (string option in new[] { "-s", "--settings", "-gs", "--global-settings", "-t", "--toolchains" })
        {
            if (command.GetOptionValue(option) is { } value && value.Length > 0 && value[0] != '/' && value[0] != '~')
            {
                settings.Add(value);
            }
        }

        var install = Make(command, "maven", true, pom ?? "pom.xml");
        return install.WithReader((files, directory) => MavenManifestReader.Read(files, directory, pom, wrapper, settings));
    }

    private static DependencyInstall? RecognizeBundler(ShellCommand command)
    {
        string? gemfile = command.GetOptionValue("--gemfile");
        foreach (string assignment in command.EnvironmentAssignments)
        {
            if (gemfile == null && assignment.StartsWith("BUNDLE_GEMFILE=", StringComparison.Ordinal))
            {
                gemfile = assignment.Substring("BUNDLE_GEMFILE=".Length);
            }
        }

        if (gemfile != null && (gemfile.Length == 0 || gemfile[0] == '/'))
        {
            return null;
        }

        var install = gemfile == null ? Make(command, "bundler", true, "Gemfile", "Gemfile.lock") : Make(command, "bundler", true, gemfile);
        return install.WithReader((files, directory) => BundlerManifestReader.Read(files, directory, gemfile));
    }

    private static DependencyInstall? RecognizeComposer(ShellCommand command)
    {
        string? workingDir = command.GetOptionValue("-d") ?? command.GetOptionValue("--working-dir");
        if (workingDir != null && (workingDir.Length == 0 || workingDir[0] == '/'))
        {
            return null;
        }

        bool withoutSource = command.HasFlag("--no-scripts") && command.HasFlag("--no-autoloader");
        var install = workingDir == null
            ? Make(command, "composer", withoutSource, "composer.json", "composer.lock")
            : Make(command, "composer", withoutSource, workingDir.TrimEnd('/') + "/composer.json", workingDir.TrimEnd('/') + "/composer.lock");
        return install.WithReader((files, directory) => ComposerManifestReader.Read(files, directory, workingDir));
    }

    private static DependencyInstall? RecognizeCargo(ShellCommand command)
    {
        string? manifest = command.GetOptionValue("--manifest-path");
        if (manifest != null && (manifest.Length == 0 || manifest[0] == '/'))
        {
            return null;
        }

        var install = manifest == null ? Make(command, "cargo", true, "Cargo.toml", "Cargo.lock") : Make(command, "cargo", true, manifest);
        return install.WithReader((files, directory) => CargoManifestReader.Read(files, directory, manifest));
    }

    /// <summary><c>dotnet restore</c> options whose value is the next word.</summary>
    private static readonly HashSet<string> DotnetRestoreOptionsWithValue = new(StringComparer.Ordinal)
    {
        "-s", "--source", "--packages", "-r", "--runtime", "--configfile", "-v", "--verbosity", "--lock-file-path",
        "-a", "--arch", "--os", "--property", "-p", "-f", "--framework",
    };

    private static DependencyInstall? RecognizeDotnetRestore(ShellCommand command)
    {
        // The positional argument, after the subcommand: a project, a solution or a folder.
        var args = command.Arguments;
        string? target = null;
        string? configFile = null;
        for (int i = 1; i < args.Count; i++)
        {
            string a = args[i];
            if (a == "--configfile" && i + 1 < args.Count)
            {
                configFile = args[i + 1];
            }
            else if (a.StartsWith("--configfile=", StringComparison.Ordinal))
            {
                configFile = a.Substring("--configfile=".Length);
            }

            if (DotnetRestoreOptionsWithValue.Contains(a))
            {
                i++;
            }
            else if (!a.StartsWith("-", StringComparison.Ordinal))
            {
                if (target != null)
                {
                    return null;
                }

                target = a;
            }
        }

        if (target != null && !IsRelativeFile(target))
        {
            return null;
        }

        if (configFile != null && (configFile.Length == 0 || configFile[0] == '/'))
        {
            return null;
        }

        var install = target != null ? Make(command, "dotnet", true, target) : Make(command, "dotnet", true, "*.sln", "*.slnx", "*.*proj");
        return install.WithReader((files, directory) => DotnetManifestReader.Read(files, directory, target, configFile));
    }

    private static DependencyInstall? RecognizeEnvironmentFile(ShellCommand command, string ecosystem, string? defaultFile)
    {
        var args = command.Arguments;
        string? file = null;
        for (int i = 0; i < args.Count; i++)
        {
            string a = args[i];
            if (a is "-f" or "--file")
            {
                file = i + 1 < args.Count ? args[++i] : null;
            }
            else if (a.StartsWith("--file=", StringComparison.Ordinal))
            {
                file = a.Substring("--file=".Length);
            }
        }

        file ??= defaultFile;
        if (file == null || !IsRelativeFile(file) || file.IndexOf("://", StringComparison.Ordinal) >= 0)
        {
            return null;
        }

        return Make(command, ecosystem, true, file);
    }

    /// <summary>
    /// Whether a command only installs tools or cleans caches, reading nothing from the build context:
    /// system package managers, <c>pip install</c> of package names, global npm/yarn/pnpm installs and the like.
    /// </summary>
    public static bool IsToolInstall(ShellCommand command)
    {
        string name = BaseName(command.Name);
        if (SystemPackageManagers.Contains(name))
        {
            return true;
        }

        if (TryGetPipArguments(command, out var pipArgs))
        {
            if (pipArgs.Count == 0 || pipArgs[0] != "install")
            {
                return pipArgs.Count > 0 && pipArgs[0] is "cache" or "--version";
            }

            for (int i = 1; i < pipArgs.Count; i++)
            {
                string a = pipArgs[i];
                if (a is "-r" or "--requirement" or "-c" or "--constraint" or "-e" or "--editable" || a.StartsWith("--requirement=", StringComparison.Ordinal) || a.StartsWith("-r", StringComparison.Ordinal) && a.Length > 2)
                {
                    return false;
                }

                if (!a.StartsWith("-", StringComparison.Ordinal) && !IsPackageSpec(a))
                {
                    return false;
                }
            }

            return true;
        }

        switch (name)
        {
            case "npm" or "pnpm" when command.Subcommand is "install" or "i" or "add" && IsGlobal(command):
            case "yarn" when command.Subcommand == "global":
            case "npm" when command.Subcommand == "cache":
            case "pipx" when command.Subcommand == "install" && command.PositionalArguments.All(IsPackageSpec):
            case "gem" when command.Subcommand == "install" && command.PositionalArguments.All(IsPackageSpec):
            case "cargo" when command.Subcommand == "install" && !command.HasFlag("--path"):
            case "go" when command.Subcommand == "install" && command.PositionalArguments.All(p => p.Contains("@")):
            case "dotnet" when command.Subcommand == "tool" && command.PositionalArguments.FirstOrDefault() == "install" && command.HasFlag("-g"):
            case "mix" when command.Subcommand is "local.hex" or "local.rebar":
            case "corepack" when command.Subcommand is "enable" or "prepare":
                return true;
            case "rm":
                return command.Arguments.All(a => a.StartsWith("-", StringComparison.Ordinal) || a.StartsWith("/", StringComparison.Ordinal) || a.StartsWith("~/", StringComparison.Ordinal));
            default:
                return false;
        }
    }

    /// <summary>pip install options whose value is the next word (a value that is not a package name).</summary>
    private static readonly HashSet<string> PipOptionsWithValue = new(StringComparer.Ordinal)
    {
        "-i", "--index-url", "--extra-index-url", "-t", "--target", "--prefix", "--root", "--platform", "--python-version",
        "--implementation", "--abi", "--src", "--cache-dir", "--trusted-host", "--progress-bar", "--log", "--timeout",
        "--retries", "--proxy", "--no-binary", "--only-binary", "--upgrade-strategy", "--report", "--config-settings", "-C",
        "--python", "--root-user-action", "--exists-action", "--cert", "--client-cert", "--keyring-provider", "--use-feature",
        "--use-deprecated",
    };

    private static DependencyInstall? RecognizePip(ShellCommand command, IReadOnlyList<string> pipArgs)
    {
        if (pipArgs.Count == 0 || pipArgs[0] != "install")
        {
            return null;
        }

        var manifests = new List<string>();
        for (int i = 1; i < pipArgs.Count; i++)
        {
            string a = pipArgs[i];
            string? file = null;
            if (a is "-r" or "--requirement" or "-c" or "--constraint")
            {
                file = i + 1 < pipArgs.Count ? pipArgs[++i] : null;
            }
            else if (a.StartsWith("--requirement=", StringComparison.Ordinal) || a.StartsWith("--constraint=", StringComparison.Ordinal))
            {
                file = a.Substring(a.IndexOf('=') + 1);
            }
            else if ((a.StartsWith("-r", StringComparison.Ordinal) || a.StartsWith("-c", StringComparison.Ordinal)) && a.Length > 2 && !a.StartsWith("--", StringComparison.Ordinal))
            {
                file = a.Substring(2);
            }
            else if (a is "-e" or "--editable" || a.StartsWith("--editable=", StringComparison.Ordinal))
            {
                return null;
            }
            else if (PipOptionsWithValue.Contains(a))
            {
                i++;
                continue;
            }
            else if (a is "-f" or "--find-links" || a.StartsWith("--find-links=", StringComparison.Ordinal))
            {
                // A local folder of wheels is read too; a URL is not part of the context.
                string value = a.StartsWith("--find-links=", StringComparison.Ordinal) ? a.Substring("--find-links=".Length) : i + 1 < pipArgs.Count ? pipArgs[++i] : string.Empty;
                if (value.IndexOf("://", StringComparison.Ordinal) < 0)
                {
                    return null;
                }

                continue;
            }
            else if (!a.StartsWith("-", StringComparison.Ordinal) && !IsPackageSpec(a))
            {
                // `pip install .`, a path or an archive: the install needs the source itself.
                return null;
            }

            if (file != null)
            {
                if (file.Length == 0 || file[0] == '/' || file.IndexOf("://", StringComparison.Ordinal) >= 0)
                {
                    return null;
                }

                manifests.Add(file);
            }
        }

        if (manifests.Count == 0)
        {
            return null;
        }

        var files = manifests.ToImmutableArray();
        return new DependencyInstall(command, "pip", files, true).WithReader((context, directory) => PipManifestReader.Read(context, directory, files));
    }

    /// <summary>
    /// Whether a command only configures a package manager (<c>poetry config ...</c>, <c>npm config set ...</c>,
    /// <c>pip config ...</c>, <c>bundle config ...</c>, <c>corepack enable</c>): it reads nothing from the build
    /// context, so it may move with the install.
    /// </summary>
    public static bool IsToolConfiguration(ShellCommand command)
    {
        string name = BaseName(command.Name);
        string? sub = command.Subcommand;
        if (TryGetPipArguments(command, out var pipArgs))
        {
            return pipArgs.Count > 0 && pipArgs[0] == "config";
        }

        switch (name)
        {
            case "poetry" when sub == "config":
            case "npm" or "pnpm" when sub == "config" && command.PositionalArguments.FirstOrDefault() is "set" or "delete":
            case "npm" or "pnpm" when sub is "set":
            case "yarn" when sub == "config" && command.PositionalArguments.FirstOrDefault() is "set" or "unset":
            case "bundle" when sub == "config":
            case "corepack" when sub is "enable" or "prepare":
            case "git" when sub == "config" && (command.HasFlag("--global") || command.HasFlag("--system")):
                return true;
            default:
                return false;
        }
    }

    private static bool TryGetPipArguments(ShellCommand command, out IReadOnlyList<string> pipArgs)
    {
        string name = BaseName(command.Name);
        var args = command.Arguments;
        if (IsPipName(name))
        {
            pipArgs = args;
            return true;
        }

        if (name.StartsWith("python", StringComparison.Ordinal) && args.Count >= 2 && args[0] == "-m" && IsPipName(args[1]))
        {
            pipArgs = args.Skip(2).ToList();
            return true;
        }

        pipArgs = Array.Empty<string>();
        return false;
    }

    private static bool IsPipName(string name) =>
        name == "pip" || (name.StartsWith("pip", StringComparison.Ordinal) && name.Substring(3).All(c => char.IsDigit(c) || c == '.'));

    private static bool IsGlobal(ShellCommand command) => command.HasFlag("-g") || command.HasFlag("--global") || command.HasFlag("--location=global");

    private static bool IsPackageSpec(string argument) =>
        argument.Length > 0 && char.IsLetterOrDigit(argument[0]) && argument.IndexOf('/') < 0 && argument.IndexOf('$') < 0 &&
        !argument.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) && !argument.EndsWith(".whl", StringComparison.OrdinalIgnoreCase) &&
        !argument.EndsWith(".tar.gz", StringComparison.OrdinalIgnoreCase) && !argument.EndsWith(".zip", StringComparison.OrdinalIgnoreCase);

    private static bool IsRelativeFile(string path) =>
        path.Length > 0 && path[0] != '/' && path[0] != '$' && path.IndexOf('$') < 0 && path.IndexOf("..", StringComparison.Ordinal) < 0;

    private static string BaseName(string name)
    {
        int slash = name.LastIndexOf('/');
        return slash >= 0 ? name.Substring(slash + 1) : name;
    }

    private static Func<IManifestFiles, string, InstallInputs> JavaScript(ShellCommand command, string tool)
    {
        bool ignoreScripts = command.HasFlag("--ignore-scripts") || command.Arguments.Contains("--mode=skip-build");
        return (files, directory) => JavaScriptManifestReader.Read(files, directory, tool, ignoreScripts);
    }

    private static DependencyInstall Make(ShellCommand command, string ecosystem, bool canInstallWithoutSource, params string[] manifests) =>
        new(command, ecosystem, manifests.ToImmutableArray(), canInstallWithoutSource);
}
