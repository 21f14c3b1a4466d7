using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Dockerfile.Analysis.Rules.Support;
using Dockerfile.Analysis.Semantics;
using Dockerfile.Syntax;
using Microsoft.CodeAnalysis;

namespace Dockerfile.Analysis.Rules;

/// <summary>
/// DF2005: the final stage installs compilers and development packages, or builds on an SDK image, so the whole
/// toolchain ships in the image where a multi-stage build would leave it behind.
/// </summary>
public sealed class DF2005BuildToolchainInFinalStage : DockerfileRule
{
    /// <summary>The rule id.</summary>
    public const string DiagnosticId = "DF2005";

    /// <summary>Gets the rule's descriptor.</summary>
    public static DiagnosticDescriptor Descriptor { get; } = RuleInfo.CreateDescriptor(
        DiagnosticId,
        "Build toolchain in the final image",
        "{0}, so the toolchain ships in the final image; build in an earlier stage and `COPY --from` only the results into a runtime image",
        "ImageSize",
        DiagnosticSeverity.Info,
        "Compilers, -dev packages and SDK images are needed to build, not to run. A multi-stage build compiles in one stage and copies only the output into the final stage.");

    /// <summary>Gets the rule's metadata (no hadolint or BuildKit rule finds this problem).</summary>
    public static RuleInfo Info { get; } = new(Descriptor);

    private static readonly string[] s_sdkImages = { "golang", "rust", "mcr.microsoft.com/dotnet/sdk", "microsoft/dotnet", "maven", "gradle", "node" };

    /// <inheritdoc />
    public override RuleInfo Metadata => Info;

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterDockerfileAction(Analyze);

    private static void Analyze(DockerfileAnalysisContext context)
    {
        var model = context.SemanticModel;
        if (model.Stages.IsEmpty)
        {
            return;
        }

        var final = model.Stages[model.Stages.Length - 1];
        var earlier = model.Stages.Take(final.Index).ToList();
        if (earlier.Any(s => string.Equals(s.Name, final.BaseImage, StringComparison.OrdinalIgnoreCase)))
        {
            return;
        }

        foreach (var instruction in final.Instructions)
        {
            if (instruction is CopyInstructionSyntax copy && copy.GetFlag("from")?.Value?.ValueText is { } from
                && earlier.Any(s => string.Equals(s.Name, from, StringComparison.OrdinalIgnoreCase) || s.Index.ToString(CultureInfo.InvariantCulture) == from))
            {
                return;
            }
        }

        string? sdk = SdkImage(final.BaseImage);
        bool reportedSdk = false;
        foreach (var instruction in final.Instructions)
        {
            if (instruction is not RunInstructionSyntax run || RunCommandFacts.GetScript(model, run) is not { } script)
            {
                continue;
            }

            if (sdk != null && !reportedSdk && script.Commands.FirstOrDefault(IsBuildCommand) is { } build && final.From.Image != null)
            {
                reportedSdk = true;
                context.ReportDiagnostic(
                    Descriptor,
                    context.Tree.GetLocation(final.From.Image.Span),
                    $"The final stage is based on the SDK image `{final.BaseImage}` and runs `{SourceCopy.Fold(script.Text.Substring(build.Start, build.Length))}`");
            }

            ReportPackages(context, run, script);
        }
    }

    private static void ReportPackages(DockerfileAnalysisContext context, RunInstructionSyntax run, ShellScript script)
    {
        var commands = script.Commands.Select(PackageManagerFacts.Recognize).Where(c => c != null).Select(c => c!).ToList();
        var removedFamilies = new HashSet<string>(commands.Where(c => c.Action == PackageAction.Remove).Select(c => c.Family), StringComparer.Ordinal);
        foreach (var command in commands)
        {
            if (command.Action != PackageAction.Install || removedFamilies.Contains(command.Family))
            {
                continue;
            }

            var toolchain = command.Packages.Where(PackageManagerFacts.IsToolchainPackage).Distinct(StringComparer.Ordinal).ToList();
            if (toolchain.Count == 0)
            {
                continue;
            }

            var word = command.Command.Words.Skip(command.NameIndex + 1).First(w => w.Value == toolchain[0]);
            string names = toolchain.Count <= 4
                ? MessageText.List(toolchain.Select(p => "`" + p + "`"))
                : string.Join(", ", toolchain.Take(3).Select(p => "`" + p + "`")) + " and " + MessageText.Count(toolchain.Count - 3, "other package");
            context.ReportDiagnostic(
                Descriptor,
                context.Tree.GetLocation(RunCommandFacts.MapWord(run, word)),
                $"The final stage installs the build {(toolchain.Count == 1 ? "package" : "packages")} {names} with `{command.Manager} {command.Verb}` and never removes {(toolchain.Count == 1 ? "it" : "them")}");
        }
    }

    private static string? SdkImage(string baseImage)
    {
        string image = baseImage;
        int at = image.IndexOf('@');
        if (at >= 0)
        {
            image = image.Substring(0, at);
        }

        int slash = image.LastIndexOf('/');
        int colon = image.LastIndexOf(':');
        if (colon > slash)
        {
            image = image.Substring(0, colon);
        }

        image = image.ToLowerInvariant();
        if (image.StartsWith("docker.io/", StringComparison.Ordinal))
        {
            image = image.Substring("docker.io/".Length);
        }

        if (image.StartsWith("library/", StringComparison.Ordinal))
        {
            image = image.Substring("library/".Length);
        }

        return s_sdkImages.Contains(image, StringComparer.Ordinal) ? image : null;
    }

    private static bool IsBuildCommand(ShellCommand command)
    {
        var (name, arguments, _) = RunCommandFacts.Unwrap(command);
        var positionals = RunCommandFacts.Positionals(arguments);
        string first = positionals.Count > 0 ? positionals[0] : string.Empty;
        string second = positionals.Count > 1 ? positionals[1] : string.Empty;
        return name switch
        {
            "go" => first is "build" or "install",
            "cargo" => first is "build" or "install",
            "dotnet" => first is "build" or "publish",
            "mvn" or "mvnw" => positionals.Any(p => p is "package" or "install" or "verify"),
            "gradle" or "gradlew" => positionals.Any(p => p is "build" or "assemble" or "jar" or "bootJar" or "installDist"),
            "npm" => first == "run" && second.StartsWith("build", StringComparison.Ordinal),
            "yarn" or "pnpm" or "bun" => first.StartsWith("build", StringComparison.Ordinal) || (first == "run" && second.StartsWith("build", StringComparison.Ordinal)),
            _ => false,
        };
    }
}
