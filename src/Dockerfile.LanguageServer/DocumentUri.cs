using System;
using System.IO;

namespace Dockerfile.LanguageServer;

/// <summary>Turns document URIs into file paths (an unsaved <c>untitled:</c> buffer gets a name in the current folder).</summary>
internal static class DocumentUri
{
    public static string ToPath(string uri)
    {
        if (Uri.TryCreate(uri, UriKind.Absolute, out var parsed) && parsed.IsFile)
        {
            return Path.GetFullPath(parsed.LocalPath);
        }

        string name = uri;
        int slash = name.LastIndexOfAny(['/', ':']);
        name = slash >= 0 ? name.Substring(slash + 1) : name;
        return Path.Combine(Directory.GetCurrentDirectory(), string.IsNullOrEmpty(name) ? "Dockerfile" : name);
    }

    public static string FromPath(string path) => new Uri(path).AbsoluteUri;
}
