using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using Dockerfile.Analysis;
using Dockerfile.Analysis.CodeFixes;
using Dockerfile.Analysis.Context;
using Dockerfile.Syntax;
using Microsoft.CodeAnalysis;

namespace Dockerfile.Cli;

/// <summary>A Dockerfile read from disk: its text (a byte order mark kept as a character), tree and build context.</summary>
internal sealed class DockerfileDocument
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    private DockerfileDocument(string path, string text, BuildContext? context)
    {
        Path = path;
        Text = text;
        Context = context;
        Tree = DockerfileSyntaxTree.ParseText(text, path);
    }

    /// <summary>The path as shown to the user.</summary>
    public string Path { get; }

    /// <summary>The text exactly as read (a BOM stays as U+FEFF).</summary>
    public string Text { get; }

    public BuildContext? Context { get; }

    public DockerfileSyntaxTree Tree { get; }

    public static DockerfileDocument? Load(string path, out InputError? error)
    {
        error = null;
        string text;
        try
        {
            text = Utf8.GetString(File.ReadAllBytes(path));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            error = new InputError(path, ex.Message);
            return null;
        }

        BuildContext? context = null;
        try
        {
            string folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path)) ?? ".";
            context = BuildContext.FromDirectory(folder, System.IO.Path.GetFullPath(path));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            // Without a context the rules assume every manifest exists.
        }

        return new DockerfileDocument(path, text, context);
    }

    public AnalysisOptions Options => new() { BuildContext = Context };

    public ImmutableArray<Diagnostic> Analyze() => DockerfileAnalysis.Analyze(Tree, Options);

    /// <summary>Applies fixes until none applies (at most ten rounds); returns the fixed text and the number of fixes.</summary>
    public string FixAll(out int fixCount)
    {
        fixCount = 0;
        string text = Text;
        for (int round = 0; round < 10; round++)
        {
            var tree = DockerfileSyntaxTree.ParseText(text, Path);
            var diagnostics = DockerfileAnalysis.Analyze(tree, Options);
            string next = CodeFixes.ApplyAll(tree, diagnostics, out int applied).ToString();
            if (applied == 0 || next == text)
            {
                break;
            }

            fixCount += applied;
            text = next;
        }

        return text;
    }

    public bool IsFixable(Diagnostic diagnostic) => CodeFixes.GetFixes(Tree, diagnostic).Any();

    /// <summary>Writes text next to the file then moves it over the file, keeping the file's mode where the platform has one.</summary>
    public static InputError? WriteAtomically(string path, string text)
    {
        string folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path)) ?? ".";
        string temp = System.IO.Path.Combine(folder, "." + System.IO.Path.GetFileName(path) + "." + Guid.NewGuid().ToString("N") + ".tmp");
        try
        {
            File.WriteAllBytes(temp, Utf8.GetBytes(text));
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(temp, File.GetUnixFileMode(path));
            }

            File.Move(temp, path, overwrite: true);
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            try
            {
                File.Delete(temp);
            }
            catch (Exception cleanup) when (cleanup is IOException or UnauthorizedAccessException)
            {
                // Nothing more to do; the original file is untouched.
            }

            return new InputError(path, ex.Message);
        }
    }
}
