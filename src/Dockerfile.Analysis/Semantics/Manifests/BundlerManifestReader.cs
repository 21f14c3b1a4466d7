using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace Dockerfile.Analysis.Semantics.Manifests;

/// <summary>
/// What <c>bundle install</c> reads: the Gemfile (or the <c>--gemfile</c> file), <c>Gemfile.lock</c>,
/// <c>.bundle/config</c>, every file the Gemfile loads with <c>eval_gemfile</c> (nested), the <c>ruby file:</c> version
/// file, and for <c>gemspec</c> the <c>.gemspec</c> file and the files it loads (<c>require_relative</c>, and
/// <c>require "name/version"</c> found under its <c>lib/</c>). Unknown when a gem comes from a local folder
/// (<c>path:</c>, a <c>path</c> block): that is source code; or when a file is named by an expression, a gemspec reads
/// other files while it loads (<c>File.read</c>), or a <c>gemspec</c> finds no single <c>.gemspec</c>.
/// </summary>
internal static class BundlerManifestReader
{
    /// <summary>The most files followed.</summary>
    public const int MaxFiles = 64;

    private static readonly Regex s_words = new(
        @"^\s*(?<verb>gemspec|eval_gemfile|gem|path|ruby|require_relative|require|load|instance_eval|eval)\b(?<rest>.*)$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, TimeSpan.FromSeconds(1));

    private static readonly Regex s_literal = new(
        @"^\s*\(?\s*(?<q>['""])(?<value>[^'""#]*)\k<q>\s*\)?\s*(?<tail>.*)$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, TimeSpan.FromSeconds(1));

    private static readonly Regex s_option = new(
        @"(?:\b(?<key>[a-z_]+):|:(?<key>[a-z_]+)\s*=>)\s*(?<value>['""][^'""]*['""]|[^,\s)]+)",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, TimeSpan.FromSeconds(1));

    private static readonly Regex s_readsFiles = new(
        @"\b(File|IO)\s*\.\s*(read|readlines|open|foreach|binread)\b|\bYAML\s*\.\s*(load_file|safe_load_file)\b|\bJSON\s*\.\s*load_file\b",
        RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private enum Kind
    {
        Gemfile,
        Gemspec,
        Ruby,
    }

    /// <summary>Reads the set.</summary>
    /// <param name="files">The context.</param>
    /// <param name="directory">The folder Bundler runs in ("" for the context root).</param>
    /// <param name="gemfile">The <c>--gemfile</c> value as written, or <see langword="null"/> for <c>Gemfile</c>.</param>
    public static InstallInputs Read(IManifestFiles files, string directory, string? gemfile)
    {
        try
        {
            return ReadCore(files, directory, gemfile);
        }
        catch (RegexMatchTimeoutException)
        {
            return InstallInputs.Unknown("its manifests took too long to read");
        }
    }

    private static InstallInputs ReadCore(IManifestFiles files, string directory, string? gemfile)
    {
        string? root = ManifestPaths.Resolve(directory, gemfile ?? "Gemfile");
        if (root == null || root.Length == 0)
        {
            return InstallInputs.Unknown(gemfile != null && gemfile.IndexOf('$') >= 0 ? $"the Gemfile is a variable (`{gemfile}`)" : $"`{gemfile}` is outside the build context");
        }

        var paths = new List<string>();
        string rootFolder = ManifestPaths.DirectoryOf(root);
        string lockName = root.EndsWith("gems.rb", StringComparison.Ordinal) ? root.Substring(0, root.Length - 2) + "locked" : root + ".lock";
        foreach (string optional in new[] { lockName, ManifestPaths.Combine(rootFolder, ".bundle/config") })
        {
            if (files.FileExists(optional))
            {
                paths.Add(optional);
            }
        }

        var work = new Queue<(string Path, Kind Kind, string? NamedBy)>();
        work.Enqueue((root, Kind.Gemfile, null));
        var visited = new HashSet<string>(StringComparer.Ordinal);
        while (ManifestWalk.TryNext(files, work, visited, MaxFiles, $"the Gemfile loads more than {MaxFiles} files", "loads", out var next, out string text, out var unknown))
        {
            if (unknown != null)
            {
                return unknown;
            }

            var (path, kind, _) = next;
            paths.Add(path);
            string folder = ManifestPaths.DirectoryOf(path);
            foreach (string raw in text.Replace("\r\n", "\n").Split('\n'))
            {
                string line = StripComment(raw);
                if (kind == Kind.Gemspec && s_readsFiles.IsMatch(line))
                {
                    return InstallInputs.Unknown($"{path} reads other files while it loads (`{line.Trim()}`)");
                }

                var match = s_words.Match(line);
                if (!match.Success)
                {
                    continue;
                }

                string verb = match.Groups["verb"].Value;
                string rest = match.Groups["rest"].Value;
                string? problem = kind == Kind.Gemfile
                    ? ReadGemfileLine(files, path, folder, verb, rest, line, work)
                    : ReadRubyLine(files, path, folder, verb, rest, line, work, kind);
                if (problem != null)
                {
                    return InstallInputs.Unknown(problem);
                }
            }
        }

        return InstallInputs.Known(paths);
    }

    private static string? ReadGemfileLine(IManifestFiles files, string path, string folder, string verb, string rest, string line, Queue<(string, Kind, string?)> work)
    {
        var options = Options(rest);
        switch (verb)
        {
            case "gem":
                if (options.TryGetValue("path", out string? gemPath))
                {
                    return $"the Gemfile's `path:` gem `{Unquote(gemPath)}` is source code";
                }

                return null;
            case "path":
                return $"{path} installs gems from a local folder (`{line.Trim()}`), which is source code";
            case "ruby":
                if (options.TryGetValue("file", out string? versionFile))
                {
                    string? resolved = Literal(versionFile) is string v ? ManifestPaths.Resolve(folder, v) : null;
                    if (resolved == null || resolved.Length == 0)
                    {
                        return $"{path} reads the Ruby version from `{versionFile}`, which cannot be known";
                    }

                    work.Enqueue((resolved, Kind.Ruby, path));
                }

                return null;
            case "eval_gemfile":
                {
                    string? literal = LeadingLiteral(rest);
                    string? included = literal == null ? null : ManifestPaths.Resolve(folder, literal);
                    if (included == null || included.Length == 0)
                    {
                        return $"{path} evaluates a Gemfile that cannot be known (`{line.Trim()}`)";
                    }

                    work.Enqueue((included, Kind.Gemfile, path));
                    return null;
                }

            case "gemspec":
                {
                    string gemspecFolder = folder;
                    if (options.TryGetValue("path", out string? specPath))
                    {
                        string? resolved = Literal(specPath) is string p ? ManifestPaths.Resolve(folder, p) : null;
                        if (resolved == null)
                        {
                            return $"{path} names a gemspec folder that cannot be known (`{specPath}`)";
                        }

                        gemspecFolder = resolved;
                    }

                    string? name = null;
                    if (options.TryGetValue("name", out string? specName))
                    {
                        name = Literal(specName);
                        if (name == null)
                        {
                            return $"{path} names a gemspec that cannot be known (`{specName}`)";
                        }
                    }

                    IReadOnlyList<string> specs = name != null
                        ? (files.FileExists(ManifestPaths.Combine(gemspecFolder, name + ".gemspec")) ? new[] { ManifestPaths.Combine(gemspecFolder, name + ".gemspec") } : Array.Empty<string>())
                        : files.Match(ManifestPaths.Combine(gemspecFolder, "*.gemspec"));
                    if (specs.Count != 1)
                    {
                        string where = gemspecFolder.Length == 0 ? "the build context's root" : gemspecFolder + "/";
                        return specs.Count == 0
                            ? $"{path} uses `gemspec`, but {where} holds no .gemspec file"
                            : $"{path} uses `gemspec`, but {where} holds several .gemspec files";
                    }

                    work.Enqueue((specs[0], Kind.Gemspec, path));
                    return null;
                }

            case "require" or "require_relative":
                return ReadRubyLine(files, path, folder, verb, rest, line, work, Kind.Gemfile);
            case "instance_eval" or "eval" or "load":
                return $"{path} evaluates Ruby code it reads (`{line.Trim()}`)";
            default:
                return null;
        }
    }

    // A line of a gemspec or of a file it requires: follows the files it loads from the build context.
    private static string? ReadRubyLine(IManifestFiles files, string path, string folder, string verb, string rest, string line, Queue<(string, Kind, string?)> work, Kind kind)
    {
        if (verb is not ("require" or "require_relative" or "load"))
        {
            return null;
        }

        string? literal = LeadingLiteral(rest);
        if (literal == null)
        {
            return $"{path} loads a file named by an expression (`{line.Trim()}`)";
        }

        if (verb == "require_relative")
        {
            string? target = ManifestPaths.Resolve(folder, WithExtension(literal));
            if (target == null || target.Length == 0)
            {
                return $"{path} loads `{literal}`, which is outside the build context";
            }

            work.Enqueue((target, Kind.Ruby, path));
            return null;
        }

        if (verb == "load")
        {
            return $"{path} loads `{literal}` at run time";
        }

        // `require "name/version"`: a file of the gem's own lib/ folder when there is one; otherwise another gem.
        string libFolder = kind == Kind.Gemspec ? ManifestPaths.Combine(folder, "lib") : LibFolderOf(folder);
        string? local = ManifestPaths.Resolve(libFolder, WithExtension(literal));
        if (local != null && local.Length > 0 && files.FileExists(local))
        {
            work.Enqueue((local, Kind.Ruby, path));
        }

        return null;
    }

    // The lib/ folder a file lies in ("a/lib/x/y" gives "a/lib"), or the file's own folder.
    private static string LibFolderOf(string folder)
    {
        string probe = "/" + folder + "/";
        int lib = probe.LastIndexOf("/lib/", StringComparison.Ordinal);
        return lib < 0 ? folder : probe.Substring(1, lib + 3).TrimStart('/');
    }

    private static string WithExtension(string name) => name.EndsWith(".rb", StringComparison.Ordinal) ? name : name + ".rb";

    // The keyword options of a call: `path: "x"`, `:path => 'x'`.
    private static Dictionary<string, string> Options(string rest)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match match in s_option.Matches(rest))
        {
            options[match.Groups["key"].Value] = match.Groups["value"].Value;
        }

        return options;
    }

    // The first argument when it is a plain string literal (no interpolation), else null.
    private static string? LeadingLiteral(string rest)
    {
        var match = s_literal.Match(rest);
        if (!match.Success)
        {
            return null;
        }

        string tail = match.Groups["tail"].Value.Trim();
        if (tail.Length > 0 && !tail.StartsWith(",", StringComparison.Ordinal))
        {
            return null;
        }

        string value = match.Groups["value"].Value;
        return value.Length == 0 ? null : value;
    }

    private static string? Literal(string value)
    {
        value = value.Trim();
        if (value.Length >= 2 && (value[0] == '\'' || value[0] == '"') && value[value.Length - 1] == value[0])
        {
            string inner = value.Substring(1, value.Length - 2);
            return inner.IndexOf("#{", StringComparison.Ordinal) >= 0 ? null : inner;
        }

        return null;
    }

    private static string Unquote(string value) => Literal(value) ?? value;

    // Drops a '#' comment that is not inside a string literal.
    private static string StripComment(string line)
    {
        char quote = '\0';
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (quote != '\0')
            {
                if (c == '\\')
                {
                    i++;
                }
                else if (c == quote)
                {
                    quote = '\0';
                }
            }
            else if (c == '\'' || c == '"')
            {
                quote = c;
            }
            else if (c == '#')
            {
                return line.Substring(0, i);
            }
        }

        return line;
    }
}
