using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using Dockerfile.Analysis.Workspaces;
using Dockerfile.Syntax;
using Microsoft.CodeAnalysis;

namespace Dockerfile.Cli;

/// <summary><c>dfa parse FILE [--tree | --buildkit]</c>: the syntax tree (the default) or BuildKit's AST dump; parse diagnostics go to standard error.</summary>
internal static class ParseCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "A Dockerfile, or - for standard input" };
        var tree = new Option<bool>("--tree") { Description = "Print the syntax tree: Kind@start..end \"text\" (the default)" };
        var buildKit = new Option<bool>("--buildkit") { Description = "Print BuildKit's parser AST dump" };
        var command = new Command("parse", "Print a Dockerfile's syntax tree") { file, tree, buildKit };
        command.SetAction(result => Run(result.GetValue(file) ?? string.Empty, result.GetValue(tree), result.GetValue(buildKit), Console.Out, Console.Error));
        return command;
    }

    internal static int Run(string path, bool tree, bool buildKit, TextWriter output, TextWriter error)
    {
        if (tree && buildKit)
        {
            error.WriteLine("dfa: --tree and --buildkit cannot be used together");
            return ExitCodes.BadInput;
        }

        if (path != "-" && !File.Exists(path))
        {
            error.WriteLine(new InputError(path, Directory.Exists(path) ? "a folder, not a Dockerfile" : "no such file"));
            return ExitCodes.BadInput;
        }

        var document = InputDocument.Load(new DockerfileWorkspace(), path, out var loadError);
        if (document == null)
        {
            error.WriteLine(loadError);
            return ExitCodes.BadInput;
        }

        output.Write(buildKit ? BuildKitAstDumper.Dump(document.Document.SyntaxTree) : TreePrinter.Print(document.Document.SyntaxTree.GetRoot()));
        var diagnostics = document.Document.SyntaxTree.GetDiagnostics().OrderBy(d => d.Location.SourceSpan.Start).ToList();
        foreach (var diagnostic in diagnostics)
        {
            var start = diagnostic.Location.GetLineSpan().StartLinePosition;
            error.WriteLine($"{TerminalText.Escape(document.Path)}({start.Line + 1},{start.Character + 1}): {SeverityNames.Of(diagnostic.Severity)} {diagnostic.Id}: {TerminalText.Escape(diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture))}");
        }

        return diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error) ? ExitCodes.Findings : ExitCodes.Clean;
    }
}
