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

/// <summary>DF2141: pip install keeps its download cache in the image (hadolint DL3042).</summary>
public sealed class DF2141PipInstallKeepsCache : DockerfileRule
{
    /// <summary>The rule id.</summary>
    public const string DiagnosticId = "DF2141";

    /// <summary>Gets the rule's descriptor.</summary>
    public static DiagnosticDescriptor Descriptor { get; } = RuleInfo.CreateDescriptor(
        DiagnosticId,
        "pip install keeps its download cache in the image",
        "`{0}` stores pip's download cache in the layer, making the image bigger for no benefit; add `--no-cache-dir` (or set `ENV PIP_NO_CACHE_DIR=1`, or mount a cache on /root/.cache/pip)",
        "ImageSize",
        DiagnosticSeverity.Warning,
        "pip caches every downloaded wheel under ~/.cache/pip. In an image that cache is never used again, it only adds megabytes to the layer.");

    /// <summary>Gets the rule's metadata.</summary>
    public static RuleInfo Info { get; } = new(Descriptor, hadolintEquivalents: ImmutableArray.Create("DL3042"));

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
        var model = context.SemanticModel;
        // Only a pip install can report: the cache mount, PIP_NO_CACHE_DIR and the stage's ENVs are looked at for those RUNs alone.
        if (RunFacts.GetScript(model, run) is not { } script || !HasReportableInstall(script) || RunFacts.HasCacheOrTmpfsMount(run, ".cache/pip"))
        {
            return;
        }

        int at = script.Text.IndexOf("PIP_NO_CACHE_DIR=", StringComparison.Ordinal);
        if (at >= 0 && RunFacts.Truthy.Any(t => script.Text.Substring(at + 17).StartsWith(t, StringComparison.Ordinal)))
        {
            return;
        }

        var top = run.ParentOnbuild ?? (InstructionSyntax)run;
        if (NoCacheDirSet(model, model.GetStage(top), top))
        {
            return;
        }

        foreach (var command in script.Commands)
        {
            if (IsReportable(command))
            {
                context.ReportDiagnostic(Descriptor, context.Tree.GetLocation(RunFacts.Map(run, command)), RunFacts.Describe(script, command));
            }
        }
    }

    private static bool IsReportable(ShellCommand command) =>
        IsPipInstall(command) && !command.Arguments.Contains("--no-cache-dir") && !IsWrapper(command);

    private static bool HasReportableInstall(ShellScript script)
    {
        foreach (var command in script.Commands)
        {
            if (IsReportable(command))
            {
                return true;
            }
        }

        return false;
    }

    // Whether PIP_NO_CACHE_DIR is set to a true value by an ENV of the stage before the instruction, or anywhere in
    // the stages it is built on (the first earlier stage of its base image's name, and so on).
    private static bool NoCacheDirSet(DockerfileSemanticModel model, DockerfileStage? stage, InstructionSyntax before)
    {
        if (stage is null)
        {
            return false;
        }

        foreach (var instruction in stage.Instructions)
        {
            if (instruction == before)
            {
                break;
            }

            if (SetsNoCacheDir(model, instruction))
            {
                return true;
            }
        }

        return Parent(model, stage) is { } parent && WholeStagesSetNoCacheDir(model)[parent.Index];
    }

    // Per stage: whether the stage or one it is built on sets PIP_NO_CACHE_DIR. Computed once per model in stage
    // order (a parent comes before its child), so a long chain of stages costs one pass and no recursion.
    private static bool[] WholeStagesSetNoCacheDir(DockerfileSemanticModel model) =>
        model.GetOrAddDerived(model.Tree.GetRoot(), DerivedSlots.PipNoCacheDirStages, static (m, _) =>
        {
            var result = new bool[m.Stages.Length];
            foreach (var stage in m.Stages)
            {
                result[stage.Index] = stage.Instructions.Any(i => SetsNoCacheDir(m, i)) || (Parent(m, stage) is { } parent && result[parent.Index]);
            }

            return result;
        });

    private static DockerfileStage? Parent(DockerfileSemanticModel model, DockerfileStage stage)
    {
        var parent = model.GetStagesNamed(stage.BaseImage).FirstOrDefault();
        return parent != null && parent.Index < stage.Index ? parent : null;
    }

    private static bool SetsNoCacheDir(DockerfileSemanticModel model, InstructionSyntax instruction) =>
        instruction is EnvInstructionSyntax env
        && env.Pairs.Any(p => p.Key.ValueText == "PIP_NO_CACHE_DIR" && p.Value != null && RunFacts.Truthy.Contains(RunFacts.Unquote(model.Tree, p.Value)));

    internal static bool IsPipInstall(ShellCommand command)
    {
        string name = command.Name;
        if (name.StartsWith("pip", StringComparison.Ordinal) && !name.StartsWith("pipenv", StringComparison.Ordinal))
        {
            return command.Arguments.Contains("install");
        }

        if (name.StartsWith("python", StringComparison.Ordinal))
        {
            var args = command.Arguments;
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

    private static bool IsWrapper(ShellCommand command)
    {
        foreach (string wrapper in new[] { "pipx", "pipenv" })
        {
            if (command.Name.IndexOf(wrapper, StringComparison.Ordinal) >= 0)
            {
                return true;
            }

            if (command.Name.StartsWith("python", StringComparison.Ordinal))
            {
                var args = command.Arguments;
                for (int i = 0; i + 1 < args.Count; i++)
                {
                    if (args[i] == "-m" && args[i + 1] == wrapper)
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }
}
