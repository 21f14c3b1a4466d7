
namespace Dockerfile.LanguageServer.Protocol;

/// <summary>An LSP position: a zero-based line and a character offset in the negotiated encoding.</summary>
public sealed class Position
{
    /// <summary>Creates a position at 0:0.</summary>
    public Position() { }
    /// <summary>Creates a position.</summary>
    /// <param name="line">Zero-based line.</param>
    /// <param name="character">Zero-based offset in the line, in code units of the negotiated encoding.</param>
    public Position(int line, int character) { Line = line; Character = character; }
    /// <summary>Zero-based line.</summary>
    public int Line { get; set; }
    /// <summary>Zero-based offset in the line.</summary>
    public int Character { get; set; }
}
