using System;

namespace Dockerfile.Analysis.Rules.Support;

/// <summary>An image reference split like Docker does: <c>[registry/]repository[:tag][@digest]</c>.</summary>
internal sealed class ImageReferenceParts
{
    private ImageReferenceParts(string? registry, string repository, string? tag, string? digest)
    {
        Registry = registry;
        Repository = repository;
        Tag = tag;
        Digest = digest;
    }

    /// <summary>The registry host (with port) when the first path component looks like one (has <c>.</c> or <c>:</c>, or is <c>localhost</c>).</summary>
    public string? Registry { get; }

    /// <summary>The repository path, without the registry.</summary>
    public string Repository { get; }

    /// <summary>The tag, or null.</summary>
    public string? Tag { get; }

    /// <summary>The digest, or null.</summary>
    public string? Digest { get; }

    /// <summary>Splits a reference.</summary>
    public static ImageReferenceParts Parse(string reference)
    {
        string rest = reference;
        string? digest = null;
        int at = rest.IndexOf('@');
        if (at >= 0)
        {
            digest = rest.Substring(at + 1);
            rest = rest.Substring(0, at);
        }

        string? registry = null;
        int slash = rest.IndexOf('/');
        if (slash > 0)
        {
            string first = rest.Substring(0, slash);
            if (first.IndexOf('.') >= 0 || first.IndexOf(':') >= 0 || first == "localhost")
            {
                registry = first;
                rest = rest.Substring(slash + 1);
            }
        }

        string? tag = null;
        int colon = rest.LastIndexOf(':');
        if (colon >= 0 && rest.IndexOf('/', colon) < 0)
        {
            tag = rest.Substring(colon + 1);
            rest = rest.Substring(0, colon);
        }

        return new ImageReferenceParts(registry, rest, tag, digest);
    }

    /// <summary>Whether a registry matches a pattern: <c>*</c>, <c>*.suffix</c>, <c>prefix*</c> or an exact name (hadolint's rules).</summary>
    public static bool RegistryMatches(string pattern, string registry)
    {
        if (pattern == "*")
        {
            return true;
        }

        if (pattern.StartsWith("*", StringComparison.Ordinal))
        {
            return registry.EndsWith(pattern.Substring(1), StringComparison.OrdinalIgnoreCase);
        }

        if (pattern.EndsWith("*", StringComparison.Ordinal))
        {
            return registry.StartsWith(pattern.Substring(0, pattern.Length - 1), StringComparison.OrdinalIgnoreCase);
        }

        return string.Equals(pattern, registry, StringComparison.OrdinalIgnoreCase);
    }
}
