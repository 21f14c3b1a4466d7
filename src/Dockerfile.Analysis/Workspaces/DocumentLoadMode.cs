namespace Dockerfile.Analysis.Workspaces;

/// <summary>How <see cref="DockerfileWorkspace.LoadDocument(string, DocumentLoadMode)"/> reads a file.</summary>
public enum DocumentLoadMode
{
    /// <summary>Read the file to analyse it.</summary>
    Read,

    /// <summary>
    /// Read the file and keep a <see cref="FileSnapshot"/> of it (length, modification time, SHA-256), so that a front
    /// end that writes fixes back can first check that the file did not change since it was read.
    /// </summary>
    ForWriting,
}
