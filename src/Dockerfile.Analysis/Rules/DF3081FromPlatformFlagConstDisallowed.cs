using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Dockerfile.Analysis.Rules.Support;
using Dockerfile.Analysis.Semantics;
using Dockerfile.Syntax;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using SyntaxKind = Dockerfile.Syntax.SyntaxKind;
using SyntaxToken = Dockerfile.Syntax.SyntaxToken;

namespace Dockerfile.Analysis.Rules;

/// <summary>DF3081: FROM --platform has a constant value (BuildKit FromPlatformFlagConstDisallowed).</summary>
public sealed class DF3081FromPlatformFlagConstDisallowed : DockerfileRule
{
    /// <summary>The rule id.</summary>
    public const string DiagnosticId = "DF3081";

    /// <summary>Gets the rule's descriptor.</summary>
    public static DiagnosticDescriptor Descriptor { get; } = RuleInfo.CreateDescriptor(
        DiagnosticId,
        "FROM --platform with a constant value",
        "`--platform={0}` pins this stage to one platform, so a build for another target still produces {0} binaries; use `$BUILDPLATFORM` or `$TARGETPLATFORM`, or name the stage after the platform if that is intended",
        "Maintainability",
        DiagnosticSeverity.Warning,
        "A constant --platform ignores the platform the image is built for. Use a platform variable.");

    /// <summary>Gets the rule's metadata: the equivalent BuildKit check.</summary>
    public static RuleInfo Info { get; } = new(Descriptor, buildKitEquivalents: ImmutableArray.Create("FromPlatformFlagConstDisallowed"));

    /// <inheritdoc />
    public override RuleInfo Metadata => Info;

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterDockerfileAction(Analyze);

    private static void Analyze(DockerfileAnalysisContext context)
    {
        foreach (var (stage, flag, _, result) in VariableScopes.FromPlatforms(context.SemanticModel))
        {
            if (!result.Succeeded || result.Matched.Count > 0 || result.Unmatched.Count > 0 || ParsePlatform(result.Value) is not { } platform)
            {
                continue;
            }

            string name = stage.Name ?? string.Empty;
            if (name.Contains(platform.Os) || name.Contains(platform.Arch))
            {
                continue;
            }

            context.ReportDiagnostic(Descriptor, context.Tree.GetLocation(flag.Span), result.Value);
        }
    }

    /// <summary>Parses a platform like containerd does (os[/arch[/variant]] or a lone os or arch), normalized; null when invalid.</summary>
    internal static (string Os, string Arch)? ParsePlatform(string text)
    {
        if (!System.Text.RegularExpressions.Regex.IsMatch(text, @"^[A-Za-z0-9_.-]+(/[A-Za-z0-9_.-]+){0,2}$"))
        {
            return null;
        }

        var parts = text.ToLowerInvariant().Split('/');
        string[] knownOs = { "linux", "windows", "darwin", "freebsd", "netbsd", "openbsd", "solaris", "illumos", "aix", "android", "ios", "plan9", "js", "wasip1" };
        if (parts.Length == 1)
        {
            return Array.IndexOf(knownOs, parts[0]) >= 0 ? (parts[0], "amd64") : ("linux", NormalizeArch(parts[0]));
        }

        return (parts[0], NormalizeArch(parts[1]));
    }

    private static string NormalizeArch(string arch) => arch switch
    {
        "i386" or "x86" => "386",
        "x86_64" or "x86-64" => "amd64",
        "aarch64" or "arm64" => "arm64",
        "armhf" or "armel" => "arm",
        _ => arch,
    };
}
