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

/// <summary>DF3003: pip install without pinned package versions</summary>
public sealed class DF3003PinPipPackageVersions : DockerfileRule
{
    /// <summary>The rule id.</summary>
    public const string DiagnosticId = "DF3003";

    /// <summary>Gets the rule's descriptor.</summary>
    public static DiagnosticDescriptor Descriptor { get; } = RuleInfo.CreateDescriptor(
        DiagnosticId,
        "pip install without pinned package versions",
        "`pip install` does not pin {0}, so a rebuild silently installs whatever version PyPI has then; write `{1}==<version>` or install from a requirements or constraints file",
        "Reproducibility",
        DiagnosticSeverity.Warning,
        "Packages installed without a version change when new releases appear on the index, so two builds of the same Dockerfile can differ. Pin with package==version, or install from a requirements file (-r) or with a constraints file (-c).");

    /// <summary>Gets the rule's metadata.</summary>
    public static RuleInfo Info { get; } = new(Descriptor, hadolintEquivalents: ImmutableArray.Create("DL3013"));

    /// <inheritdoc />
    public override RuleInfo Metadata => Info;

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureIncrementalAnalysis(IncrementalAnalysisScope.Stage);
        context.RegisterSyntaxNodeAction(Analyze, SyntaxKind.RunInstruction);
    }

    private static void Analyze(SyntaxNodeAnalysisContext context) => UnpinnedPackages.Report(context, Descriptor, Unpinned);

    private static readonly string[] s_valueFlags =
    {
        "abi", "b", "build", "e", "editable", "extra-index-url", "f", "find-links", "i", "index-url", "implementation",
        "no-binary", "only-binary", "platform", "prefix", "progress-bar", "proxy", "python", "python-version", "root",
        "root-user-action", "src", "t", "target", "trusted-host", "upgrade-strategy",
    };

    private static readonly string[] s_vcsSchemes =
    {
        "git+file", "git+https", "git+ssh", "git+http", "git+git", "git", "hg+file", "hg+http", "hg+https", "hg+ssh",
        "hg+static-http", "svn", "svn+svn", "svn+http", "svn+https", "svn+ssh", "bzr+http", "bzr+https", "bzr+ssh",
        "bzr+sftp", "bzr+ftp", "bzr+lp",
    };

    private static readonly string[] s_versionSymbols = { "==", ">=", "<=", ">", "<", "!=", "~=", "===" };

    private static bool IsPipInstall(ShellCommand command)
    {
        var args = command.Arguments;
        if (command.Name.StartsWith("pip", StringComparison.Ordinal) && !command.Name.StartsWith("pipenv", StringComparison.Ordinal))
        {
            return args.Contains("install");
        }

        if (command.Name.StartsWith("python", StringComparison.Ordinal))
        {
            for (int i = 0; i + 2 < args.Count; i++)
            {
                if (args[i] == "-m" && args[i + 1] == "pip" && args[i + 2] == "install")
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static IReadOnlyList<int> Unpinned(ShellCommand command)
    {
        if (!IsPipInstall(command)
            || command.Arguments.Any(a => a == "-r" || a == "--requirement" || a == ".")
            || CommandArgs.HasAnyFlag(command, "c", "constraint", "r", "requirement"))
        {
            return Array.Empty<int>();
        }

        return UnpinnedInstalled(command);
    }

    private static List<int> UnpinnedInstalled(ShellCommand command)
    {
        return CommandArgs.PackagesAfter(command, new[] { "install" }, s_valueFlags)
            .Where(i => !IsPinned(command.Arguments[i]))
            .ToList();
    }

    private static bool IsPinned(string package)
    {
        bool vcs = s_vcsSchemes.Any(s => package.StartsWith(s, StringComparison.Ordinal));
        return s_versionSymbols.Any(s => package.IndexOf(s, StringComparison.Ordinal) >= 0)
            || (vcs && package.IndexOf('@') >= 0)
            || package.EndsWith(".whl", StringComparison.Ordinal)
            || package.EndsWith(".tar.gz", StringComparison.Ordinal)
            || (!vcs && package.IndexOf('/') >= 0)
            || package.IndexOf('$') >= 0;
    }
}
