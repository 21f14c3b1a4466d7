using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Dockerfile.Analyzers.Tests;

/// <summary>
/// What the compiler gives analyzers for each additional file: the global options (<c>build_property.*</c> and the
/// <c>.globalconfig</c> keys) merged with the file's own (the item metadata, the matching <c>.editorconfig</c> keys).
/// </summary>
internal sealed class TestAnalyzerConfigOptionsProvider : AnalyzerConfigOptionsProvider
{
    private readonly Dictionary<string, IReadOnlyDictionary<string, string>> _files;
    private readonly IReadOnlyDictionary<string, string> _global;

    public TestAnalyzerConfigOptionsProvider(IReadOnlyDictionary<string, string> global, Dictionary<string, IReadOnlyDictionary<string, string>> files)
    {
        _global = global;
        _files = files;
        GlobalOptions = new TestAnalyzerConfigOptions(global);
    }

    public override AnalyzerConfigOptions GlobalOptions { get; }

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => GlobalOptions;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
        new TestAnalyzerConfigOptions(_global.Concat(_files.TryGetValue(textFile.Path, out var own) ? own : new Dictionary<string, string>()));
}
