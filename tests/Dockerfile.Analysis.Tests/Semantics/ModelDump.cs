using System.Collections.Generic;
using System.Linq;
using System.Text;
using Dockerfile.Analysis.Semantics;
using Dockerfile.Syntax;

namespace Dockerfile.Analysis.Tests.Semantics;

/// <summary>Writes a semantic model as text for the fixture baselines.</summary>
internal static class ModelDump
{
    public static string Write(DockerfileSemanticModel model)
    {
        var text = model.Tree.GetText();
        var b = new StringBuilder();
        int Line(InstructionSyntax i) => text.Lines.GetLineFromPosition(i.Span.Start).LineNumber + 1;
        string Head(InstructionSyntax i) => "L" + Line(i) + " " + i.InstructionName;
        string Map(IEnumerable<KeyValuePair<string, string>> pairs) => "{" + string.Join(", ", pairs.OrderBy(p => p.Key, System.StringComparer.Ordinal).Select(p => p.Key + "=" + p.Value)) + "}";
        string ArgMap(IReadOnlyDictionary<string, string?> pairs, bool hidePlatform = false) => "{" + string.Join(", ", pairs.Where(p => !hidePlatform || !DockerfileSemanticModel.PlatformArguments.Contains(p.Key)).OrderBy(p => p.Key, System.StringComparer.Ordinal).Select(p => p.Key + (p.Value is null ? string.Empty : "=" + p.Value))) + "}";

        b.Append("global args: ").Append(ArgMap(model.GlobalArguments, hidePlatform: true)).Append('\n');
        b.Append("target: ").Append(model.Target?.Index.ToString() ?? "none").Append('\n');
        b.Append("unreachable: [").Append(string.Join(", ", model.UnreachableStages.Select(s => s.Index))).Append("]\n");
        foreach (var stage in model.Stages)
        {
            b.Append("stage ").Append(stage.Index);
            if (stage.Name != null)
            {
                b.Append(" '").Append(stage.Name).Append('\'');
            }

            b.Append(stage.IsReachable ? " reachable" : " unreachable").Append('\n');
            if (stage.BaseStage != null)
            {
                b.Append("  base: stage ").Append(stage.BaseStage.Index).Append('\n');
            }
            else if (stage.Image is { } image)
            {
                b.Append("  base: ").Append(stage.ExpandedBaseImage)
                    .Append(" -> registry=").Append(image.Registry)
                    .Append(" repository=").Append(image.Repository)
                    .Append(" tag=").Append(image.Tag ?? "-")
                    .Append(" digest=").Append(image.Digest ?? "-")
                    .Append(" platform=").Append(image.Platform ?? "-");
                if (image.Error != null)
                {
                    b.Append(" error=").Append(image.Error);
                }

                b.Append('\n');
            }

            foreach (var reference in stage.References)
            {
                b.Append("  ref: ").Append(Head(reference.Instruction)).Append(' ').Append(reference.Kind).Append(' ').Append(reference.Text)
                    .Append(" -> ").Append(reference.Stage is null ? "image " + reference.Image!.FullName : "stage " + reference.Stage.Index).Append('\n');
            }

            b.Append("  depends on: [").Append(string.Join(", ", stage.Dependencies.Select(s => s.Index))).Append("]\n");
            foreach (var instruction in stage.AllInstructions)
            {
                b.Append("  ").Append(Head(instruction)).Append(' ').Append(model.GetLayerKind(instruction));
                var env = model.GetEnvironment(instruction).Where(p => !(p.Key == "PATH" && p.Value == DockerfileSemanticModel.DefaultPath)).ToList();
                if (env.Count > 0)
                {
                    b.Append(" env=").Append(Map(env));
                }

                if (instruction is not FromInstructionSyntax)
                {
                    var args = model.GetArguments(instruction);
                    if (args.Count > 0)
                    {
                        b.Append(" args=").Append(ArgMap(args));
                    }
                }

                var shell = model.GetShell(instruction);
                if (!shell.SequenceEqual(DockerfileSemanticModel.DefaultShell))
                {
                    b.Append(" shell=[").Append(string.Join(" ", shell)).Append(']');
                }

                var undefined = model.GetUndefinedVariables(instruction);
                if (undefined.Length > 0)
                {
                    b.Append(" undefined=[").Append(string.Join(", ", undefined)).Append(']');
                }

                var later = model.GetLaterLayers(instruction);
                if (later.Length > 0 && instruction is CopyInstructionSyntax or AddInstructionSyntax)
                {
                    b.Append(" later=[").Append(string.Join(", ", later.Select(Line))).Append(']');
                }

                var deps = model.GetCacheDependencies(instruction);
                if (deps.Arguments.Length > 0)
                {
                    b.Append(" cache-args=[").Append(string.Join(", ", deps.Arguments)).Append(']');
                }

                if (deps.ContextSources.Length > 0)
                {
                    b.Append(" sources=[").Append(string.Join(", ", deps.ContextSources)).Append(']');
                }

                if (deps.ContextFiles is { Count: > 0 } files)
                {
                    b.Append(" files=[").Append(string.Join(", ", files)).Append(']');
                }

                b.Append('\n');
            }
        }

        return b.ToString();
    }
}
