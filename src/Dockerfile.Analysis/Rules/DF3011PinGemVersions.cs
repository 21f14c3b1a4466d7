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
using SyntaxNode = Dockerfile.Syntax.SyntaxNode;

namespace Dockerfile.Analysis.Rules;

/// <summary>DF3011: gem install without pinned versions</summary>
public sealed class DF3011PinGemVersions : DockerfileRule
{
    /// <summary>The rule id.</summary>
    public const string DiagnosticId = "DF3011";

    /// <summary>Gets the rule's descriptor.</summary>
    public static DiagnosticDescriptor Descriptor { get; } = RuleInfo.CreateDescriptor(
        DiagnosticId,
        "gem install without pinned versions",
        "`gem install` does not pin {0}, so a rebuild silently installs whatever version RubyGems has then; write `{1}:<version>` or pass `--version`",
        "Reproducibility",
        DiagnosticSeverity.Warning,
        "Gems installed by name get the latest release at build time, so two builds of the same Dockerfile can differ. Pin with gem:version or -v version, or install from a Gemfile.lock with bundle install.");

    /// <summary>Gets the rule's metadata.</summary>
    public static RuleInfo Info { get; } = new(Descriptor, hadolintEquivalents: ImmutableArray.Create("DL3028"));

    /// <inheritdoc />
    public override RuleInfo Metadata => Info;

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureIncrementalAnalysis(IncrementalAnalysisScope.Stage);
        context.RegisterSyntaxNodeAction(Analyze, SyntaxKind.RunInstruction);
    }

    private static void Analyze(SyntaxNodeAnalysisContext context) => UnpinnedPackages.Report(context, Descriptor, Unpinned);

    private static readonly string[] s_valueOptions =
    {
        "-i", "--install-dir", "-n", "--bindir", "--document", "-s", "--source", "--platform", "-P", "--trust-policy",
        "--build-root", "-p", "--http-proxy", "-g", "--file", "--target",
    };

    private static IReadOnlyList<int> Unpinned(ShellCommand command)
    {
        var args = command.Arguments;
        if (!CommandArgs.Is(command, "gem", "install", "i")
            || args.Any(a => a == "-v" || a == "--version" || a.StartsWith("--version=", StringComparison.Ordinal)))
        {
            return Array.Empty<int>();
        }

        var result = new List<int>();

        bool seenInstall = false;
        for (int i = 0; i < args.Count; i++)
        {
            string a = args[i];
            if (a == "--")
            {
                break;
            }

            if (a.StartsWith("-", StringComparison.Ordinal))
            {
                if (a.IndexOf('=') < 0 && Array.IndexOf(s_valueOptions, a) >= 0)
                {
                    i++;
                }

                continue;
            }

            if (!seenInstall && (a == "install" || a == "i"))
            {
                seenInstall = true;
                continue;
            }

            if (seenInstall && a.IndexOf(':') < 0 && a.IndexOf('$') < 0 && !a.EndsWith(".gem", StringComparison.Ordinal))
            {
                result.Add(i);
            }
        }

        return result;
    }
}
