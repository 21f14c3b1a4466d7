using System;
using System.Collections.Generic;
using System.Text;
using System.Text.RegularExpressions;

namespace Dockerfile.Analysis.Semantics.Manifests;

/// <summary>
/// What a Gradle dependency resolution (<c>gradle dependencies</c>, <c>./gradlew resolveDependencies</c>) reads: the
/// settings script (<c>settings.gradle</c> or <c>settings.gradle.kts</c>), the build script of the root project and of
/// every project it <c>include</c>s (<c>:b:c</c> is the folder <c>b/c</c>, and <c>b</c> is a project too),
/// <c>gradle.properties</c>, the <c>gradle/</c> folder (the wrapper, <c>libs.versions.toml</c>), <c>gradlew</c> for the
/// wrapper, and the scripts they <c>apply from:</c>. Unknown when an include is not a plain string (a variable, a
/// loop over folders), a project's folder is set other than by <c>file("literal")</c>, the settings include another
/// build (<c>includeBuild</c>, <c>includeFlat</c>), an included project's folder would be missing, or a
/// <c>buildSrc/</c> folder exists: it is build logic source that Gradle compiles before any task runs.
/// </summary>
internal static class GradleManifestReader
{
    /// <summary>The most projects and scripts followed.</summary>
    public const int MaxFiles = 256;

    private static readonly Regex s_projectDir = new(
        @"project\s*\(\s*(?<q>['""])(?<name>[^'""$]+)\k<q>\s*\)\s*\.\s*projectDir\s*=\s*(?<value>[^\r\n;]+)",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, TimeSpan.FromSeconds(1));

