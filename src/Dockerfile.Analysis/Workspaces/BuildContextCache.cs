using System;
using System.Collections.Concurrent;
using System.IO;
using Dockerfile.Analysis.Configuration;
using Dockerfile.Analysis.Context;

namespace Dockerfile.Analysis.Workspaces;

/// <summary>
/// Reads each build context folder once: many Dockerfiles often share a folder, and listing it for each of them
/// would make a directory walk quadratic. A Dockerfile with its own <c>&lt;name&gt;.dockerignore</c> gets its own
/// entry. Thread-safe; <see cref="Invalidate"/> forgets the contexts a changed file belongs to.
/// </summary>
internal sealed class BuildContextCache
{
    private readonly ConcurrentDictionary<string, Entry> _contexts = new(StringComparer.Ordinal);

    /// <summary>The context of a Dockerfile built from <paramref name="root"/> (full paths).</summary>
    public BuildContext Get(string root, string dockerfilePath)
    {
        string key = File.Exists(dockerfilePath + ".dockerignore") ? root + "\0" + dockerfilePath : root;
        return _contexts.GetOrAdd(key, _ => new Entry(root, new Lazy<BuildContext>(() => BuildContext.FromDirectory(root, dockerfilePath)))).Context.Value;
    }

    /// <summary>Forgets every context whose root holds <paramref name="fullPath"/> (a file or folder that was created, changed or deleted).</summary>
    /// <returns>Whether a context was forgotten.</returns>
    public bool Invalidate(string fullPath)
    {
        bool forgot = false;
        foreach (var pair in _contexts)
        {
            if (AnalysisConfigurationCache.IsAtOrBelow(fullPath, pair.Value.Root))
            {
                forgot |= _contexts.TryRemove(pair.Key, out _);
            }
        }

        return forgot;
    }

    private sealed class Entry
    {
        public Entry(string root, Lazy<BuildContext> context)
        {
            Root = root;
            Context = context;
        }

        public string Root { get; }

        public Lazy<BuildContext> Context { get; }
    }
}
