using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using Dockerfile.Analysis;
using Dockerfile.Analysis.Configuration;
using Dockerfile.Analysis.Context;
using Dockerfile.Analysis.Workspaces;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Dockerfile.Analyzers;

/// <summary>
/// Everything the analysis of one Dockerfile reads, gathered from the compilation's additional files and options,
/// and the checksum of all of it (the key under which the results are kept).
/// </summary>
internal sealed class DockerfileRequest
{
    private readonly AnalyzerSet _set;
    private readonly SourceText _text;
    private readonly string _path;
    private readonly string _contextFolder;
    private readonly SourceText? _contextList;
    private readonly List<(string RelativePath, string FullPath, SourceText Text)> _contextFiles;
    private readonly List<(string Path, SourceText Text)> _configurationFiles;
    private readonly List<KeyValuePair<string, string>> _optionSeverities;
    private readonly ImmutableArray<KeyValuePair<string, string>> _compilerSeverities;

    private DockerfileRequest(
        AnalyzerSet set,
        string path,
        SourceText text,
        string contextFolder,
        SourceText? contextList,
        List<(string, string, SourceText)> contextFiles,
        List<(string, SourceText)> configurationFiles,
        List<KeyValuePair<string, string>> optionSeverities,
        ImmutableArray<KeyValuePair<string, string>> compilerSeverities)
    {
        _set = set;
        _path = path;
        _text = text;
        _contextFolder = contextFolder;
        _contextList = contextList;
        _contextFiles = contextFiles;
        _configurationFiles = configurationFiles;
        _optionSeverities = optionSeverities;
        _compilerSeverities = compilerSeverities;
        Key = ComputeKey();
    }

    /// <summary>Gets the checksum of every input (texts by their checksums, paths, settings).</summary>
    public string Key { get; }

    /// <summary>
    /// Gathers the inputs of a Dockerfile for the analyzers of a set: its context list and files, the configuration files
    /// above it, and the severity settings of the set's rules.
    /// </summary>
    public static DockerfileRequest Create(AnalyzerSet set, AdditionalText dockerfile, SourceText text, AnalyzerConfigOptions options, CompilationInputs.Index index, CancellationToken cancellationToken)
    {
        string path = dockerfile.Path;
        string contextFolder = options.TryGetValue(AdditionalFileMetadata.ContextKey, out string? context) && !string.IsNullOrEmpty(context)
            ? AdditionalFileMetadata.NormalizeFolder(context)
            : AdditionalFileMetadata.FolderOf(path);

        SourceText? list = null;
        foreach (var (listText, listContext) in index.ContextLists)
        {
            if (string.Equals(listContext, contextFolder, StringComparison.Ordinal))
            {
                list = listText.GetText(cancellationToken);
                break;
            }
        }

        var files = new List<(string, string, SourceText)>();
        foreach (var (fileText, filePath) in index.ContextFiles)
        {
            if (filePath.StartsWith(contextFolder, StringComparison.Ordinal) || IsOwnIgnoreFile(filePath, path))
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (fileText.GetText(cancellationToken) is { } content)
                {
                    string relative = filePath.StartsWith(contextFolder, StringComparison.Ordinal) ? filePath.Substring(contextFolder.Length) : string.Empty;
                    files.Add((relative, filePath, content));
                }
            }
        }

        string dockerfileFolder = AdditionalFileMetadata.FolderOf(path);
        var configurations = new List<(string, SourceText)>();
        foreach (var (configText, configPath) in index.ConfigurationFiles)
        {
            if (dockerfileFolder.StartsWith(AdditionalFileMetadata.FolderOf(configPath), StringComparison.Ordinal) && configText.GetText(cancellationToken) is { } content)
            {
                configurations.Add((configPath, content));
            }
        }

        var severities = new List<KeyValuePair<string, string>>();
        foreach (var (dotnetKey, dfaKey) in set.SeverityKeys)
        {
            if (options.TryGetValue(dotnetKey, out string? value))
            {
                severities.Add(new KeyValuePair<string, string>(dotnetKey, value));
            }

            if (options.TryGetValue(dfaKey, out value))
            {
                severities.Add(new KeyValuePair<string, string>(dfaKey, value));
            }
        }