    private static readonly Regex s_staticFile = new(
        @"^(new\s+File\s*\(\s*(settingsDir|rootDir|rootProject\.projectDir)\s*,\s*|file\s*\(\s*|File\s*\(\s*(settingsDir|rootDir)\s*,\s*)(?<q>['""])(?<path>[^'""$]+)\k<q>\s*\)\s*$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, TimeSpan.FromSeconds(1));

    private static readonly Regex s_applyFrom = new(
        @"\bapply\s*(\(\s*from\s*=\s*|from\s*:\s*)(?<value>[^\r\n,)]+)",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, TimeSpan.FromSeconds(1));

    /// <summary>Reads the set.</summary>
    /// <param name="files">The context.</param>
    /// <param name="directory">The folder Gradle runs in: the root project ("" for the context root).</param>
    /// <param name="wrapper">Whether the command is <c>./gradlew</c> (the script is read).</param>
    public static InstallInputs Read(IManifestFiles files, string directory, bool wrapper)
    {
        try
        {
            return ReadCore(files, directory, wrapper);
        }
        catch (RegexMatchTimeoutException)
        {
            return InstallInputs.Unknown("its manifests took too long to read");
        }
    }

    private static InstallInputs ReadCore(IManifestFiles files, string directory, bool wrapper)
    {
        var paths = new List<string>();
        if (files.DirectoryExists(ManifestPaths.Combine(directory, "buildSrc")))
        {
            return InstallInputs.Unknown("buildSrc/ is build logic source that Gradle compiles before resolving dependencies");
        }

        foreach (string name in new[] { "gradle.properties", "gradlew" })
        {
            string path = ManifestPaths.Combine(directory, name);
            if ((name != "gradlew" || wrapper) && files.FileExists(path))
            {
                paths.Add(path);
            }
        }

        string gradleFolder = ManifestPaths.Combine(directory, "gradle");
        if (files.DirectoryExists(gradleFolder))
        {
            paths.Add(gradleFolder + "/");
        }

        // Project folders, root first.
        var projects = new List<(string Folder, string Name)> { (directory, ":") };
        string? settingsPath = FirstExisting(files, directory, "settings.gradle.kts", "settings.gradle");
        var scripts = new Queue<string>();
        if (settingsPath != null)
        {
            paths.Add(settingsPath);
            string? problem = ReadSettings(files.ReadText(settingsPath) ?? string.Empty, settingsPath, directory, projects);
            if (problem != null)
            {
                return InstallInputs.Unknown(problem);
            }

            scripts.Enqueue(settingsPath);
        }

        if (projects.Count > MaxFiles)
        {
            return InstallInputs.Unknown($"the settings include more than {MaxFiles} projects");
        }

        var folders = new List<(string Folder, string Name)>();
        foreach (var (folder, name) in projects)
        {
            string? build = FirstExisting(files, folder, "build.gradle.kts", "build.gradle");
            if (build != null)
            {
                paths.Add(build);
                scripts.Enqueue(build);
            }

            folders.Add((folder, name));
        }

        // Scripts applied with `apply from:`, followed (a work list with a visited set).
        var visited = new HashSet<string>(StringComparer.Ordinal);
        while (scripts.Count > 0)
        {
            string script = scripts.Dequeue();
            if (!visited.Add(script))
            {
                continue;
            }

            if (visited.Count > MaxFiles)
            {
                return InstallInputs.Unknown($"the build applies more than {MaxFiles} scripts");
            }

            string text = StripComments(files.ReadText(script) ?? string.Empty);
            foreach (Match match in s_applyFrom.Matches(text))
            {
                string value = match.Groups["value"].Value.Trim();
                string? literal = Literal(value);
                if (literal == null)
                {
                    return InstallInputs.Unknown($"{script} applies a script that cannot be known (`apply from: {value}`)");
                }

                if (literal.IndexOf("://", StringComparison.Ordinal) > 0)
                {
                    continue;
                }

                string? applied = ManifestPaths.Resolve(ManifestPaths.DirectoryOf(script), literal);
                if (applied == null || applied.Length == 0 || !files.FileExists(applied))
                {
                    return InstallInputs.Unknown($"{script} applies `{literal}`, which is not in the build context");
                }

                paths.Add(applied);
                scripts.Enqueue(applied);
            }
        }

        // Gradle fails on an included project whose folder does not exist: each must hold a copied file.
        foreach (var (folder, name) in folders)
        {
            if (name == ":")
            {
                continue;
            }

            string prefix = folder + "/";
            bool present = false;
            foreach (string path in paths)
            {
                if (path.StartsWith(prefix, StringComparison.Ordinal))
                {
                    present = true;
                    break;
                }
            }

            if (!present)
            {
                return InstallInputs.Unknown(files.DirectoryExists(folder)
                    ? $"the project `{name}` has no build script, so its folder {folder}/ holds only source"
                    : $"the settings include `{name}`, whose folder {folder}/ is not in the build context");
            }
        }

        return InstallInputs.Known(paths);
    }

    // Reads include statements and projectDir assignments; returns why the projects cannot be known, or null.
    private static string? ReadSettings(string rawText, string settingsPath, string directory, List<(string Folder, string Name)> projects)
    {
        string text = StripComments(rawText);
        string file = settingsPath.Substring(settingsPath.LastIndexOf('/') + 1);
        var names = new List<string>();
        int i = 0;
        while (i < text.Length)
        {
            int start = i;
            if (!IsWordStart(text, i))
            {
                i++;
                continue;
            }

            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '_'))
            {
                i++;
            }

            string word = text.Substring(start, i - start);
            if (word is "includeBuild" or "includeFlat")
            {
                return $"{file} uses `{word}`, which reads another build";
            }

            if (word != "include" || (start > 0 && text[start - 1] == '.'))
            {
                continue;
            }

            string? problem = ReadIncludeArguments(text, ref i, names);
            if (problem != null)
            {
                return $"{file} includes projects that cannot be read statically (`include {problem}`)";
            }
        }

