using System;
using System.Collections.Generic;
using System.Linq;
using Dockerfile.Syntax;

namespace Dockerfile.Analysis.Rules.Support;

/// <summary>The <c>--mount</c> flags of a RUN.</summary>
internal static class RunMountFacts
{
    /// <summary>The options of each <c>--mount</c> flag, keys lower-cased.</summary>
    public static IEnumerable<Dictionary<string, string>> Mounts(InstructionSyntax run) =>
        HasMount(run) ? MountsOf(run) : Enumerable.Empty<Dictionary<string, string>>();

    /// <summary>
    /// Whether the instruction has a <c>--mount</c> flag: checked before enumerating <see cref="InstructionSyntax.Flags"/>
    /// (<see cref="InstructionSyntax.GetFlag"/> does not allocate, and most RUNs have no flag).
    /// </summary>
    public static bool HasMount(InstructionSyntax instruction) => instruction.GetFlag("mount") != null;

    private static IEnumerable<Dictionary<string, string>> MountsOf(InstructionSyntax run)
    {
        foreach (var flag in run.Flags.Where(f => f.Name == "mount"))
        {
            var options = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (string part in (flag.Value?.ValueText ?? string.Empty).Split(','))
            {
                int equals = part.IndexOf('=');
                string key = (equals < 0 ? part : part.Substring(0, equals)).Trim();
                if (key.Length > 0)
                {
                    options[key] = equals < 0 ? string.Empty : part.Substring(equals + 1).Trim();
                }
            }

            yield return options;
        }
    }

    /// <summary>Whether a cache or tmpfs mount targets a path that contains <paramref name="fragment"/>.</summary>
    public static bool HasCacheOrTmpfsMountWith(InstructionSyntax run, string fragment) =>
        Mounts(run).Any(m =>
            m.TryGetValue("type", out var type) && (type == "cache" || type == "tmpfs")
            && (m.TryGetValue("target", out var target) || m.TryGetValue("dst", out target) || m.TryGetValue("destination", out target))
            && target.IndexOf(fragment, StringComparison.Ordinal) >= 0);
}
