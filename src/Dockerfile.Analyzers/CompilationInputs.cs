using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Dockerfile.Analyzers;

/// <summary>
/// The additional files of one compilation sorted by what they are to the analysis (made once, on first use, by the
/// first Dockerfile analysed), and the compiler's own severity settings that name our rules or their equivalents.
/// Reads no text: texts are read per Dockerfile, for the files that apply to it.
/// </summary>
internal sealed class CompilationInputs
{
    private readonly AnalyzerSet _set;
    private readonly AnalyzerOptions _options;
    private readonly CompilationOptions _compilationOptions;
    private readonly object _gate = new();
    private Index? _index;

    public CompilationInputs(AnalyzerSet set, AnalyzerOptions options, CompilationOptions compilationOptions)
    {
        _set = set;
        _options = options;
        _compilationOptions = compilationOptions;
    }

    /// <summary>Gets the context lists, the context files and the configuration files of the compilation.</summary>
    public Index GetIndex(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return _index ??= Index.Create(_set, _options, _compilationOptions, cancellationToken);
        }
    }

    /// <summary>The additional files by kind, each with its path normalized to <c>/</c> separators.</summary>
    internal sealed class Index
    {
        private Index(
            ImmutableArray<(AdditionalText Text, string Context)> contextLists,
            ImmutableArray<(AdditionalText Text, string Path)> contextFiles,
            ImmutableArray<(AdditionalText Text, string Path)> configurationFiles,
            ImmutableArray<KeyValuePair<string, string>> compilerSeverities)
        {
            ContextLists = contextLists;
            ContextFiles = contextFiles;
            ConfigurationFiles = configurationFiles;
            CompilerSeverities = compilerSeverities;
        }

        /// <summary>Gets the context lists with the context folder each describes (normalized, with a trailing <c>/</c>).</summary>
        public ImmutableArray<(AdditionalText Text, string Context)> ContextLists { get; }

        /// <summary>Gets the context files whose text rules may read.</summary>
        public ImmutableArray<(AdditionalText Text, string Path)> ContextFiles { get; }

        /// <summary>Gets the configuration files.</summary>
        public ImmutableArray<(AdditionalText Text, string Path)> ConfigurationFiles { get; }

        /// <summary>
        /// Gets the compiler's settings (<c>NoWarn</c>, <c>WarningsAsErrors</c>, <c>.globalconfig</c>) of the set's ids and their
        /// equivalents, as <c>dotnet_diagnostic.&lt;id&gt;.severity</c> properties in a fixed order.
        /// </summary>
        public ImmutableArray<KeyValuePair<string, string>> CompilerSeverities { get; }

        public static Index Create(AnalyzerSet set, AnalyzerOptions options, CompilationOptions compilationOptions, CancellationToken cancellationToken)
        {
            var lists = ImmutableArray.CreateBuilder<(AdditionalText, string)>();
            var files = ImmutableArray.CreateBuilder<(AdditionalText, string)>();
            var configurations = ImmutableArray.CreateBuilder<(AdditionalText, string)>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var text in options.AdditionalFiles)
            {
                cancellationToken.ThrowIfCancellationRequested();
                string path = AdditionalFileMetadata.Normalize(text.Path);
                var fileOptions = options.AnalyzerConfigOptionsProvider.GetOptions(text);
                var kind = AdditionalFileMetadata.GetKind(text, fileOptions);
                if (kind == AdditionalFileKind.None || kind == AdditionalFileKind.Dockerfile || !seen.Add(kind + "|" + path))
                {
                    continue;
                }

                switch (kind)
                {
                    case AdditionalFileKind.ContextList:
                        if (fileOptions.TryGetValue(AdditionalFileMetadata.ContextKey, out string? context) && !string.IsNullOrEmpty(context))
                        {
                            lists.Add((text, AdditionalFileMetadata.NormalizeFolder(context)));
                        }

                        break;
                    case AdditionalFileKind.ContextFile:
                        files.Add((text, path));
                        break;
                    case AdditionalFileKind.Configuration:
                        configurations.Add((text, path));
                        break;
                }
            }

            return new Index(lists.ToImmutable(), files.ToImmutable(), configurations.ToImmutable(), ReadCompilerSeverities(set, compilationOptions, cancellationToken));
        }

        private static ImmutableArray<KeyValuePair<string, string>> ReadCompilerSeverities(AnalyzerSet set, CompilationOptions compilationOptions, CancellationToken cancellationToken)
        {
            var result = ImmutableArray.CreateBuilder<KeyValuePair<string, string>>();
            var specific = compilationOptions.SpecificDiagnosticOptions;
            var tree = compilationOptions.SyntaxTreeOptionsProvider;
            foreach (string id in set.ConfigurableIds)
            {
                // The global configuration first, then the command line (NoWarn, WarningsAsErrors), which wins.
                if (tree != null && tree.TryGetGlobalDiagnosticValue(id, cancellationToken, out var global) && Level(global) is { } globalLevel)
                {
                    result.Add(new KeyValuePair<string, string>("dotnet_diagnostic." + id + ".severity", globalLevel));
                }

                if (specific.TryGetValue(id, out var report) && Level(report) is { } level)
                {
                    result.Add(new KeyValuePair<string, string>("dotnet_diagnostic." + id + ".severity", level));
                }
            }

            return result.ToImmutable();
        }

        private static string? Level(ReportDiagnostic report) => report switch
        {
            ReportDiagnostic.Error => "error",
            ReportDiagnostic.Warn => "warning",
            ReportDiagnostic.Info => "suggestion",
            ReportDiagnostic.Hidden => "silent",
            ReportDiagnostic.Suppress => "none",
            _ => null,
        };
    }
}
