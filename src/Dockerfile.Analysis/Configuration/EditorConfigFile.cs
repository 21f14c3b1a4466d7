using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Dockerfile.Analysis.Configuration;

/// <summary>
/// A parsed <c>.editorconfig</c> file: the <c>root</c> flag of its preamble and its sections. Lines starting with
/// <c>#</c> or <c>;</c> are comments; a line that is neither a section, a property nor a comment is a
/// <c>DF0002</c> diagnostic.
/// </summary>
public sealed class EditorConfigFile
{
    private EditorConfigFile(string path, bool isRoot, ImmutableArray<EditorConfigSection> sections, ImmutableArray<Diagnostic> diagnostics)
    {
        Path = path;
        IsRoot = isRoot;
        Sections = sections;
        Diagnostics = diagnostics;
    }

    /// <summary>Gets the file's path.</summary>
    public string Path { get; }

    /// <summary>Gets a value indicating whether the preamble says <c>root = true</c> (the search stops here).</summary>
    public bool IsRoot { get; }

    /// <summary>Gets the sections, in order.</summary>
    public ImmutableArray<EditorConfigSection> Sections { get; }

    /// <summary>Gets the problems found while parsing (<c>DF0002</c>).</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>Parses the text of an <c>.editorconfig</c> file. Never throws.</summary>
    /// <param name="text">The text.</param>
    /// <param name="path">The file's path, for diagnostics.</param>
    /// <returns>The parsed file.</returns>
    public static EditorConfigFile Parse(string text, string path)
    {
        var sections = ImmutableArray.CreateBuilder<EditorConfigSection>();
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        bool isRoot = false;
        List<EditorConfigProperty>? current = null;
        string[] lines = (text ?? string.Empty).Replace("\r\n", "\n").Split('\n');
        for (int n = 0; n < lines.Length; n++)
        {
            string raw = lines[n];
            string line = raw.Trim();
            int indent = raw.Length - raw.TrimStart().Length;
            if (line.Length == 0 || line[0] == '#' || line[0] == ';')
            {
                continue;
            }

            if (line[0] == '[')
            {
                int close = line.LastIndexOf(']');
                if (close < 0)
                {
                    diagnostics.Add(ConfigurationDiagnostics.Create(path, n + 1, indent + 1, "the section header '" + line + "' has no closing ']'"));
                    current = null;
                    continue;
                }

                var glob = EditorConfigGlob.Parse(line.Substring(1, close - 1));
                if (glob.Error != null)
                {
                    diagnostics.Add(ConfigurationDiagnostics.Create(path, n + 1, indent + 2, "the section glob '" + glob.Pattern + "' is malformed: " + glob.Error));
                }

                current = new List<EditorConfigProperty>();
                sections.Add(new EditorConfigSection(glob, n + 1, current));
                continue;
            }

            int eq = line.IndexOf('=');
            if (eq <= 0)
            {
                diagnostics.Add(ConfigurationDiagnostics.Create(path, n + 1, indent + 1, "'" + line + "' is neither a section header nor a 'key = value' property"));
                continue;
            }

            string key = line.Substring(0, eq).Trim().ToLowerInvariant();
            string valuePart = line.Substring(eq + 1);
            string value = valuePart.Trim();
            int valueColumn = indent + eq + 1 + (valuePart.Length - valuePart.TrimStart().Length) + 1;
            var property = new EditorConfigProperty(key, value, n + 1, valueColumn);
            if (current is null)
            {
                if (key == "root")
                {
                    isRoot = value.Equals("true", StringComparison.OrdinalIgnoreCase);
                }

                continue;
            }

            current.Add(property);
        }

        return new EditorConfigFile(path, isRoot, sections.ToImmutable(), diagnostics.ToImmutable());
    }

    /// <summary>Gets the properties that apply to a file, later ones overriding earlier ones of the same key.</summary>
    /// <param name="relativePath">The file's path relative to this file's folder, with <c>/</c>.</param>
    /// <returns>The properties in file order (all of them; the last with a key wins).</returns>
    public IEnumerable<EditorConfigProperty> GetProperties(string relativePath)
    {
        foreach (var section in Sections)
        {
            if (section.Glob.IsMatch(relativePath))
            {
                foreach (var property in section.Properties)
                {
                    yield return property;
                }
            }
        }
    }
}
