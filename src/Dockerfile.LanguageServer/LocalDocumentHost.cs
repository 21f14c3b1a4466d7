using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using Dockerfile.Analysis;
using Dockerfile.Analysis.Configuration;
using Dockerfile.Analysis.Context;
using Dockerfile.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Dockerfile.LanguageServer;

/// <summary>The document host over the library's configuration cache and build contexts (until the shared workspace lands).</summary>
internal sealed class LocalDocumentHost : IDocumentHost
{
    private readonly ConcurrentDictionary<string, BuildContext> _contexts = new(StringComparer.Ordinal);
    private AnalysisConfigurationCache _configurations = new();
    private string? _configurationFile;
    private string? _buildContext;

    public ServerDocument Open(string filePath, SourceText text) =>
        new(filePath, DockerfileSyntaxTree.ParseText(text, filePath), OptionsFor(filePath));

    public ServerDocument Update(ServerDocument document, SourceText newText) =>
        new(document.FilePath, document.Tree.WithChangedText(newText), document.Options);

    public void Close(string filePath)
    {
    }

    public void Configure(string? configurationFile, string? buildContext)
    {
        _configurationFile = string.IsNullOrEmpty(configurationFile) ? null : configurationFile;
        _buildContext = string.IsNullOrEmpty(buildContext) ? null : buildContext;
        _configurations = new AnalysisConfigurationCache();
        _contexts.Clear();
    }

    public IReadOnlyList<ServerDocument> OnFileChanged(string path, IReadOnlyList<ServerDocument> open)
    {
        _configurations = new AnalysisConfigurationCache();
        _contexts.Clear();
        var result = new List<ServerDocument>();
        string folder = Path.GetDirectoryName(Path.GetFullPath(path)) ?? "";
        foreach (var document in open)
        {
            string? documentFolder = Path.GetDirectoryName(document.FilePath);
            if (documentFolder != null && (documentFolder + Path.DirectorySeparatorChar).StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                result.Add(new ServerDocument(document.FilePath, document.Tree, OptionsFor(document.FilePath)));
            }
        }

        return result;
    }

    private AnalysisOptions OptionsFor(string filePath)
    {
        AnalysisConfiguration configuration = _configurationFile != null
            ? _configurations.LoadFile(_configurationFile, filePath)
            : _configurations.Load(filePath);
        string folder = _buildContext ?? Path.GetDirectoryName(filePath) ?? ".";
        BuildContext? context = null;
        if (Directory.Exists(folder))
        {
            context = _contexts.GetOrAdd(folder + "\0" + filePath, _ => BuildContext.FromDirectory(folder, filePath));
        }

        return new AnalysisOptions { BuildContext = context }.WithConfiguration(configuration);
    }
}
