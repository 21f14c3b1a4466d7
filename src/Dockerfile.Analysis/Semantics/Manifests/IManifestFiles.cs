using System.Collections.Generic;

namespace Dockerfile.Analysis.Semantics.Manifests;

/// <summary>
/// The build context's files as an install inside the image would see them after COPY: paths are relative to the
/// context root with <c>/</c> separators; ignored (<c>.dockerignore</c>) files do not exist here.
/// </summary>
internal interface IManifestFiles
{
    /// <summary>Whether a file exists (and is not ignored).</summary>
    bool FileExists(string path);

    /// <summary>Whether a folder exists and holds at least one file that is not ignored (the context root always exists).</summary>
    bool DirectoryExists(string path);

    /// <summary>The file's text; <see langword="null"/> when the file is absent, ignored, unreadable or not text.</summary>
    string? ReadText(string path);

    /// <summary>
    /// Context files (not ignored) matched by a glob with Go <c>filepath.Match</c> syntax plus <c>**</c> (any number of
    /// folders, none included), sorted ordinally; a malformed pattern matches nothing.
    /// </summary>
    IReadOnlyList<string> Match(string pattern);
}
