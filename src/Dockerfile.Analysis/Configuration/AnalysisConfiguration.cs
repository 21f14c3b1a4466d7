using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Dockerfile.Analysis.Configuration;

/// <summary>
/// The configuration of an analysis: severity settings (from <c>.editorconfig</c> and <c>.hadolint.yaml</c>),
/// trusted registries and label settings for the rules that use them, and the problems found while reading it.
/// </summary>
/// <remarks>
/// Severity settings name a rule by our id, a hadolint id or a BuildKit check name; the driver maps the latter two
/// through each rule's equivalents. Settings apply in order, so a later one wins: <see cref="Load"/> puts
/// <c>.hadolint.yaml</c> first, then the <c>.editorconfig</c> files from the outermost to the nearest.
/// Loading never throws: an unreadable file or a bad value is a <c>DF0002</c> diagnostic in
/// <see cref="Diagnostics"/>, which the driver reports with the results.
/// </remarks>
public sealed class AnalysisConfiguration
{
    /// <summary>Gets an empty configuration.</summary>
    public static AnalysisConfiguration Empty { get; } = new();

    /// <summary>Gets the severity settings in the order they apply (a later one wins).</summary>
    public ImmutableArray<SeveritySetting> Severities { get; init; } = ImmutableArray<SeveritySetting>.Empty;

    /// <summary>Gets the registries images may come from (hadolint's <c>trustedRegistries</c>); empty means any.</summary>
    public ImmutableArray<string> TrustedRegistries { get; init; } = ImmutableArray<string>.Empty;

