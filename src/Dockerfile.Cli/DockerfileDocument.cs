using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using Dockerfile.Analysis;
using Dockerfile.Analysis.CodeFixes;
using Dockerfile.Analysis.Configuration;
using Dockerfile.Analysis.Context;
using Dockerfile.Syntax;
using Microsoft.CodeAnalysis;

namespace Dockerfile.Cli;

/// <summary>A Dockerfile read from disk: its text (a byte order mark kept as a character), tree and build context.</summary>
internal sealed class DockerfileDocument
{
    /// <summary>The name shown for standard input.</summary>
    public const string StdinName = "<stdin>";

    /// <summary>How fixed text is written back: UTF-8, the byte order mark only where the text keeps one as U+FEFF.</summary>
    public static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private DockerfileDocument(string path, string text, BuildContext? context, AnalysisConfiguration configuration, FileSnapshot? snapshot)
    {
        Path = path;
        Snapshot = snapshot;
        Text = text;
        Context = context;
        Configuration = configuration;
        Tree = DockerfileSyntaxTree.ParseText(text, path);
        Options = new AnalysisOptions { BuildContext = context }.WithConfiguration(configuration);
    }

    /// <summary>The path as shown to the user (<c>&lt;stdin&gt;</c> for standard input).</summary>
    public string Path { get; }

    /// <summary>The text exactly as read (a BOM stays as U+FEFF).</summary>
    public string Text { get; }

    public BuildContext? Context { get; }

    /// <summary>The configuration that applies to this Dockerfile (<c>--config</c>, or the files found from its folder).</summary>
    public AnalysisConfiguration Configuration { get; }

    public DockerfileSyntaxTree Tree { get; }

    public bool IsStdin => Path == StdinName;

    /// <summary>The file as read, when it was loaded for writing: <c>dfa fix</c> checks it again just before replacing the file.</summary>
    public FileSnapshot? Snapshot { get; }

    /// <summary>
    /// Reads a Dockerfile (<c>-</c> is standard input). Bytes that are not UTF-8 are an error with their position:
    /// guessing another encoding could make <c>dfa fix</c> rewrite bytes the user never meant to change.
    /// </summary>
    /// <param name="path">The path, or <c>-</c>.</param>
    /// <param name="contextDirectory">The build context; null means the Dockerfile's folder (the current folder for standard input).</param>
    /// <param name="configurationPath">The <c>--config</c> file, if one was given; otherwise the configuration is searched from the Dockerfile's folder.</param>
    /// <param name="error">Why the file could not be read.</param>
    /// <param name="forWriting">Whether to keep a <see cref="Snapshot"/> of the file, to detect a change before it is written.</param>
    public static DockerfileDocument? Load(string path, string? contextDirectory, string? configurationPath, out InputError? error, bool forWriting = false)
    {
        error = null;
        bool stdin = path == "-";
        string shownPath = stdin ? StdinName : path;
        byte[] bytes;
        FileSnapshot? snapshot = null;
        try
        {
            if (stdin)
            {
                using var input = Console.OpenStandardInput();
                using var buffer = new MemoryStream();
                input.CopyTo(buffer);
                bytes = buffer.ToArray();
            }
            else if (forWriting)
            {
                snapshot = FileSnapshot.Read(path, out bytes);
            }
            else
            {
                bytes = File.ReadAllBytes(path);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            error = new InputError(shownPath, ex.Message);
            return null;
        }

        if (TextEncodingSniffer.Describe(bytes) is { } encoding)
        {
            error = new InputError(shownPath, encoding + "; save the file as UTF-8");
            return null;
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            int index = Math.Max(0, Math.Min(ex.Index, bytes.Length - 1));
            int line = 1, lineStart = 0;
            for (int i = 0; i < index; i++)
            {
                if (bytes[i] == (byte)'\n')
                {
                    line++;
                    lineStart = i + 1;
                }
            }

            error = new InputError(shownPath, $"not UTF-8 text (byte 0x{bytes[index]:X2}); save the file as UTF-8", line, index - lineStart + 1);
            return null;
        }

        string fullPath = stdin ? System.IO.Path.GetFullPath("Dockerfile") : System.IO.Path.GetFullPath(path);
        string folder = contextDirectory ?? System.IO.Path.GetDirectoryName(fullPath) ?? ".";
        var context = BuildContextCache.Get(folder, fullPath);
        return new DockerfileDocument(shownPath, text, context, ConfigurationCache.For(fullPath, configurationPath), snapshot);
    }

    /// <summary>The options lint and fix both analyse with: the build context and the configuration (severities, disabled and opt-in rules, trusted registries, label schema).</summary>
    public AnalysisOptions Options { get; }

    public ImmutableArray<Diagnostic> Analyze() => DockerfileAnalysis.Analyze(Tree, Options);

    /// <summary>
    /// Applies fixes until none applies (at most ten rounds); returns the fixed text and the number of fixes.
    /// With <paramref name="ruleIds"/>, only diagnostics of those rules are fixed.
    /// </summary>
    public string FixAll(IReadOnlyCollection<string>? ruleIds, out int fixCount)
    {
        var result = CodeFixes.FixAll(Tree, Options, ruleIds, maxRounds: FixRounds);
        fixCount = result.FixCount;
        return result.FixCount == 0 ? Text : result.Text.ToString();
    }

    /// <summary>
    /// Which of the diagnostics (from <see cref="Analyze"/>) have a fix, and how many fixes <see cref="FixAll"/> with
    /// every rule would apply: one pass over the file, so that lint's count is what <c>dfa fix</c> then reports.
    /// </summary>
    public FixSummary SummarizeFixes(ImmutableArray<Diagnostic> diagnostics) => CodeFixes.Summarize(Tree, diagnostics, Options, FixRounds);

    /// <summary>The most fix-all rounds <c>dfa fix</c> runs (and lint's fix count assumes).</summary>
    private const int FixRounds = 10;
}
