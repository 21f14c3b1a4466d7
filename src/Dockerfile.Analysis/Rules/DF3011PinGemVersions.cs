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

    // Options of `gem install` that take no value. hadolint's DL3028 lets every option take the word after it;
    // we do that only for options not listed here, so that `--no-document rails` still checks `rails` while
    // `name:1.0 --some-option value` does not take `value` for a gem.
    private static readonly string[] s_switches =
    {
        "-l", "--local", "-r", "--remote", "-b", "--both", "--clear-sources", "-N", "--no-document", "--no-ri", "--no-rdoc",
        "-E", "--env-shebang", "--no-env-shebang", "-f", "--force", "--no-force", "-w", "--wrappers", "--no-wrappers",
        "--ignore-dependencies", "--format-executable", "--no-format-executable", "--user-install", "--no-user-install",
        "--development", "--development-all", "--conservative", "--minimal-deps", "--post-install-message",
        "--no-post-install-message", "--suggestions", "--no-suggestions", "--lock", "--no-lock", "--default", "--explain",
        "--prerelease", "--no-prerelease", "--pre", "-u", "--update-sources", "--no-update-sources", "-q", "--quiet",
        "--verbose", "-V", "--no-verbose", "--silent", "--backtrace", "--debug", "--norc", "--vendor", "--no-vendor",
        "--no-http-proxy", "--no-install-dir", "--no-bindir",
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
                if (a.IndexOf('=') < 0 && (Array.IndexOf(s_valueOptions, a) >= 0 || (Array.IndexOf(s_switches, a) < 0 && TakesValue(args, i))))
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

    // An unknown option takes the next word as its value, as hadolint reads it, unless that word is itself an option.
    private static bool TakesValue(IReadOnlyList<string> args, int i) =>
        i + 1 < args.Count && !args[i + 1].StartsWith("-", StringComparison.Ordinal);
}
