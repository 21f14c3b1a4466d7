using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Dockerfile.Syntax;

namespace Dockerfile.Analysis.Semantics;

/// <summary>
/// A light semantic model of a Dockerfile: its stages, the working directory in force at each instruction
/// and the parsed shell script of each shell-form RUN.
/// </summary>
public sealed class DockerfileSemanticModel
{
    private readonly Dictionary<InstructionSyntax, DockerfileStage> _stageOf = new();
    private readonly Dictionary<InstructionSyntax, string> _workdirs = new();
    private readonly Dictionary<RunInstructionSyntax, ShellScript> _scripts = new();

    /// <summary>Builds the model of a tree.</summary>
    /// <param name="tree">The tree.</param>
    public DockerfileSemanticModel(DockerfileSyntaxTree tree)
    {
        Tree = tree ?? throw new ArgumentNullException(nameof(tree));
        var stages = new List<DockerfileStage>();
        var global = new List<InstructionSyntax>();
        FromInstructionSyntax? from = null;
        var current = new List<InstructionSyntax>();

        void Close()
        {
            if (from != null)
            {
                stages.Add(new DockerfileStage(stages.Count, from, current.ToImmutableArray()));
            }

            current.Clear();
        }

        foreach (var instruction in tree.GetRoot().Instructions)
        {
            if (instruction is FromInstructionSyntax f)
            {
                Close();
                from = f;
            }
            else if (from == null)
            {
                global.Add(instruction);
            }
            else
            {
                current.Add(instruction);
            }
        }

        Close();
        Stages = stages.ToImmutableArray();
        GlobalInstructions = global.ToImmutableArray();

        var finalWorkdirs = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var stage in Stages)
        {
            string workdir = finalWorkdirs.TryGetValue(stage.BaseImage, out var inherited) ? inherited : "/";
            _stageOf[stage.From] = stage;
            _workdirs[stage.From] = workdir;
            foreach (var instruction in stage.Instructions)
            {
                _stageOf[instruction] = stage;
                if (instruction is WorkdirInstructionSyntax w && w.Value != null)
                {
                    workdir = ResolvePath(workdir, w.Value.ValueText);
                }

                _workdirs[instruction] = workdir;
                if (instruction is RunInstructionSyntax { Command: ShellFormSyntax shell } run)
                {
                    _scripts[run] = ShellScript.Parse(shell.CommandText);
                }
            }

            if (stage.Name != null)
            {
                finalWorkdirs[stage.Name] = workdir;
            }
        }
    }

    /// <summary>Gets the tree the model describes.</summary>
    public DockerfileSyntaxTree Tree { get; }

    /// <summary>Gets the build stages, in order.</summary>
    public ImmutableArray<DockerfileStage> Stages { get; }

    /// <summary>Gets the instructions before the first FROM (global ARGs).</summary>
    public ImmutableArray<InstructionSyntax> GlobalInstructions { get; }

    /// <summary>Gets the stage that holds an instruction (its FROM included), or <see langword="null"/> for a global instruction.</summary>
    /// <param name="instruction">A top-level instruction of the tree.</param>
    /// <returns>The stage, or <see langword="null"/>.</returns>
    public DockerfileStage? GetStage(InstructionSyntax instruction) =>
        instruction != null && _stageOf.TryGetValue(instruction, out var stage) ? stage : null;

    /// <summary>
    /// Gets the absolute working directory in force after an instruction: <c>/</c> by default, a relative
    /// WORKDIR joined to the previous one, and a stage built on an earlier stage starting from that stage's
    /// working directory. Variables are not expanded.
    /// </summary>
    /// <param name="instruction">A top-level instruction of the tree.</param>
    /// <returns>The working directory, or <c>/</c> for a global instruction.</returns>
    public string GetWorkingDirectory(InstructionSyntax instruction) =>
        instruction != null && _workdirs.TryGetValue(instruction, out var workdir) ? workdir : "/";

    /// <summary>Gets the parsed script of a shell-form RUN, or <see langword="null"/> for exec form or an empty RUN.</summary>
    /// <param name="run">A top-level RUN of the tree.</param>
    /// <returns>The script, or <see langword="null"/>.</returns>
    public ShellScript? GetShellScript(RunInstructionSyntax run) =>
        run != null && _scripts.TryGetValue(run, out var script) ? script : null;

    /// <summary>Resolves a WORKDIR argument against the current directory, removing <c>.</c> and <c>..</c> segments.</summary>
    /// <param name="current">The absolute current directory.</param>
    /// <param name="path">The argument.</param>
    /// <returns>The absolute directory.</returns>
    public static string ResolvePath(string current, string path)
    {
        string combined = path.StartsWith("/", StringComparison.Ordinal) ? path : current.TrimEnd('/') + "/" + path;
        var parts = new List<string>();
        foreach (string part in combined.Split('/'))
        {
            if (part.Length == 0 || part == ".")
            {
                continue;
            }

            if (part == "..")
            {
                if (parts.Count > 0)
                {
                    parts.RemoveAt(parts.Count - 1);
                }

                continue;
            }

            parts.Add(part);
        }

        return "/" + string.Join("/", parts);
    }
}