        var dirs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match match in s_projectDir.Matches(text))
        {
            string value = match.Groups["value"].Value.Trim();
            var literal = s_staticFile.Match(value);
            if (!literal.Success)
            {
                return $"{file} sets the folder of `{match.Groups["name"].Value}` through an expression (`{value}`)";
            }

            string? folder = ManifestPaths.Resolve(directory, literal.Groups["path"].Value);
            if (folder == null || folder.Length == 0)
            {
                return $"{file} puts `{match.Groups["name"].Value}` outside the build context";
            }

            dirs[Canonical(match.Groups["name"].Value)] = folder;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal) { ":" };
        foreach (string name in names)
        {
            // `include 'b:c'` makes `:b` and `:b:c`.
            string canonical = Canonical(name);
            string[] parts = canonical.Substring(1).Split(new[] { ':' }, StringSplitOptions.RemoveEmptyEntries);
            for (int n = 1; n <= parts.Length; n++)
            {
                string project = ":" + string.Join(":", parts, 0, n);
                if (!seen.Add(project))
                {
                    continue;
                }

                string? folder = dirs.TryGetValue(project, out string? set) ? set : ManifestPaths.Resolve(directory, string.Join("/", parts, 0, n));
                if (folder == null || folder.Length == 0)
                {
                    return $"{file} includes `{name}`, which cannot be a folder of the build context";
                }

                // Intermediate projects need no folder of their own unless they are included themselves.
                projects.Add((folder, n == parts.Length ? project : project + "?"));
            }
        }

        for (int p = projects.Count - 1; p >= 0; p--)
        {
            var (folder, name) = projects[p];
            if (name.EndsWith("?", StringComparison.Ordinal))
            {
                // Gradle creates intermediate project folders it needs; they are checked only for a build script.
                projects[p] = (folder, ":");
            }
        }

        return null;
    }

    // The arguments of one `include`: string literals separated by commas, with or without parentheses. Returns the
    // offending text when an argument is not a plain literal.
    private static string? ReadIncludeArguments(string text, ref int i, List<string> names)
    {
        SkipSpaces(text, ref i, newlines: false);
        bool parenthesis = i < text.Length && text[i] == '(';
        if (parenthesis)
        {
            i++;
        }

        while (true)
        {
            SkipSpaces(text, ref i, newlines: parenthesis);
            if (i >= text.Length || (text[i] != '\'' && text[i] != '"'))
            {
                return Excerpt(text, i);
            }

            char quote = text[i];
            int end = text.IndexOf(quote, i + 1);
            if (end < 0)
            {
                return Excerpt(text, i);
            }

            string name = text.Substring(i + 1, end - i - 1);
            if (name.Length == 0 || name.IndexOf('$') >= 0 || name.IndexOf('\n') >= 0 || name.IndexOf('/') >= 0)
            {
                return Excerpt(text, i);
            }

            names.Add(name);
            i = end + 1;
            SkipSpaces(text, ref i, newlines: parenthesis);
            if (i < text.Length && text[i] == ',')
            {
                i++;
                SkipSpaces(text, ref i, newlines: true);
                if (parenthesis && i < text.Length && text[i] == ')')
                {
                    // Kotlin allows a trailing comma.
                    i++;
                    return null;
                }

                continue;
            }

            if (parenthesis)
            {
                if (i < text.Length && text[i] == ')')
                {
                    i++;
                    return null;
                }

                return Excerpt(text, i);
            }

            return null;
        }
    }

    private static string Canonical(string name) => name.StartsWith(":", StringComparison.Ordinal) ? name : ":" + name;

    private static string? Literal(string value)
    {
        value = value.Trim().TrimEnd(')').Trim();
        if (value.Length >= 2 && (value[0] == '\'' || value[0] == '"') && value[value.Length - 1] == value[0])
        {
            string inner = value.Substring(1, value.Length - 2);
            return inner.IndexOf('$') >= 0 || inner.IndexOf(value[0]) >= 0 ? null : inner;
        }

        return null;
    }

    private static string? FirstExisting(IManifestFiles files, string directory, params string[] names)
    {
        foreach (string name in names)
        {
            string path = ManifestPaths.Combine(directory, name);
            if (files.FileExists(path))
            {
                return path;
            }
        }

        return null;
    }

    private static bool IsWordStart(string text, int i) =>
        (char.IsLetter(text[i]) || text[i] == '_') && (i == 0 || !(char.IsLetterOrDigit(text[i - 1]) || text[i - 1] == '_'));

    private static void SkipSpaces(string text, ref int i, bool newlines)
    {
        while (i < text.Length && (text[i] == ' ' || text[i] == '\t' || (newlines && (text[i] == '\n' || text[i] == '\r'))))
        {
            i++;
        }
    }

    private static string Excerpt(string text, int i)
    {
        int end = i;
        while (end < text.Length && text[end] != '\n' && text[end] != '\r' && end - i < 30)
        {
            end++;
        }

        return text.Substring(i, end - i).Trim();
    }

    // Removes // and /* */ comments outside string literals (Groovy and Kotlin alike).
    private static string StripComments(string text)
    {
        var result = new StringBuilder(text.Length);
        char quote = '\0';
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (quote != '\0')
            {
                result.Append(c);
                if (c == '\\' && i + 1 < text.Length)
                {
                    result.Append(text[++i]);
                }
                else if (c == quote || c == '\n')
                {
                    quote = '\0';
                }

                continue;
            }

            if (c == '/' && i + 1 < text.Length && text[i + 1] == '/')
            {
                while (i < text.Length && text[i] != '\n')
                {
                    i++;
                }

                if (i < text.Length)
                {
                    result.Append('\n');
                }

                continue;
            }

            if (c == '/' && i + 1 < text.Length && text[i + 1] == '*')
            {
                int end = text.IndexOf("*/", i + 2, StringComparison.Ordinal);
                i = end < 0 ? text.Length : end + 1;
                result.Append(' ');
                continue;
            }

            if (c == '\'' || c == '"')
            {
                quote = c;
            }

            result.Append(c);
        }

        return result.ToString();
    }
}
