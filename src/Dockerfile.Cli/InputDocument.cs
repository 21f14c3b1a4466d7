using System;
using System.Collections.Generic;
using System.IO;
using Dockerfile.Analysis.Workspaces;

namespace Dockerfile.Cli;

/// <summary>
/// A Dockerfile the user named on the command line: the path as shown, the library's snapshot of it (loading,
/// decoding, configuration and build context are the workspace's), and, for <c>dfa fix</c>, the snapshot of the file as
/// read, checked again just before the file is replaced.
/// </summary>
internal sealed class InputDocument
{
    /// <summary>The name shown for standard input.</summary>
    public const string StdinName = "<stdin>";

    private InputDocument(string path, DockerfileDocument document, FileSnapshot? snapshot)
    {
        Path = path;
        Document = document;
        Snapshot = snapshot;
    }

    /// <summary>The path as shown to the user (<c>&lt;stdin&gt;</c> for standard input).</summary>
    public string Path { get; }

    /// <summary>The snapshot: text (a BOM stays as U+FEFF), tree, configuration, build context, diagnostics.</summary>
    public DockerfileDocument Document { get; }

    /// <summary>The file as read, when it was loaded for writing.</summary>
    public FileSnapshot? Snapshot { get; }

    /// <summary>
    /// Loads every file before anything is written, so that a file that cannot be read stops the run with nothing
    /// changed: each load error is written to <paramref name="error"/> and <see langword="null"/> is returned.
    /// </summary>
    public static List<InputDocument>? LoadAll(DockerfileWorkspace workspace, IReadOnlyList<string> files, bool forWriting, System.IO.TextWriter error)
    {
        var loaded = new InputDocument?[files.Count];
        var loadErrors = new InputError?[files.Count];
        if (files.Count == 1)
        {
            loaded[0] = Load(workspace, files[0], out loadErrors[0], forWriting);
        }
        else
        {
            // The workspace loads concurrently (dfa lint does the same); errors are still written in the files' order.
            System.Threading.Tasks.Parallel.For(0, files.Count, i => loaded[i] = Load(workspace, files[i], out loadErrors[i], forWriting));
        }

        bool failed = false;
        foreach (var loadError in loadErrors)
        {
            if (loadError != null)
            {
                error.WriteLine(loadError);
                failed = true;
            }
        }

        if (failed)
        {
            return null;
        }

        var documents = new List<InputDocument>(files.Count);
        foreach (var document in loaded)
        {
            documents.Add(document!);
        }

        return documents;
    }

    /// <summary>
    /// Loads a Dockerfile (<c>-</c> is standard input, read here; decoding it is the workspace's, as for files).
    /// </summary>
    /// <param name="workspace">The run's workspace (its <c>--config</c> and <c>--context</c>, its caches).</param>
    /// <param name="path">The path, or <c>-</c>.</param>
    /// <param name="error">Why the file could not be read.</param>
    /// <param name="forWriting">Whether to keep a <see cref="Snapshot"/> of the file, to detect a change before it is written.</param>
    public static InputDocument? Load(DockerfileWorkspace workspace, string path, out InputError? error, bool forWriting = false)
    {
        error = null;
        DocumentLoadResult result;
        if (path == "-")
        {
            byte[] bytes;
            try
            {
                using var input = Console.OpenStandardInput();
                using var buffer = new MemoryStream();
                input.CopyTo(buffer);
                bytes = buffer.ToArray();
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
            {
                error = new InputError(StdinName, ex.Message);
                return null;
            }

            result = workspace.LoadDocument(bytes, filePath: null, errorPath: StdinName);
        }
        else
        {
            result = workspace.LoadDocument(path, forWriting ? DocumentLoadMode.ForWriting : DocumentLoadMode.Read);
        }

        if (result.Document is null)
        {
            error = InputError.From(result.Error!);
            return null;
        }

        return new InputDocument(path == "-" ? StdinName : path, result.Document, result.FileSnapshot);
    }
}