        return new DockerfileRequest(set, path, text, contextFolder, list, files, configurations, severities, index.CompilerSeverities);
    }

    /// <summary>
    /// Runs the library's analysis on a document made of these inputs (the set's analyzers, the configuration and the
    /// suppressions in the file, as <c>dfa lint</c> applies them) and converts the results the set reports to Roslyn
    /// diagnostics.
    /// </summary>
    public ImmutableArray<Diagnostic> Analyze(CancellationToken cancellationToken)
    {
        var configurationTexts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (configPath, content) in _configurationFiles)
        {
            configurationTexts[configPath] = content.ToString();
        }

        var configuration = AnalysisConfiguration.FromFiles(AdditionalFileMetadata.Normalize(_path), configurationTexts)
            .Merge(AnalysisConfiguration.FromProperties(_optionSeverities, "analyzer configuration"))
            .Merge(AnalysisConfiguration.FromProperties(_compilerSeverities, "compilation options"));

        if (_set.IsEmpty)
        {
            return ImmutableArray<Diagnostic>.Empty;
        }

        // The built-in set runs the library's default, every built-in analyzer; a custom set its own analyzers.
        var document = _set.Analyzers.IsEmpty
            ? DockerfileDocument.Create(_text, _path, configuration, CreateBuildContext())
            : DockerfileDocument.Create(_text, _path, configuration, CreateBuildContext(), new AnalysisOptions { Analyzers = _set.Analyzers });
        var found = document.GetDiagnostics(cancellationToken);
        var result = ImmutableArray.CreateBuilder<Diagnostic>(found.Length);
        foreach (var diagnostic in found)
        {
            if (_set.Reports(diagnostic))
            {
                result.Add(RuleDescriptors.Convert(diagnostic, _set.Find(diagnostic.Id), _path, document.FilePath));
            }
        }

        return result.ToImmutable();
    }

    /// <summary>
    /// The build context: the listed files with the texts of the context files; the ignore file is
    /// <c>&lt;Dockerfile&gt;.dockerignore</c> beside the Dockerfile, else <c>.dockerignore</c> at the root, as BuildKit
    /// chooses it. Without a list (the targets did not run) the context is unknown, and rules that need it say so.
    /// </summary>
    private BuildContext? CreateBuildContext()
    {
        if (_contextList is null)
        {
            return null;
        }

        var paths = new List<string>();
        foreach (var line in _contextList.Lines)
        {
            string entry = AdditionalFileMetadata.Normalize(line.ToString().Trim());
            if (entry.Length > 0)
            {
                paths.Add(entry);
            }
        }

        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        DockerIgnoreFile? ignore = null;
        string? rootIgnore = null;
        foreach (var (relative, fullPath, content) in _contextFiles)
        {
            if (IsOwnIgnoreFile(fullPath, _path))
            {
                ignore = DockerIgnoreFile.Parse(content.ToString(), fullPath);
            }
            else if (relative == ".dockerignore")
            {
                rootIgnore = fullPath;
            }

            if (relative.Length > 0)
            {
                texts[relative] = content.ToString();
            }
        }

        if (ignore is null && rootIgnore != null)
        {
            ignore = DockerIgnoreFile.Parse(texts[".dockerignore"], rootIgnore);
        }

        return BuildContext.FromFiles(paths, texts, ignore);
    }

    private static bool IsOwnIgnoreFile(string filePath, string dockerfilePath) =>
        string.Equals(filePath, AdditionalFileMetadata.Normalize(dockerfilePath) + ".dockerignore", StringComparison.Ordinal);

    private string ComputeKey()
    {
        using var hash = IncrementalHashOf();
        void Add(string value)
        {
            byte[] bytes = Encoding.UTF8.GetBytes(value);
            hash.TransformBlock(BitConverter.GetBytes(bytes.Length), 0, 4, null, 0);
            hash.TransformBlock(bytes, 0, bytes.Length, null, 0);
        }

        void AddText(SourceText text)
        {
            var checksum = text.GetChecksum();
            Add(text.ChecksumAlgorithm + ":" + checksum.Length);
            byte[] bytes = checksum.ToArray();
            hash.TransformBlock(bytes, 0, bytes.Length, null, 0);
        }

        Add(_set.Key);
        Add(_path);
        AddText(_text);
        Add(_contextFolder);
        if (_contextList != null)
        {
            Add("list");
            AddText(_contextList);
        }

        foreach (var (relative, fullPath, content) in _contextFiles)
        {
            Add(relative);
            Add(fullPath);
            AddText(content);
        }

        foreach (var (configPath, content) in _configurationFiles)
        {
            Add(configPath);
            AddText(content);
        }

        foreach (var pair in _optionSeverities)
        {
            Add(pair.Key + "=" + pair.Value);
        }

        foreach (var pair in _compilerSeverities)
        {
            Add(pair.Key + "=" + pair.Value);
        }

        hash.TransformFinalBlock(Array.Empty<byte>(), 0, 0);
        return System.Convert.ToBase64String(hash.Hash);
    }

    private static SHA256 IncrementalHashOf() => SHA256.Create();
}
