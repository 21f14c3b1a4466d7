namespace Dockerfile.Syntax;

/// <summary>How far a <see cref="DockerfileSyntaxWalker"/> descends below nodes.</summary>
public enum SyntaxWalkerDepth
{
    /// <summary>Visit nodes only.</summary>
    Node = 0,

    /// <summary>Visit nodes and tokens.</summary>
    Token = 1,

    /// <summary>Visit nodes, tokens and the trivia around each token.</summary>
    Trivia = 2,
}
