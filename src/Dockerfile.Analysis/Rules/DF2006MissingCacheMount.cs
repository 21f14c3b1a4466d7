using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Dockerfile.Analysis.Rules.Support;
using Dockerfile.Analysis.Semantics;
using Dockerfile.Syntax;
using Microsoft.CodeAnalysis;

namespace Dockerfile.Analysis.Rules;

/// <summary>
/// DF2006: in a Dockerfile that uses BuildKit features, a RUN runs a package manager without a
/// <c>--mount=type=cache</c> for its download cache.
/// </summary>
public sealed class DF2006MissingCacheMount : DockerfileRule
{
    /// <summary>The rule id.</summary>
    public const string DiagnosticId = "DF2006";

    /// <summary>Gets the rule's descriptor.</summary>
    public static DiagnosticDescriptor Descriptor { get; } = RuleInfo.CreateDescriptor(
        DiagnosticId,
        "Package manager without a cache mount",
        "`{0}` downloads into {1}, which is thrown away whenever this layer rebuilds; this Dockerfile uses BuildKit, so add `--mount=type=cache,target={1}` to the RUN to reuse the downloads across builds",
        "LayerCache",
        DiagnosticSeverity.Info,
        "With BuildKit, a cache mount keeps a package manager's download cache between builds without storing it in the image.");

    /// <summary>Gets the rule's metadata (no hadolint or BuildKit rule finds this problem).</summary>
    public static RuleInfo Info { get; } = new(Descriptor);

    /// <inheritdoc />
    public override RuleInfo Metadata => Info;

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterDockerfileAction(Analyze);

    /// <summary>Whether a Dockerfile opts into BuildKit: a <c># syntax=</c> directive or any <c>RUN --mount</c>.</summary>
    internal static bool UsesBuildKitSyntax(DockerfileSyntax root) =>
        root.Directives.Any(d => d.Name == "syntax") || AllInstructions.Of(root).OfType<RunInstructionSyntax>().Any(r => r.GetFlag("mount") != null);

    /// <summary>The targets of a RUN's cache mounts.</summary>
    internal static List<string> CacheMountTargets(RunInstructionSyntax run)
    {
        var targets = new List<string>();
        if (!RunMountFacts.HasMount(run))
        {
            return targets;
        }

        foreach (var flag in run.Flags.Where(f => f.Name == "mount"))
        {
            string value = flag.Value?.ValueText ?? string.Empty;
            var fields = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var field in value.Split(',').Select(f => f.Split(new[] { '=' }, 2)))
            {
                fields[field[0].Trim().ToLowerInvariant()] = field.Length > 1 ? field[1].Trim() : string.Empty;
            }

            if (fields.TryGetValue("type", out var type) && type == "cache")
            {
                foreach (string key in new[] { "target", "dst", "destination" })
                {
                    if (fields.TryGetValue(key, out var target))
                    {
                        targets.Add(target.TrimEnd('/'));
                    }
                }
            }
        }

        return targets;
    }

    private static void Analyze(DockerfileAnalysisContext context)
    {
        var root = context.Tree.GetRoot(context.CancellationToken);
        if (!UsesBuildKitSyntax(root))
        {
            return;
        }

        foreach (var run in AllInstructions.Of(root).OfType<RunInstructionSyntax>())
        {
            var script = RunCommandFacts.GetScript(context.SemanticModel, run);
            if (script == null)
            {
                continue;
            }

            var targets = CacheMountTargets(run);
            var reported = new HashSet<string>(StringComparer.Ordinal);
            foreach (var command in script.Commands)
            {
                string? path = CachePath(command);
                if (path == null || targets.Any(t => t.Length == 0 || path == t || path.StartsWith(t + "/", StringComparison.Ordinal)) || !reported.Add(path))
                {
                    continue;
                }

                context.ReportDiagnostic(
                    Descriptor,
                    context.Tree.GetLocation(RunCommandFacts.MapCommand(run, command)),
                    SourceCopy.Fold(Shorten(script.Text.Substring(command.Start, command.Length))),
                    path);
            }
        }
    }

    // The command names CachePath knows, asked before it reads the arguments: most commands in a RUN are none of them.
    private static bool MayDownload(string name) => name switch
    {
        "uv" or "poetry" or "npm" or "yarn" or "pnpm" or "go" or "cargo" or "apt-get" or "apt" or "dnf" or "yum"
            or "mvn" or "mvnw" or "gradle" or "gradlew" or "dotnet" => true,
        _ => name.StartsWith("pip", StringComparison.Ordinal) || name.StartsWith("python", StringComparison.Ordinal),
    };

    private static string Shorten(string command) => command.Length <= 60 ? command : command.Substring(0, 57) + "...";

    /// <summary>The cache folder (as root) a command downloads into, or null.</summary>
    internal static string? CachePath(ShellCommand command)
    {
        var (name, arguments, _) = RunCommandFacts.Unwrap(command);
        if (!MayDownload(name))
        {
            return null;
        }

        var positionals = RunCommandFacts.Positionals(arguments, "-o", "-t", "-c");
        string first = positionals.Count > 0 ? positionals[0] : string.Empty;
        if (name.StartsWith("python", StringComparison.Ordinal) && arguments.Count >= 3 && arguments[0] == "-m" && arguments[1] is "pip")
        {
            name = "pip";
            first = RunCommandFacts.Positionals(arguments.Skip(2).ToList()).FirstOrDefault() ?? string.Empty;
        }

        if (System.Text.RegularExpressions.Regex.IsMatch(name, @"^pip[0-9.]*$"))
        {
            return first is "install" or "download" or "wheel" ? "/root/.cache/pip" : null;
        }

        return name switch
        {
            "uv" => first is "sync" or "pip" or "add" ? "/root/.cache/uv" : null,
            "poetry" => first is "install" or "add" or "update" ? "/root/.cache/pypoetry" : null,
            "npm" => first is "ci" or "install" or "i" ? "/root/.npm" : null,
            "yarn" => first is "" or "install" or "add" ? "/usr/local/share/.cache/yarn" : null,
            "pnpm" => first is "install" or "i" or "add" or "fetch" ? "/root/.local/share/pnpm/store" : null,
            "go" => first is "build" or "install" or "test" ? "/root/.cache/go-build" : first == "mod" && positionals.Count > 1 && positionals[1] == "download" ? "/go/pkg/mod" : null,
            "cargo" => first is "build" or "fetch" or "install" ? "/usr/local/cargo/registry" : null,
            "apt-get" or "apt" => first is "install" or "upgrade" or "dist-upgrade" ? "/var/cache/apt" : null,
            "dnf" => first is "install" or "upgrade" ? "/var/cache/dnf" : null,
            "yum" => first is "install" or "upgrade" ? "/var/cache/yum" : null,
            "mvn" or "mvnw" => positionals.Count > 0 ? "/root/.m2" : null,
            "gradle" or "gradlew" => positionals.Count > 0 ? "/root/.gradle" : null,
            "dotnet" => first is "restore" or "build" or "publish" ? "/root/.nuget/packages" : null,
            _ => null,
        };
    }
}
