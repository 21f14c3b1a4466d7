using System;
using System.Collections.Generic;
using System.Linq;
using Dockerfile.Analysis.Context;
using Dockerfile.Analysis.Rules;
using Dockerfile.Analysis.Semantics;
using Dockerfile.Analysis.Semantics.Manifests;
using Dockerfile.Syntax;

namespace Dockerfile.Analysis.Tests.CodeFixes;

/// <summary>
/// Simulates the COPY and ADD instructions of a Dockerfile on a build context, to check a DF2001 fix: which context
/// files are in the image, at which absolute paths, when a given RUN executes; and whether every file the manifest
/// readers say an install reads is there, at its original relative path under the folder the source is copied to.
/// </summary>
/// <remarks>
/// The model: only the instructions of the RUN's own stage before it count (no base stages, no <c>COPY --from</c>,
/// no remote ADD); a source without wildcards is a file (put at <c>dest/name</c> when the destination ends in
/// <c>/</c> or there are several sources, else at <c>dest</c>) or a folder (its content under <c>dest</c>); a glob
/// source matches files and folders at its depth, each treated the same way; <c>.dockerignore</c> hides files.
/// Used by <see cref="DF2001SimulationTests"/> for every DF2001 fixture and corpus file the fix changes; readers
/// of other ecosystems get the check for free by adding fixtures.
/// </remarks>
internal static class CopySimulation
{
    /// <summary>The absolute image paths of the context files copied before <paramref name="run"/> in its stage.</summary>
    public static HashSet<string> ImageFilesBefore(DockerfileSemanticModel model, BuildContext context, InstructionSyntax run)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        var stage = model.GetStage(run);
        if (stage == null)
        {
            return result;
        }

        foreach (var instruction in stage.Instructions)
        {
            if (instruction == run)
            {
                break;
            }

            if (SourceCopy.GetContextSources(instruction) is not { } sources || instruction is not BaseCopyInstructionSyntax copy || copy.Destination is not { } destination)
            {
                continue;
            }

            string workdir = model.GetWorkingDirectory(instruction);
            string target = DockerfileSemanticModel.ResolvePath(workdir, destination);
            bool intoFolder = destination.EndsWith("/", StringComparison.Ordinal) || sources.Count > 1 || destination is "." or "./";
            foreach (string source in sources)
            {
                foreach (var (file, placed) in Place(context, source, target, intoFolder))
                {
                    _ = file;
                    result.Add(placed);
                }
            }
        }

        return result;
    }

    /// <summary>
    /// For every RUN of the fixed Dockerfile that installs dependencies before the stage's whole-source COPY (what the
    /// fix moved), the files its readers say it reads that are not in the image at <c>&lt;source destination&gt;/&lt;path&gt;</c>
    /// when it runs. Also returns how many installs were checked.
    /// </summary>
    public static (List<string> Problems, int Checked) MissingInputs(string fixedText, BuildContext context)
    {
        var problems = new List<string>();
        int checkedInstalls = 0;
        var tree = DockerfileSyntaxTree.ParseText(fixedText);
        var model = new DockerfileSemanticModel(tree);
        var files = new BuildContextManifestFiles(context);
        foreach (var stage in model.Stages)
        {
            var instructions = stage.Instructions;
            int sourceIndex = -1;
            for (int i = 0; i < instructions.Length; i++)
            {
                if (SourceCopy.IsWholeContextCopy(instructions[i]))
                {
                    sourceIndex = i;
                    break;
                }
            }

            if (sourceIndex < 0 || instructions[sourceIndex] is not BaseCopyInstructionSyntax sourceCopy || sourceCopy.Destination is not { } destination)
            {
                continue;
            }

            string root = DockerfileSemanticModel.ResolvePath(model.GetWorkingDirectory(sourceCopy), destination);
            for (int i = 0; i < sourceIndex; i++)
            {
                if (instructions[i] is not RunInstructionSyntax run)
                {
                    continue;
                }

                var plan = InstallPlan.Create(InstallScripts.Get(model, run), root, files, _ => true);
                if (plan == null || !plan.Inputs.IsKnown || plan.NoFixReason != null || plan.Inputs.Paths.IsEmpty)
                {
                    continue;
                }

                checkedInstalls++;
                var image = ImageFilesBefore(model, context, run);
                foreach (string path in plan.Inputs.Paths)
                {
                    IEnumerable<string> expected = path.EndsWith("/", StringComparison.Ordinal)
                        ? context.MatchSource(path.TrimEnd('/'))
                        : new[] { path };
                    foreach (string file in expected)
                    {
                        string inImage = root.TrimEnd('/') + "/" + file;
                        if (!image.Contains(inImage))
                        {
                            problems.Add($"{inImage} (context {file}) is not in the image when `{run.Keyword.Text} ...` at line {tree.GetText().Lines.GetLineFromPosition(run.Span.Start).LineNumber + 1} runs");
                        }
                    }
                }
            }
        }

        return (problems, checkedInstalls);
    }

    // Each context file a source copies, with the absolute path it gets in the image.
    private static IEnumerable<(string File, string Placed)> Place(BuildContext context, string source, string target, bool intoFolder)
    {
        string normalized = GoPathNormalize(source);
        var visible = context.Files.Where(f => !context.IsIgnored(f)).ToList();
        IEnumerable<string> entries;
        if (normalized.Length == 0)
        {
            entries = new[] { string.Empty };
        }
        else if (ManifestPaths.HasWildcards(normalized))
        {
            int depth = normalized.Split('/').Length;
            var candidates = new HashSet<string>(StringComparer.Ordinal);
            foreach (string file in visible)
            {
                string[] parts = file.Split('/');
                if (parts.Length >= depth)
                {
                    candidates.Add(string.Join("/", parts.Take(depth)));
                }
            }

            entries = candidates.Where(c => ManifestPaths.GlobMatch(normalized, c)).OrderBy(c => c, StringComparer.Ordinal).ToList();
            intoFolder = true;
        }
        else
        {
            entries = new[] { normalized };
        }

        foreach (string entry in entries)
        {
            if (visible.Contains(entry))
            {
                string name = entry.Substring(entry.LastIndexOf('/') + 1);
                yield return (entry, intoFolder ? target.TrimEnd('/') + "/" + name : target);
                continue;
            }

            string prefix = entry.Length == 0 ? string.Empty : entry + "/";
            foreach (string file in visible.Where(f => f.StartsWith(prefix, StringComparison.Ordinal)))
            {
                yield return (file, target.TrimEnd('/') + "/" + file.Substring(prefix.Length));
            }
        }
    }

    // A context-relative source with "." and ".." segments resolved, as the model resolves paths (no leading "/").
    private static string GoPathNormalize(string source) => DockerfileSemanticModel.ResolvePath("/", source).Substring(1);
}
