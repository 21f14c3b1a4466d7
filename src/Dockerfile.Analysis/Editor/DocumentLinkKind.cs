namespace Dockerfile.Analysis.Editor;

/// <summary>What a document link points to.</summary>
public enum DocumentLinkKind
{
    /// <summary>A registry's web page for a FROM image (<see cref="DocumentLink.Target"/> is an absolute URL).</summary>
    Image,

    /// <summary>A file of the build context that a COPY or ADD source names (<see cref="DocumentLink.Target"/> is relative to the context root, with <c>/</c> separators).</summary>
    ContextFile,
}
