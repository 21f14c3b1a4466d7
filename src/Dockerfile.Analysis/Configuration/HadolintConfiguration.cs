using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Dockerfile.Analysis.Configuration;

/// <summary>
/// Reads a hadolint configuration file (<c>.hadolint.yaml</c>): <c>ignored</c>, <c>override</c> (<c>error</c>,
/// <c>warning</c>, <c>info</c>, <c>style</c>), <c>trustedRegistries</c>, <c>label-schema</c>, <c>strict-labels</c>
/// and <c>failure-threshold</c>. hadolint's output options (<c>format</c>, <c>no-color</c>, <c>no-fail</c>,
/// <c>disable-ignore-pragma</c>) are accepted and ignored. Other keys and bad values are <c>DF0002</c>.
/// </summary>
public static class HadolintConfiguration
{
    private static readonly string[] LabelTypes = { "text", "url", "semver", "hash", "rfc3339", "spdx", "email" };

    private static readonly HashSet<string> IgnoredKeys = new(StringComparer.Ordinal)
    {
        "format", "no-color", "no-fail", "disable-ignore-pragma", "verbose", "nocolor", "nofail",
    };

    /// <summary>Parses the YAML text of a hadolint configuration. Never throws.</summary>
    /// <param name="text">The YAML.</param>
    /// <param name="path">The file's path, for diagnostics.</param>
    /// <returns>The configuration.</returns>
    public static AnalysisConfiguration Parse(string text, string path)
    {
        path ??= string.Empty;
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        var severities = ImmutableArray.CreateBuilder<SeveritySetting>();
        var trusted = ImmutableArray.CreateBuilder<string>();
        var schema = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        bool strict = false;
        RuleSeverityLevel? threshold = null;

        void Report(YamlConfigurationNode node, string message) =>
            diagnostics.Add(ConfigurationDiagnostics.Create(path, node.Line, node.Column, message));

        if (!YamlConfigurationReader.TryRead(text ?? string.Empty, out var document, out int errorLine, out int errorColumn, out string? error))
        {
            diagnostics.Add(ConfigurationDiagnostics.Create(path, errorLine, errorColumn, "the YAML is malformed: " + error, unusableFile: true));
            return Result();
        }

        if (document is null || document.IsEmptyScalar)
        {
            return Result();
        }

        if (document.Kind != YamlConfigurationNodeKind.Mapping)
        {
            diagnostics.Add(ConfigurationDiagnostics.Create(path, document.Line, document.Column, "a hadolint configuration is a mapping of settings", unusableFile: true));
            return Result();
        }

        var root = document;
        foreach (var entry in root.Entries)
        {
            string key = entry.Key.IsScalar ? entry.Key.Value ?? string.Empty : string.Empty;
            switch (key)
            {
                case "ignored":
                    foreach (var id in Strings(entry.Value, key, Report))
                    {
                        severities.Add(new SeveritySetting(id, RuleSeverityLevel.None, path));
                    }

                    break;
                case "override":
                    var overrides = entry.Value;
                    if (overrides.Kind != YamlConfigurationNodeKind.Mapping)
                    {
                        Report(entry.Value, "'override' must map error, warning, info or style to lists of rules");
                        break;
                    }

                    foreach (var level in overrides.Entries)
                    {
                        string name = level.Key.IsScalar ? level.Key.Value ?? string.Empty : string.Empty;
                        RuleSeverityLevel? mapped = name switch
                        {
                            "error" => RuleSeverityLevel.Error,
                            "warning" => RuleSeverityLevel.Warning,
                            "info" or "style" => RuleSeverityLevel.Suggestion,
                            _ => null,
                        };
                        if (mapped is null)
                        {
                            Report(level.Key, "'" + name + "' is not a hadolint severity; use " + MessageText.List(new[] { "error", "warning", "info", "style" }, "or"));
                            continue;
                        }

                        foreach (var id in Strings(level.Value, "override." + name, Report))
                        {
                            severities.Add(new SeveritySetting(id, mapped.Value, path));
                        }
                    }

                    break;
                case "trustedRegistries":
                    trusted.AddRange(Strings(entry.Value, key, Report));
                    break;
                case "label-schema":
                    if (entry.Value.Kind == YamlConfigurationNodeKind.Mapping)
                    {
                        foreach (var label in entry.Value.Entries)
                        {
                            string labelName = label.Key.IsScalar ? label.Key.Value ?? string.Empty : string.Empty;
                            string? type = label.Value.IsScalar ? label.Value.Value : null;
                            if (type is null || Array.IndexOf(LabelTypes, type) < 0)
                            {
                                Report(label.Value, "'" + type + "' is not a label type; use " + MessageText.List(LabelTypes, "or"));
                                continue;
                            }

                            schema[labelName] = type;
                        }
                    }
                    else
                    {
                        Report(entry.Value, "'label-schema' must map label names to types");
                    }

                    break;
                case "strict-labels":
                    if (entry.Value is { IsScalar: true, Value: "true" or "false" } flag)
                    {
                        strict = flag.Value == "true";
                    }
                    else
                    {
                        Report(entry.Value, "'strict-labels' must be true or false");
                    }

                    break;
                case "failure-threshold":
                    string? value = entry.Value.IsScalar ? entry.Value.Value : null;
                    threshold = value switch
                    {
                        "error" => RuleSeverityLevel.Error,
                        "warning" => RuleSeverityLevel.Warning,
                        "info" or "style" => RuleSeverityLevel.Suggestion,
                        "ignore" or "none" => RuleSeverityLevel.None,
                        _ => null,
                    };
                    if (threshold is null)
                    {
                        Report(entry.Value, "'" + value + "' is not a failure threshold; use " + MessageText.List(new[] { "error", "warning", "info", "style", "ignore", "none" }, "or"));
                    }

                    break;
                default:
                    if (!IgnoredKeys.Contains(key))
                    {
                        Report(entry.Key, "'" + key + "' is not a hadolint setting");
                    }

                    break;
            }
        }

        return Result();

        AnalysisConfiguration Result() => new()
        {
            Severities = severities.ToImmutable(),
            TrustedRegistries = trusted.ToImmutable(),
            LabelSchema = schema.ToImmutable(),
            StrictLabels = strict,
            FailureThreshold = threshold,
            Files = ImmutableArray.Create(path),
            Diagnostics = diagnostics.ToImmutable(),
        };
    }

    private static IEnumerable<string> Strings(YamlConfigurationNode node, string key, Action<YamlConfigurationNode, string> report)
    {
        if (node.IsEmptyScalar)
        {
            yield break;
        }

        if (node.Kind != YamlConfigurationNodeKind.Sequence)
        {
            report(node, "'" + key + "' must be a list");
            yield break;
        }

        foreach (var item in node.Items)
        {
            if (item is { IsScalar: true, Value: { Length: > 0 } value })
            {
                yield return value;
            }
            else
            {
                report(item, "the items of '" + key + "' must be strings");
            }
        }
    }
}
