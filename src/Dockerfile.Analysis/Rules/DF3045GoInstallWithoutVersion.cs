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

/// <summary>DF3045: go install or go run without a module version (hadolint DL3062).</summary>
public sealed class DF3045GoInstallWithoutVersion : DockerfileRule
{
    /// <summary>The rule id.</summary>
    public const string DiagnosticId = "DF3045";

    /// <summary>Gets the rule's descriptor.</summary>
    public static DiagnosticDescriptor Descriptor { get; } = RuleInfo.CreateDescriptor(
        DiagnosticId,
        "go install or go run without a module version",
        "`{0}` fetches {1} without {2} (`@latest` and no version both mean the newest), so each build may get different code; add `@<version>`",
        "Reproducibility",
        DiagnosticSeverity.Warning,
        "go install, go get and go run with a remote package and no @version (or @latest) build whatever the module's newest version is on the day of the build.");

    /// <summary>Gets the rule's metadata.</summary>
    public static RuleInfo Info { get; } = new(Descriptor, hadolintEquivalents: ImmutableArray.Create("DL3062"));

    /// <inheritdoc />
    public override RuleInfo Metadata => Info;

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureIncrementalAnalysis(IncrementalAnalysisScope.Stage);
        context.RegisterSyntaxNodeAction(Analyze, SyntaxKind.RunInstruction);
    }

    private static void Analyze(SyntaxNodeAnalysisContext context)
    {
        var run = (RunInstructionSyntax)context.Node;
        if (RunFacts.GetScript(context.SemanticModel, run) is not { } script)
        {
            return;
        }

        // Only go commands report; whether the stage has a go.mod is looked up for the first of them.
        bool? hasGoMod = null;
        foreach (var command in script.Commands)
        {
            if (command.Name == "go")
            {
                hasGoMod ??= HasGoMod(context.SemanticModel, run);
                Report(context, run, script, command, hasGoMod.Value);
            }
        }
    }

    private static void Report(SyntaxNodeAnalysisContext context, RunInstructionSyntax run, ShellScript script, ShellCommand command, bool hasGoMod)
    {
        // In a module (go.mod copied or mounted), a package without @version builds at the version go.mod requires.
        var unpinned = Unpinned(command).Where(p => !hasGoMod || p.IndexOf('@') >= 0).ToList();
        if (unpinned.Count > 0)
        {
            context.ReportDiagnostic(Descriptor, context.Tree.GetLocation(RunFacts.Map(run, command)), RunFacts.Describe(script, command), RunFacts.Names(unpinned), unpinned.Count == 1 ? "a version" : "versions");
        }
    }

    private static bool HasGoMod(DockerfileSemanticModel model, RunInstructionSyntax run)
    {
        if (RunMountFacts.HasMount(run) && run.Flags.Any(f => f.Name == "mount" && f.Value != null && f.Value.ValueText.IndexOf("go.mod", StringComparison.Ordinal) >= 0))
        {
            return true;
        }

        var top = run.ParentOnbuild ?? (InstructionSyntax)run;
        if (model.GetStage(top) is not { } stage)
        {
            return false;
        }

        foreach (var instruction in stage.Instructions)
        {
            if (instruction == top)
            {
                break;
            }

            if (SourceCopy.IsWholeContextCopy(instruction)
                || (SourceCopy.GetContextSources(instruction) is { } sources && sources.Any(s => s.EndsWith("go.mod", StringComparison.Ordinal) || s.EndsWith("go.*", StringComparison.Ordinal))))
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<string> Unpinned(ShellCommand command)
    {
        if (command.Name != "go" || command.Arguments.Contains("tool") || command.HasFlag("--tool"))
        {
            return Enumerable.Empty<string>();
        }

        var args = RunFacts.ArgsNoFlags(command).ToList();
        List<string> packages;
        if (command.Arguments.Contains("run"))
        {
            packages = args.Take(2).Where(a => a != "run").ToList();
        }
        else if (command.Arguments.Contains("install") || command.Arguments.Contains("get"))
        {
            packages = args.Where(a => a != "install" && a != "get" && a != "tool").ToList();
        }
        else
        {
            return Enumerable.Empty<string>();
        }

        return packages.Where(p => !(IsLocal(p) || (p.IndexOf('@') >= 0 && !p.EndsWith("@latest", StringComparison.Ordinal) && !p.EndsWith("@none", StringComparison.Ordinal))));
    }

    private static bool IsLocal(string path) => path.StartsWith(".", StringComparison.Ordinal) || path.StartsWith("/", StringComparison.Ordinal);
}