    /// <summary>Gets the required labels and their types (hadolint's <c>label-schema</c>).</summary>
    public ImmutableDictionary<string, string> LabelSchema { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>Gets a value indicating whether labels outside <see cref="LabelSchema"/> are reported (hadolint's <c>strict-labels</c>).</summary>
    public bool StrictLabels { get; init; }

    /// <summary>Gets the lowest severity that makes the command fail (hadolint's <c>failure-threshold</c>), or <see langword="null"/>.</summary>
    public RuleSeverityLevel? FailureThreshold { get; init; }

    /// <summary>Gets the configuration files read, in the order they apply.</summary>
    public ImmutableArray<string> Files { get; init; } = ImmutableArray<string>.Empty;

    /// <summary>Gets the problems found while reading the configuration (<c>DF0002</c>).</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; init; } = ImmutableArray<Diagnostic>.Empty;

    /// <summary>
    /// Gets the <c>.editorconfig</c> properties the formatter reads (<c>indent_style</c>, <c>indent_size</c>,
    /// <c>tab_width</c>, <c>end_of_line</c>, <c>insert_final_newline</c>, <c>trim_trailing_whitespace</c> and the
    /// <c>dockerfile_*</c> keys), keys in lower case, the nearest file's value winning; see
    /// <see cref="Formatting.DockerfileFormattingOptions.FromConfiguration"/>.
    /// </summary>
    public ImmutableDictionary<string, string> FormattingProperties { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>
    /// Gets whether ShellCheck runs on RUN scripts (<c>dfa_shellcheck = true|false</c> in <c>.editorconfig</c>), or
    /// <see langword="null"/> when the configuration does not say. Only <see langword="false"/> has an effect: it turns
    /// off a ShellCheck the options asked for (<see cref="AnalysisOptions.WithConfiguration"/>).
    /// </summary>
    public bool? ShellCheck { get; init; }

    /// <summary>Gets the shellcheck executable to run (<c>dfa_shellcheck_path</c> in <c>.editorconfig</c>), or <see langword="null"/>.</summary>
    public string? ShellCheckPath { get; init; }

    /// <summary>Combines two configurations; <paramref name="other"/>'s settings apply after (and win over) this one's.</summary>
    /// <param name="other">The configuration that wins.</param>
    /// <returns>The combination.</returns>
    public AnalysisConfiguration Merge(AnalysisConfiguration other)
    {
        if (other is null)
        {
            return this;
        }

        return new AnalysisConfiguration
        {
            Severities = Severities.AddRange(other.Severities),
            TrustedRegistries = other.TrustedRegistries.IsEmpty ? TrustedRegistries : other.TrustedRegistries,
            LabelSchema = other.LabelSchema.IsEmpty ? LabelSchema : other.LabelSchema,
            StrictLabels = StrictLabels || other.StrictLabels,
            FailureThreshold = other.FailureThreshold ?? FailureThreshold,
            Files = Files.AddRange(other.Files),
            Diagnostics = Diagnostics.AddRange(other.Diagnostics),
            FormattingProperties = other.FormattingProperties.IsEmpty ? FormattingProperties : FormattingProperties.SetItems(other.FormattingProperties),
            ShellCheck = other.ShellCheck ?? ShellCheck,
            ShellCheckPath = other.ShellCheckPath ?? ShellCheckPath,
        };
    }

    /// <summary>
    /// Finds and reads the configuration of a Dockerfile: the nearest <c>.hadolint.yaml</c> (or <c>.yml</c>) in its
    /// folder or above, then every <c>.editorconfig</c> from its folder upward to the first with <c>root = true</c>.
    /// </summary>
    /// <param name="dockerfilePath">The Dockerfile's path.</param>
    /// <returns>The configuration; never throws.</returns>
    public static AnalysisConfiguration Load(string dockerfilePath) => new AnalysisConfigurationCache().Load(dockerfilePath);

    /// <summary>
    /// Reads one configuration file (<c>--config</c>): hadolint YAML when its name ends with <c>.yaml</c> or
    /// <c>.yml</c>, an <c>.editorconfig</c> otherwise.
    /// </summary>
    /// <param name="path">The configuration file.</param>
    /// <param name="dockerfilePath">The Dockerfile the settings are for (editorconfig sections are matched against it); <see langword="null"/> applies every section whose glob matches <c>Dockerfile</c>.</param>
    /// <returns>The configuration; never throws.</returns>
    public static AnalysisConfiguration LoadFile(string path, string? dockerfilePath = null) =>
        new AnalysisConfigurationCache().LoadFile(path, dockerfilePath);

    /// <summary>
    /// Finds the configuration of a Dockerfile among configuration files given in memory, as <see cref="Load"/> finds it
    /// on disk: the nearest <c>.hadolint.yaml</c> (or <c>.yml</c>) in the Dockerfile's folder or above, then every
    /// <c>.editorconfig</c> from its folder upward to the first with <c>root = true</c> (nearer files win). For hosts
    /// that must not read the disk themselves, such as a Roslyn analyzer that receives the files as additional files.
    /// </summary>
    /// <param name="dockerfilePath">The Dockerfile's full path.</param>
    /// <param name="files">Configuration files by full path and their text; files that do not apply are left out.</param>
    /// <returns>The configuration; never throws.</returns>
    public static AnalysisConfiguration FromFiles(string dockerfilePath, IReadOnlyDictionary<string, string> files)
    {
        if (string.IsNullOrEmpty(dockerfilePath) || files is null || files.Count == 0)
        {
            return Empty;
        }

        var byPath = new Dictionary<string, KeyValuePair<string, string>>(StringComparer.Ordinal);
        foreach (var pair in files)
        {
            if (pair.Key != null && pair.Value != null)
            {
                byPath[NormalizeSeparators(pair.Key)] = pair;
            }
        }

        string? directory = ParentOf(NormalizeSeparators(dockerfilePath));
        string? hadolint = null;
        for (string? d = directory; d != null && hadolint is null; d = ParentOf(d))
        {
            foreach (string name in new[] { ".hadolint.yaml", ".hadolint.yml" })
            {
                if (byPath.ContainsKey(d + "/" + name))
                {
                    hadolint = d + "/" + name;
                    break;
                }
            }
        }

        var editorConfigs = new List<EditorConfigFile>();
        for (string? d = directory; d != null; d = ParentOf(d))
        {
            if (byPath.TryGetValue(d + "/.editorconfig", out var found))
            {
                var parsed = EditorConfigFile.Parse(found.Value, found.Key);
                editorConfigs.Add(parsed);
                if (parsed.IsRoot)
                {
                    break;
                }
            }
        }

        var result = Empty;
        if (hadolint != null)
        {
            var pair = byPath[hadolint];
            result = result.Merge(HadolintConfiguration.Parse(pair.Value, pair.Key));
        }

        for (int i = editorConfigs.Count - 1; i >= 0; i--)
        {
            result = result.Merge(FromEditorConfig(editorConfigs[i], RelativePath(editorConfigs[i].Path, dockerfilePath)));
        }

        return result;
    }

    /// <summary>
    /// Takes the severity settings among analyzer configuration properties, such as a Roslyn host passes for a file:
    /// <c>dotnet_diagnostic.&lt;id&gt;.severity</c> and <c>dfa_diagnostic.&lt;id&gt;.severity</c>, where the id is ours,
    /// a hadolint id or a BuildKit check name. Other keys, and values that are not severities, are skipped (the file
    /// they come from reports those when it is read with <see cref="FromEditorConfig"/>).
    /// </summary>
    /// <param name="properties">The properties (keys compared case-insensitively).</param>
    /// <param name="source">Where the properties come from, recorded in each <see cref="SeveritySetting.Source"/>.</param>
    /// <returns>The configuration, with the settings in the order given.</returns>
    public static AnalysisConfiguration FromProperties(IEnumerable<KeyValuePair<string, string>> properties, string? source = null)
    {
        if (properties is null)
        {
            return Empty;
        }

        var severities = ImmutableArray.CreateBuilder<SeveritySetting>();
        foreach (var property in properties)
        {
            string? id = property.Key is null ? null : SeverityKeyId(property.Key.ToLowerInvariant());
            if (!string.IsNullOrEmpty(id) && TryParseLevel(property.Value, out var level))
            {
                severities.Add(new SeveritySetting(id!, level, source));
            }
        }

        return severities.Count == 0 ? Empty : new AnalysisConfiguration { Severities = severities.ToImmutable() };
    }

    private static string NormalizeSeparators(string path) => path.Replace('\\', '/');

    private static string? ParentOf(string path)
    {
        int slash = path.TrimEnd('/').LastIndexOf('/');
        if (slash < 0)
        {
            return null;
        }

        // "/a" has the root "" (files at "/.editorconfig" are looked up as "" + "/.editorconfig").
        return path.Substring(0, slash);
    }

    /// <summary>Reads a file: a hadolint configuration, a file that cannot be read, or a parsed <c>.editorconfig</c>.</summary>
    internal static (AnalysisConfiguration? Fixed, EditorConfigFile? EditorConfig) ReadFile(string path)
    {
        if (!ReadText(path, out string text, out string? error))
        {
            return (new AnalysisConfiguration { Files = ImmutableArray.Create(path ?? string.Empty), Diagnostics = ImmutableArray.Create(ConfigurationDiagnostics.Create(path ?? string.Empty, 1, 1, "the file cannot be read: " + error, unusableFile: true)) }, null);
        }

        string name = Path.GetFileName(path);
        if (name.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
        {
            return (HadolintConfiguration.Parse(text, path), null);
        }

        return (null, EditorConfigFile.Parse(text, path));
    }

    /// <summary>The Dockerfile's path relative to an <c>.editorconfig</c>'s folder (its file name when outside it).</summary>
    internal static string RelativePath(string editorConfigPath, string? dockerfilePath)
    {
        string relative = "Dockerfile";
        if (dockerfilePath != null)
        {
            try
            {
                string baseDirectory = (Path.GetDirectoryName(Path.GetFullPath(editorConfigPath)) ?? string.Empty).TrimEnd('/', '\\') + Path.DirectorySeparatorChar;
                string full = Path.GetFullPath(dockerfilePath);
                relative = full.StartsWith(baseDirectory, StringComparison.Ordinal) ? full.Substring(baseDirectory.Length) : Path.GetFileName(full);
            }
            catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
            {
                relative = Path.GetFileName(dockerfilePath);
            }
        }

        return relative.Replace('\\', '/');
    }

    /// <summary>Takes the severity settings of the sections of an <c>.editorconfig</c> that match a file.</summary>
    /// <param name="file">The parsed file.</param>
    /// <param name="relativePath">The Dockerfile's path relative to the file's folder.</param>
    /// <returns>The configuration.</returns>
    public static AnalysisConfiguration FromEditorConfig(EditorConfigFile file, string relativePath)
    {
        if (file is null)
        {
            throw new ArgumentNullException(nameof(file));
        }

        var severities = ImmutableArray.CreateBuilder<SeveritySetting>();
        var diagnostics = file.Diagnostics.ToBuilder();
        var formatting = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        bool? shellCheck = null;
        string? shellCheckPath = null;
        foreach (var property in file.GetProperties(relativePath ?? "Dockerfile"))
        {
            if (property.Key == "dfa_shellcheck")
            {
                if (property.Value.Equals("true", StringComparison.OrdinalIgnoreCase) || property.Value.Equals("false", StringComparison.OrdinalIgnoreCase))
                {
                    shellCheck = property.Value.Equals("true", StringComparison.OrdinalIgnoreCase);
                }
                else
                {
                    diagnostics.Add(ConfigurationDiagnostics.Create(file.Path, property.Line, property.ValueColumn, "'" + property.Value + "' is not true or false"));
                }

                continue;
            }

            if (property.Key == "dfa_shellcheck_path")
            {
                shellCheckPath = property.Value.Length == 0 ? null : property.Value;
                continue;
            }

            if (Formatting.DockerfileFormattingOptions.IsFormattingKey(property.Key))
            {
                string? problem = Formatting.DockerfileFormattingOptions.Validate(property.Key, property.Value);
                if (problem != null)
                {
                    diagnostics.Add(ConfigurationDiagnostics.Create(file.Path, property.Line, property.ValueColumn, problem));
                }
                else
                {
                    formatting[property.Key] = property.Value;
                }

                continue;
            }

            string? id = SeverityKeyId(property.Key);
            if (id is null)
            {
                continue;
            }

            if (id.Length == 0)
            {
                diagnostics.Add(ConfigurationDiagnostics.Create(file.Path, property.Line, 1, "'" + property.Key + "' names no rule"));
                continue;
            }

            if (TryParseLevel(property.Value, out var level))
            {
                severities.Add(new SeveritySetting(id, level, file.Path));
            }
            else
            {
                diagnostics.Add(ConfigurationDiagnostics.Create(file.Path, property.Line, property.ValueColumn, "'" + property.Value + "' is not a severity; use " + MessageText.List(new[] { "error", "warning", "suggestion", "silent", "none" }, "or")));
            }
        }

        return new AnalysisConfiguration { Severities = severities.ToImmutable(), Files = ImmutableArray.Create(file.Path), Diagnostics = diagnostics.ToImmutable(), FormattingProperties = formatting.ToImmutable(), ShellCheck = shellCheck, ShellCheckPath = shellCheckPath };
    }

    /// <summary>Parses an editorconfig severity value (<c>error</c>, <c>warning</c>, <c>suggestion</c>, <c>silent</c>, <c>none</c>; also <c>info</c>, <c>hidden</c>, <c>default</c> is not accepted).</summary>
    /// <param name="value">The value.</param>
    /// <param name="level">The level.</param>
    /// <returns><see langword="true"/> when the value is a severity.</returns>
    public static bool TryParseLevel(string? value, out RuleSeverityLevel level)
    {
        switch ((value ?? string.Empty).Trim().ToLowerInvariant())
        {
            case "error":
                level = RuleSeverityLevel.Error;
                return true;
            case "warning":
                level = RuleSeverityLevel.Warning;
                return true;
            case "suggestion":
            case "info":
                level = RuleSeverityLevel.Suggestion;
                return true;
            case "silent":
            case "hidden":
                level = RuleSeverityLevel.Silent;
                return true;
            case "none":
                level = RuleSeverityLevel.None;
                return true;
            default:
                level = RuleSeverityLevel.Warning;
                return false;
        }
    }

    private static string? SeverityKeyId(string key)
    {
        foreach (string prefix in new[] { "dotnet_diagnostic.", "dfa_diagnostic." })
        {
            if (key.StartsWith(prefix, StringComparison.Ordinal) && key.EndsWith(".severity", StringComparison.Ordinal))
            {
                return key.Substring(prefix.Length, Math.Max(0, key.Length - prefix.Length - ".severity".Length)).ToUpperInvariant();
            }
        }

        return null;
    }

    internal static bool ReadText(string path, out string text, out string? error)
    {
        try
        {
            text = File.ReadAllText(path);
            error = null;
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException or System.Security.SecurityException)
        {
            text = string.Empty;
            error = ex.Message;
            return false;
        }
    }
}
