using System;
using System.Collections.Concurrent;
using System.IO;
using Dockerfile.Analysis.Context;

namespace Dockerfile.Cli;

/// <summary>
/// Reads each build context folder once per run: many Dockerfiles often share a folder, and listing it for each of
/// them would make a directory walk quadratic. A Dockerfile with its own <c>&lt;name&gt;.dockerignore</c> gets its own entry.
/// </summary>
internal static class BuildContextCache
{
    private static readonly ConcurrentDictionary<string, Lazy<BuildContext>> s_contexts = new(StringComparer.Ordinal);

    public static BuildContext Get(string folder, string dockerfilePath)
    {
        string root = Path.GetFullPath(folder);
        string key = File.Exists(dockerfilePath + ".dockerignore") ? root + "\0" + dockerfilePath : root;
        return s_contexts.GetOrAdd(key, _ => new Lazy<BuildContext>(() => BuildContext.FromDirectory(root, dockerfilePath))).Value;
    }
}
