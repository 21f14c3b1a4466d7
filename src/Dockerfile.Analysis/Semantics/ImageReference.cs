using System;

namespace Dockerfile.Analysis.Semantics;

/// <summary>
/// A parsed image reference, normalised the way Docker's reference grammar does: <c>ubuntu</c> is
/// <c>docker.io/library/ubuntu</c>, a first path component with a dot, a colon or the name <c>localhost</c>
/// (or an upper-case letter) is a registry, the tag follows the last colon of the last component and the
/// digest follows <c>@</c>.
/// </summary>
public sealed class ImageReference
{
    /// <summary>The registry assumed when a reference names none.</summary>
    public const string DefaultRegistry = "docker.io";

    private ImageReference(string original, string registry, string repository, string? tag, string? digest, string? platform, bool isScratch, string? error)
    {
        Original = original;
        Registry = registry;
        Repository = repository;
        Tag = tag;
        Digest = digest;
        Platform = platform;
        IsScratch = isScratch;
        Error = error;
    }

    /// <summary>Gets the reference as given (after variable expansion).</summary>
    public string Original { get; }

    /// <summary>Gets the registry host (and port), <c>docker.io</c> by default; empty for <c>scratch</c>.</summary>
    public string Registry { get; }

    /// <summary>Gets the repository path, with <c>library/</c> added for a single-name Docker Hub image.</summary>
    public string Repository { get; }

    /// <summary>Gets the tag, or <see langword="null"/> when none is written.</summary>
    public string? Tag { get; }

    /// <summary>Gets the digest (<c>sha256:...</c>), or <see langword="null"/>.</summary>
    public string? Digest { get; }

    /// <summary>Gets the value of the FROM's <c>--platform</c> flag (expanded), or <see langword="null"/>.</summary>
    public string? Platform { get; }

    /// <summary>Gets a value indicating whether this is the empty <c>scratch</c> image.</summary>
    public bool IsScratch { get; }

    /// <summary>Gets why the reference is not valid, or <see langword="null"/> when it is.</summary>
    public string? Error { get; }

    /// <summary>Gets a value indicating whether the reference parsed without error.</summary>
    public bool IsValid => Error is null;

    /// <summary>Gets the tag Docker pulls: the written tag, or <c>latest</c> when neither tag nor digest is written.</summary>
    public string? EffectiveTag => Tag ?? (Digest is null && !IsScratch ? "latest" : null);

    /// <summary>Gets the fully qualified name: registry, repository, tag and digest.</summary>
    public string FullName => IsScratch ? "scratch" :
        Registry + "/" + Repository + (Tag is null ? string.Empty : ":" + Tag) + (Digest is null ? string.Empty : "@" + Digest);

    /// <summary>Parses an image reference. Never throws: a malformed reference has an <see cref="Error"/>.</summary>
    /// <param name="reference">The reference, such as <c>python:3.12-slim</c> or <c>ghcr.io/o/r@sha256:...</c>.</param>
    /// <param name="platform">The value of the <c>--platform</c> flag, if any.</param>
    /// <returns>The parsed reference.</returns>
    public static ImageReference Parse(string? reference, string? platform = null)
    {
        string text = reference ?? string.Empty;
        if (text.Length == 0)
        {
            return new ImageReference(text, string.Empty, string.Empty, null, null, platform, false, "the image reference is empty");
        }

        if (string.Equals(text, "scratch", StringComparison.OrdinalIgnoreCase))
        {
            return new ImageReference(text, string.Empty, "scratch", null, null, platform, true, null);
        }

        string rest = text;
        string? digest = null;
        int at = rest.IndexOf('@');
        if (at >= 0)
        {
            digest = rest.Substring(at + 1);
            rest = rest.Substring(0, at);
        }

        string? tag = null;
        int lastSlash = rest.LastIndexOf('/');
        int colon = rest.LastIndexOf(':');
        if (colon > lastSlash)
        {
            tag = rest.Substring(colon + 1);
            rest = rest.Substring(0, colon);
        }

        string registry = DefaultRegistry;
        string repository = rest;
        int slash = rest.IndexOf('/');
        if (slash >= 0)
        {
            string first = rest.Substring(0, slash);
            if (first.IndexOf('.') >= 0 || first.IndexOf(':') >= 0 || first == "localhost" || !string.Equals(first, first.ToLowerInvariant(), StringComparison.Ordinal))
            {
                registry = first;
                repository = rest.Substring(slash + 1);
            }
        }

        if (registry == "index.docker.io")
        {
            registry = DefaultRegistry;
        }

        if (registry == DefaultRegistry && repository.IndexOf('/') < 0)
        {
            repository = "library/" + repository;
        }

        string? error = Validate(registry, repository, tag, digest);
        return new ImageReference(text, registry, repository, tag, digest, platform, false, error);
    }

    private static string? Validate(string registry, string repository, string? tag, string? digest)
    {
        if (registry.Length == 0)
        {
            return "the registry is empty";
        }

        if (repository.Length == 0)
        {
            return "the repository name is empty";
        }

        foreach (string component in repository.Split('/'))
        {
            if (!IsPathComponent(component))
            {
                return "'" + component + "' is not a valid repository name component (lower-case letters, digits and separators)";
            }
        }

        if (tag != null && (tag.Length == 0 || tag.Length > 128 || !IsWordChar(tag[0]) || !AllMatch(tag, c => IsWordChar(c) || c == '.' || c == '-')))
        {
            return "'" + tag + "' is not a valid tag";
        }

        if (digest != null)
        {
            int colon = digest.IndexOf(':');
            if (colon <= 0 || colon == digest.Length - 1 || !AllMatch(digest.Substring(colon + 1), IsHex))
            {
                return "'" + digest + "' is not a valid digest";
            }
        }

        return null;
    }

    private static bool IsPathComponent(string component)
    {
        if (component.Length == 0 || !IsLowerAlnum(component[0]) || !IsLowerAlnum(component[component.Length - 1]))
        {
            return false;
        }

        for (int i = 0; i < component.Length; i++)
        {
            char c = component[i];
            if (IsLowerAlnum(c))
            {
                continue;
            }

            // separators: '.', '_', '__', one or more '-'
            if (c != '.' && c != '_' && c != '-')
            {
                return false;
            }
        }

        return component.IndexOf("..", StringComparison.Ordinal) < 0 && component.IndexOf("___", StringComparison.Ordinal) < 0;
    }

    private static bool IsLowerAlnum(char c) => (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');

    private static bool IsWordChar(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';

    private static bool IsHex(char c) => (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');

    private static bool AllMatch(string s, Func<char, bool> predicate)
    {
        foreach (char c in s)
        {
            if (!predicate(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override string ToString() => FullName;
}
