using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.CommandLine;
using System.IO;
using System.Linq;
using Dockerfile.Analysis.Semantics;
using Dockerfile.Analysis.Workspaces;

namespace Dockerfile.Cli;

/// <summary>
/// <c>dfa layers [FILE] [--context DIR] [--changed PATH]... [--target STAGE] [--build-arg N=V]... [--format text|json|mermaid]</c>:
/// each stage's instructions, the layers they make, what their cache depends on and, with <c>--changed</c>, which
/// ones a change rebuilds (<see cref="LayerAnalysis"/>). <c>--changed -</c> reads the paths from standard input.
/// </summary>
internal static class LayersCommand
{
    public static readonly string[] Formats = { "text", "json", "mermaid" };

    public static Command Create()
    {
        var file = new Argument<string?>("file")
        {
            Description = "The Dockerfile (default: Dockerfile in the current folder), or - for standard input",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var context = new Option<string?>("--context")
        {
            Description = "The build context folder, for .dockerignore and COPY sources (default: the Dockerfile's folder)",
        };
        var changed = new Option<string[]>("--changed")
        {
            Description = "A path that changed, relative to the context (repeatable); - reads one path a line from standard input (git diff --name-only | dfa layers --changed -)",
            AllowMultipleArgumentsPerToken = false,
        };
        var target = new Option<string?>("--target")
        {
            Description = "The target stage, by name or index (default: the last stage)",
        };
        var buildArgs = new Option<string[]>("--build-arg")
        {
            Description = "A build argument, NAME=VALUE (NAME alone takes the value from the environment), as docker build's (repeatable)",
        };
        var format = new Option<string>("--format")
        {
            Description = "Output format: text, json or mermaid (the stage graph)",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong(Formats);

        var command = new Command("layers", "Show each instruction's layer and cache inputs, and which ones a change rebuilds") { file, context, changed, target, buildArgs, format };
        command.SetAction(result => Run(
            result.GetValue(file),
            result.GetValue(context),
            result.GetValue(changed),
            result.GetValue(target),
            result.GetValue(buildArgs) ?? Array.Empty<string>(),
            result.GetValue(format) ?? "text",
            Console.Out,
            Console.Error));
        return command;
    }

    internal static int Run(string? path, string? contextDirectory, string[]? changed, string? target, IReadOnlyList<string> buildArgs, string format, TextWriter output, TextWriter error)
    {
        path ??= "Dockerfile";
        bool changedFromInput = changed != null && changed.Contains("-");
        if (changedFromInput && path == "-")
        {
            error.WriteLine(new InputError("-", "standard input cannot hold both the Dockerfile and the --changed paths"));
            return ExitCodes.BadInput;
        }

        if (contextDirectory != null && !Directory.Exists(contextDirectory))
        {
            error.WriteLine(new InputError(contextDirectory, "no such context folder"));
            return ExitCodes.BadInput;
        }

        if (path != "-" && !File.Exists(path))
        {
            error.WriteLine(new InputError(path, Directory.Exists(path) ? "a folder, not a Dockerfile" : "no such file"));
            return ExitCodes.BadInput;
        }

        var arguments = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (string buildArg in buildArgs)
        {
            int equals = buildArg.IndexOf('=');
            string name = equals < 0 ? buildArg : buildArg.Substring(0, equals);
            if (name.Length == 0)
            {
                error.WriteLine(new InputError(buildArg, "a build argument is NAME=VALUE"));
                return ExitCodes.BadInput;
            }

            if (equals >= 0)
            {
                arguments[name] = buildArg.Substring(equals + 1);
            }
            else if (Environment.GetEnvironmentVariable(name) is { } value)
            {
                arguments[name] = value;
            }
        }

        var workspace = new DockerfileWorkspace(new DockerfileWorkspaceOptions { ContextDirectory = contextDirectory, Analyzers = DfaCommandLine.Rules.Analyzers });
        var document = InputDocument.Load(workspace, path, out var loadError);
        if (document == null)
        {
            error.WriteLine(loadError);
            return ExitCodes.BadInput;
        }

        var buildContext = document.Document.BuildContext;
        var model = new DockerfileSemanticModel(document.Document.SyntaxTree, new SemanticModelOptions
        {
            BuildContext = buildContext,
            Target = target,
            BuildArguments = arguments.ToImmutable(),
        });
        if (target != null && model.FindStage(target) == null)
        {
            error.WriteLine(new InputError(document.Path, $"no stage named '{target}' (--target)"));
            return ExitCodes.BadInput;
        }

        List<string>? changedPaths = null;
        if (changed != null && changed.Length > 0)
        {
            changedPaths = new List<string>();
            string? root = ContextRoot(contextDirectory, document);
            foreach (string entry in changed)
            {
                if (entry == "-")
                {
                    changedPaths.AddRange(ReadLines(Console.In));
                }
                else
                {
                    changedPaths.Add(RelativeToContext(entry, root));
                }
            }
        }

        var analysis = LayerAnalysis.Analyze(model, changedPaths);
        switch (format)
        {
            case "json":
                LayersJsonWriter.Write(document.Path, analysis, output);
                break;
            case "mermaid":
                LayersMermaidWriter.Write(analysis, output);
                break;
            default:
                LayersTextWriter.Write(document.Path, analysis, output);
                break;
        }

        return ExitCodes.Clean;
    }

    private static IEnumerable<string> ReadLines(TextReader input)
    {
        string? line;
        while ((line = input.ReadLine()) != null)
        {
            line = line.Trim();
            if (line.Length > 0)
            {
                yield return line;
            }
        }
    }

    /// <summary>The context folder, full: <c>--context</c>, else the Dockerfile's folder (the current one for standard input).</summary>
    private static string? ContextRoot(string? contextDirectory, InputDocument document)
    {
        try
        {
            return Path.GetFullPath(contextDirectory ?? Path.GetDirectoryName(document.Document.FilePath ?? Path.Combine(Directory.GetCurrentDirectory(), "Dockerfile")) ?? ".");
        }
        catch (Exception ex) when (ex is ArgumentException or IOException or NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>An absolute path inside the context becomes relative to it; any other path is taken as relative to the context already.</summary>
    private static string RelativeToContext(string path, string? root)
    {
        if (root == null || !Path.IsPathRooted(path))
        {
            return path;
        }

        string relative = Path.GetRelativePath(root, path);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? path : relative.Replace('\\', '/');
    }
}
