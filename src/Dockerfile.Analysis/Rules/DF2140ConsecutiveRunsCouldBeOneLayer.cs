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
using SyntaxToken = Dockerfile.Syntax.SyntaxToken;

namespace Dockerfile.Analysis.Rules;

/// <summary>DF2140: Consecutive RUN instructions could be one layer (hadolint DL3059).</summary>
public sealed class DF2140ConsecutiveRunsCouldBeOneLayer : DockerfileRule
{
    /// <summary>The rule id.</summary>
    public const string DiagnosticId = "DF2140";

    /// <summary>Gets the rule's descriptor.</summary>
    public static DiagnosticDescriptor Descriptor { get; } = RuleInfo.CreateDescriptor(
        DiagnosticId,
        "Consecutive RUN instructions could be one layer",
        "{0} consecutive RUN instructions (lines {1}-{2}) build {3} where one would do; join their commands with `&&` into one RUN",
        "LayerCache",
        DiagnosticSeverity.Info,
        "Each RUN adds a layer. Short consecutive RUNs with the same flags can be joined with && into one RUN: fewer layers, and files deleted later in the same RUN never reach the image.");

    /// <summary>Gets the rule's metadata.</summary>
    public static RuleInfo Info { get; } = new(Descriptor, hadolintEquivalents: ImmutableArray.Create("DL3059"));

    /// <inheritdoc />
    public override RuleInfo Metadata => Info;

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureIncrementalAnalysis(IncrementalAnalysisScope.Stage);
        context.RegisterStageAction(Analyze);
    }

    private static void Analyze(StageAnalysisContext context)
    {
        var tree = context.Tree;
        foreach (var group in Groups(context.SemanticModel, context.Stage))
        {
            var second = group[1];
            var last = group[group.Count - 1];
            context.ReportDiagnostic(
                Descriptor, tree.GetLocation(second.Keyword.Span),
                group.Count,
                RunFacts.Line(tree, group[0].Keyword.Span.Start),
                RunFacts.Line(tree, last.Keyword.Span.Start),
                MessageText.Count(group.Count, "layer"));
        }
    }

    /// <summary>
    /// The groups of two or more consecutive RUNs of a stage that could be one layer, in order; each is reported on
    /// its second RUN. The code fix joins exactly the group the rule reported, so both use this.
    /// </summary>
    internal static List<List<RunInstructionSyntax>> Groups(DockerfileSemanticModel model, DockerfileStage stage)
    {
        var groups = new List<List<RunInstructionSyntax>>();
        var group = new List<RunInstructionSyntax>();
        string? previousFlags = null;
        int previousCount = 0;
        var previousKind = RunKind.Other;
        bool previousChangesShell = false;

        void Flush()
        {
            if (group.Count >= 2)
            {
                groups.Add(group);
            }

            group = new List<RunInstructionSyntax>();
        }

        foreach (var instruction in stage.Instructions)
        {
            if (instruction is not RunInstructionSyntax run)
            {
                Flush();
                continue;
            }

            var script = run.Heredocs.Any() ? null : RunFacts.GetScript(model, run);
            int count = script?.Commands.Count ?? int.MaxValue;
            string flags = string.Join(" ", run.Flags.Select(f => f.ToString().Trim()).OrderBy(f => f, StringComparer.Ordinal));
            var kind = Classify(script);
            bool changesShell = script != null && script.Commands.Any(ChangesShellState);

            // A dependency install keeps its own layer next to a RUN that may need the source (DF2001 splits them), and
            // a RUN that changes the shell's state (cd, export, set, source, umask...) would change what a joined
            // next RUN does.
            bool splitsInstall = (previousKind == RunKind.Install && kind == RunKind.Other) || (previousKind == RunKind.Other && kind == RunKind.Install);
            bool joinsPrevious = group.Count > 0 && flags == previousFlags && count <= 2 && previousCount <= 2 && !splitsInstall && !previousChangesShell;
            if (!joinsPrevious)
            {
                Flush();
            }

            group.Add(run);
            previousFlags = flags;
            previousCount = count;
            previousKind = kind;
            previousChangesShell = changesShell;
        }

        Flush();
        return groups;
    }

    private enum RunKind
    {
        /// <summary>Only tool installs, tool configuration and shell builtins that read no file.</summary>
        Neutral,

        /// <summary>Holds a dependency install (npm ci, pip install -r ...).</summary>
        Install,

        /// <summary>Anything else: it may read the source.</summary>
        Other,
    }

    private static RunKind Classify(ShellScript? script)
    {
        if (script == null)
        {
            return RunKind.Other;
        }

        var kind = RunKind.Neutral;
        foreach (var command in script.Commands)
        {
            if (PackageManagerCommands.RecognizeDependencyInstall(command) != null)
            {
                kind = kind == RunKind.Other ? RunKind.Other : RunKind.Install;
            }
            else if (!PackageManagerCommands.IsToolInstall(command) && !PackageManagerCommands.IsToolConfiguration(command))
            {
                return RunKind.Other;
            }
        }

        return kind;
    }

    // Commands whose effect outlives them in the same shell: a later command joined into the RUN would see it.
    private static bool ChangesShellState(ShellCommand command) =>
        command.Name is "cd" or "pushd" or "popd" or "export" or "unset" or "set" or "source" or "." or "umask" or "alias" or "shopt" or "trap" or "ulimit" or "exec" or "exit"
        || (command.Name.Length == 0 && command.EnvironmentAssignments.Count > 0);
}
