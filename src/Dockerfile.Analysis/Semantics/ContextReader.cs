using System;
using System.Collections.Generic;
using System.Linq;
using Dockerfile.Analysis.Context;
using Dockerfile.Syntax;

namespace Dockerfile.Analysis.Semantics;

/// <summary>
/// An instruction that reads the build context: a COPY or ADD without <c>--from</c>, or one bind mount of the context
/// on a RUN; with the files it takes (after .dockerignore) and the sources it names (the whole context, <c>.</c>,
/// names nothing by itself). <c>dfa context</c> and the .dockerignore fix both start from this list.
/// </summary>
internal sealed class ContextReader
{
    private ContextReader(InstructionSyntax instruction, string? mountSource, HashSet<string> files, List<string> namedSources)
    {
        Instruction = instruction;
        MountSource = mountSource;
        Files = files;
        NamedSources = namedSources;
    }

    /// <summary>The instruction.</summary>
    public InstructionSyntax Instruction { get; }

    /// <summary>The mount's source as written, for a RUN bind mount; null for a COPY or ADD.</summary>
    public string? MountSource { get; }

    /// <summary>The context files it takes.</summary>
    public HashSet<string> Files { get; }

    /// <summary>The sources it names, normalised (never the whole context).</summary>
    public List<string> NamedSources { get; }

    /// <summary>Every instruction of the model that reads its build context (an empty one when it has none).</summary>
    public static List<ContextReader> Of(DockerfileSemanticModel model)
    {
        var context = model.Options.BuildContext ?? BuildContext.FromFiles(Array.Empty<string>());
        var readers = new List<ContextReader>();
        foreach (var stage in model.Stages)
        {
            foreach (var instruction in stage.Instructions)
            {
                if (instruction is BaseCopyInstructionSyntax && instruction.GetFlag("from") == null)
                {
                    var dependencies = model.GetCacheDependencies(instruction, withEarlierInstructions: false);
                    var named = dependencies.ContextSources.Select(GoPath.NormalizeContextPath).Where(s => s.Length > 0).ToList();
                    readers.Add(new ContextReader(instruction, null, new HashSet<string>(dependencies.ContextFiles ?? Array.Empty<string>(), StringComparer.Ordinal), named));
                }
                else if (instruction is RunInstructionSyntax run)
                {
                    foreach (var mount in RunMount.Of(model, run).Where(m => m.IsContextBind))
                    {
                        string source = GoPath.NormalizeContextPath(mount.Source);
                        readers.Add(new ContextReader(instruction, mount.Source, new HashSet<string>(context.MatchSource(mount.Source), StringComparer.Ordinal), source.Length > 0 ? new List<string> { source } : new List<string>()));
                    }
                }
            }
        }

        return readers;
    }

    /// <summary>Whether one of its sources names <paramref name="path"/> (see <see cref="BuildContextUsage.Names"/>).</summary>
    public bool Names(string path) => NamedSources.Any(s => BuildContextUsage.Names(s, path));
}
