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

/// <summary>DF3004: npm install without pinned package versions</summary>
public sealed class DF3004PinNpmPackageVersions : DockerfileRule
{
    /// <summary>The rule id.</summary>
    public const string DiagnosticId = "DF3004";

    /// <summary>Gets the rule's descriptor.</summary>
    public static DiagnosticDescriptor Descriptor { get; } = RuleInfo.CreateDescriptor(
        DiagnosticId,
        "npm install without pinned package versions",
        "`npm install` does not pin {0}, so a rebuild silently installs whatever version the registry has then; write `{1}@<version>`",
        "Reproducibility",
        DiagnosticSeverity.Warning,
        "Packages installed by name get the latest release at build time, so two builds of the same Dockerfile can differ. Pin with package@version (or a git URL with #commit), or install from a lockfile with npm ci.");

    /// <summary>Gets the rule's metadata.</summary>
    public static RuleInfo Info { get; } = new(Descriptor, hadolintEquivalents: ImmutableArray.Create("DL3016"));

    /// <inheritdoc />
    public override RuleInfo Metadata => Info;

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureIncrementalAnalysis(IncrementalAnalysisScope.Stage);
        context.RegisterSyntaxNodeAction(Analyze, SyntaxKind.RunInstruction);
    }

    private static void Analyze(SyntaxNodeAnalysisContext context) => UnpinnedPackages.Report(context, Descriptor, Unpinned);

    private static readonly string[] s_installs = { "install", "i", "add" };

    private static IReadOnlyList<int> Unpinned(ShellCommand command)
    {
        if (command.Name != "npm")
        {
            return Array.Empty<int>();
        }

        var indexes = CommandArgs.NonFlagIndexes(command, "loglevel", "registry");
        if (indexes.Count == 0 || Array.IndexOf(s_installs, command.Arguments[indexes[0]]) < 0)
        {
            return Array.Empty<int>();
        }

        return UnpinnedInstalled(command, indexes);
    }

    private static List<int> UnpinnedInstalled(ShellCommand command, List<int> indexes) =>
        indexes.Skip(1).Where(i => !IsPinned(command.Arguments[i])).ToList();

    private static bool IsPinned(string package)
    {
        if (package.IndexOf('$') >= 0)
        {
            return true;
        }

        if (new[] { "git://", "git+ssh://", "git+http://", "git+https://" }.Any(p => package.StartsWith(p, StringComparison.Ordinal)))
        {
            return package.IndexOf('#') >= 0;
        }

        if (new[] { ".tar", ".tar.gz", ".tgz" }.Any(s => package.EndsWith(s, StringComparison.Ordinal))
            || new[] { "/", "./", "../", "~/" }.Any(p => package.StartsWith(p, StringComparison.Ordinal)))
        {
            return true;
        }

        string name = package.StartsWith("@", StringComparison.Ordinal) && package.IndexOf('/') > 0 ? package.Substring(package.IndexOf('/')) : package;
        return name.IndexOf('@') >= 0;
    }
}
