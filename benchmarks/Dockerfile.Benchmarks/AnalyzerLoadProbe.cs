using System;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Reflection;
using System.Runtime;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Dockerfile.Benchmarks;

/// <summary>
/// Where a command-line build's analyzer time goes (issue 18 item 3): loads the analyzer's assemblies from a folder
/// (the package's analyzers/dotnet/cs, or its r2r/linux-x64) into a new load context, as the compiler does for each
/// compilation, and times each step with the just-in-time compiler's counters: loading and
/// creating the analyzer, its SupportedDiagnostics, and one compilation over the three Dockerfiles of
/// <see cref="RoslynAnalyzerBenchmarks"/>. Roslyn is warmed first (a compilation with an analyzer that does nothing),
/// as it is in the compiler server. Usage: <c>-- --analyzer-load FOLDER [rounds]</c>; the first round is the one to
/// read (the runtime uses an assembly's ReadyToRun code in the first context that loads it only).
/// </summary>
/// <remarks>
/// The context is not collectible: the runtime runs no ReadyToRun code from collectible contexts (all of it is then
/// compiled just in time, with full optimization), while in the SDK's compiler the ReadyToRun copies halve the
/// analyzer's time (docs/performance.md, 2026-12-03), so the compiler's contexts use that code.
/// </remarks>
internal static class AnalyzerLoadProbe
{
    public static void Run(string folder, int rounds)
    {
        var inputs = new RoslynAnalyzerBenchmarks();
        inputs.Prepare();
        Diagnostics(inputs, new EmptyAnalyzer());
        Console.WriteLine($"folder: {folder}");
        for (int round = 1; round <= rounds; round++)
        {
            var context = new FolderLoadContext(folder);
            var step = Step.Start();
            var type = context.LoadFromAssemblyPath(Path.Combine(folder, "Dockerfile.Analyzers.dll")).GetType("Dockerfile.Analyzers.DockerfileDiagnosticAnalyzer", throwOnError: true)!;
            var analyzer = (DiagnosticAnalyzer)Activator.CreateInstance(type)!;
            string load = step.Next();
            int descriptors = analyzer.SupportedDiagnostics.Length;
            string supported = step.Next();
            int found = Diagnostics(inputs, analyzer);
            string analysis = step.Next();
            Console.WriteLine($"round {round}: load+create {load}; SupportedDiagnostics ({descriptors}) {supported}; compilation ({found} diagnostics) {analysis}");
        }
    }

    private static int Diagnostics(RoslynAnalyzerBenchmarks inputs, DiagnosticAnalyzer analyzer) =>
        inputs.Compilation.Clone()
            .WithAnalyzers(ImmutableArray.Create(analyzer), inputs.Options)
            .GetAnalyzerDiagnosticsAsync()
            .GetAwaiter()
            .GetResult()
            .Length;

    /// <summary>Wall time and the JIT's methods and time since the last step.</summary>
    private sealed class Step
    {
        private readonly Stopwatch _watch = Stopwatch.StartNew();
        private long _methods = JitInfo.GetCompiledMethodCount();
        private TimeSpan _jit = JitInfo.GetCompilationTime();

        public static Step Start() => new();

        public string Next()
        {
            long methods = JitInfo.GetCompiledMethodCount();
            var jit = JitInfo.GetCompilationTime();
            string text = $"{_watch.Elapsed.TotalMilliseconds:F0} ms (JIT: {methods - _methods} methods, {(jit - _jit).TotalMilliseconds:F0} ms)";
            _methods = methods;
            _jit = jit;
            _watch.Restart();
            return text;
        }
    }

    /// <summary>Our assemblies from the folder; Roslyn and the framework from the host, as the compiler shares them.</summary>
    private sealed class FolderLoadContext : AssemblyLoadContext
    {
        private readonly string _folder;

        public FolderLoadContext(string folder)
            : base(isCollectible: false) => _folder = folder;

        protected override Assembly? Load(AssemblyName assemblyName)
        {
            string path = Path.Combine(_folder, assemblyName.Name + ".dll");
            return assemblyName.Name != "Microsoft.CodeAnalysis" && File.Exists(path) ? LoadFromAssemblyPath(path) : null;
        }
    }
}
