using System;
using System.Collections.Generic;
using System.Linq;
using Dockerfile.Syntax;

namespace Dockerfile.Analysis.Semantics;

/// <summary>A <c>RUN --mount</c> flag, expanded: its options as written and what a bind mount of the build context reads.</summary>
internal sealed class RunMount
{
    private RunMount(string text, string type, string? from, string source)
    {
        Text = text;
        Type = type;
        From = from;
        Source = source;
    }

    /// <summary>The flag's value, expanded (<c>type=cache,target=/root/.cache</c>).</summary>
    public string Text { get; }

    /// <summary>The mount type, lower case: <c>bind</c> when none is given, as BuildKit.</summary>
    public string Type { get; }

    /// <summary>The <c>from</c> option (a stage or an image), or null for the build context.</summary>
    public string? From { get; }

    /// <summary>The <c>source</c> (or <c>src</c>) option; <c>.</c> (the whole context or stage) when none is given.</summary>
    public string Source { get; }

    /// <summary>Whether the mount reads the build context: a bind mount without <c>from</c>.</summary>
    public bool IsContextBind => Type == "bind" && From is null;

    /// <summary>The mounts of a RUN, in order.</summary>
    public static IEnumerable<RunMount> Of(DockerfileSemanticModel model, RunInstructionSyntax run)
    {
        if (run.GetFlag("mount") == null)
        {
            yield break;
        }

        foreach (var flag in run.Flags.Where(f => f.Name == "mount" && f.Value != null))
        {
            string text = model.Expand(flag.Value!).Value;
            string type = "bind";
            string? from = null;
            string source = ".";
            foreach (string field in text.Split(','))
            {
                int equals = field.IndexOf('=');
                string key = (equals < 0 ? field : field.Substring(0, equals)).Trim().ToLowerInvariant();
                string value = equals < 0 ? string.Empty : field.Substring(equals + 1).Trim();
                switch (key)
                {
                    case "type":
                        type = value.ToLowerInvariant();
                        break;
                    case "from":
                        from = value.Length > 0 ? value : null;
                        break;
                    case "source" or "src":
                        source = value.Length > 0 ? value : ".";
                        break;
                }
            }

            yield return new RunMount(text, type, from, source);
        }
    }
}
