namespace Dockerfile.Analysis.Configuration;

/// <summary>What a <see cref="YamlConfigurationNode"/> is.</summary>
internal enum YamlConfigurationNodeKind
{
    /// <summary>A scalar: a plain, quoted or block string.</summary>
    Scalar,

    /// <summary>A sequence (<c>[a, b]</c> or <c>- a</c> lines).</summary>
    Sequence,

    /// <summary>A mapping (<c>key: value</c> lines or <c>{key: value}</c>).</summary>
    Mapping,
}
