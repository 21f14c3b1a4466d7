using System;
using System.Collections.Immutable;
using System.Linq;
using Dockerfile.Analysis;
using Dockerfile.Syntax;
using Microsoft.CodeAnalysis;
using SyntaxKind = Dockerfile.Syntax.SyntaxKind;
using SyntaxNode = Dockerfile.Syntax.SyntaxNode;

namespace Dockerfile.Benchmarks;

/// <summary>Twenty simple local (cacheable) rules for the analysis benchmarks: keyword casing, flags, words.</summary>
public static class SampleLocalAnalyzers
{
    /// <summary>
    /// Creates twenty rules that look for problems (keyword casing, missing flags, words): on the generated file,
    /// which follows good practice, two of them fire (about 2,000 diagnostics).
    /// </summary>
    public static ImmutableArray<DockerfileAnalyzer> Create() => ImmutableArray.Create<DockerfileAnalyzer>(
        new Sample("BENCH01", "keyword is not upper case", n => n is InstructionSyntax i && i.Keyword.ValueText != i.InstructionName, Kinds.All),
        new Sample("BENCH02", "apt-get install without -y", n => Text(n).Contains("apt-get install") && !Text(n).Contains(" -y"), SyntaxKind.RunInstruction),
        new Sample("BENCH03", "apt-get install without --no-install-recommends", n => Text(n).Contains("apt-get install") && !Text(n).Contains("--no-install-recommends"), SyntaxKind.RunInstruction),
        new Sample("BENCH04", "pip install without --no-cache-dir", n => Text(n).Contains("pip install") && !Text(n).Contains("--no-cache-dir"), SyntaxKind.RunInstruction),
        new Sample("BENCH05", "apt lists not removed", n => Text(n).Contains("apt-get update") && !Text(n).Contains("/var/lib/apt/lists"), SyntaxKind.RunInstruction),
        new Sample("BENCH06", "sudo in RUN", n => Text(n).Contains("sudo "), SyntaxKind.RunInstruction),
        new Sample("BENCH07", "cd in RUN; use WORKDIR", n => Text(n).Contains(" cd "), SyntaxKind.RunInstruction),
        new Sample("BENCH08", "relative WORKDIR", n => n is WorkdirInstructionSyntax w && w.Value != null && !w.Value.ValueText.StartsWith("/", StringComparison.Ordinal) && !w.Value.ValueText.StartsWith("$", StringComparison.Ordinal), SyntaxKind.WorkdirInstruction),
        new Sample("BENCH09", "COPY without --chown", n => ((InstructionSyntax)n).GetFlag("chown") is null, SyntaxKind.CopyInstruction),
        new Sample("BENCH10", "EXPOSE port without protocol", n => n.DescendantNodes().OfType<WordSyntax>().Any(w => !w.ValueText.Contains('/')), SyntaxKind.ExposeInstruction),
        new Sample("BENCH11", "CMD in shell form", n => n is CmdInstructionSyntax && !n.ChildNodes().OfType<ExecFormSyntax>().Any(), SyntaxKind.CmdInstruction),
        new Sample("BENCH12", "FROM without tag", n => n is FromInstructionSyntax f && f.Image != null && !f.Image.ValueText.Contains(':'), SyntaxKind.FromInstruction),
        new Sample("BENCH13", "FROM with latest", n => n is FromInstructionSyntax f && f.Image != null && f.Image.ValueText.EndsWith(":latest", StringComparison.Ordinal), SyntaxKind.FromInstruction),
        new Sample("BENCH14", "stage name not lower case", n => n is FromInstructionSyntax { StageName: { } s } && s.ValueText != s.ValueText.ToLowerInvariant(), SyntaxKind.FromInstruction),
        new Sample("BENCH15", "ENV in legacy form", n => n.ChildNodes().OfType<KeyValuePairSyntax>().Any(p => p.IsLegacyForm), SyntaxKind.EnvInstruction),
        new Sample("BENCH16", "label key without a namespace", n => n.ChildNodes().OfType<KeyValuePairSyntax>().Any(p => !p.Key.ValueText.Contains('.')), SyntaxKind.LabelInstruction),
        new Sample("BENCH17", "ARG without default", n => n.ChildNodes().OfType<ArgDeclarationSyntax>().Any(d => !d.HasDefault), SyntaxKind.ArgInstruction),
        new Sample("BENCH18", "instruction longer than 120 characters", n => n.Span.Length > 120, Kinds.All),
        new Sample("BENCH19", "MAINTAINER is deprecated", n => true, SyntaxKind.MaintainerInstruction),
        new Sample("BENCH20", "ADD of a local file; use COPY", n => n is AddInstructionSyntax a && a.Sources.All(x => !x.Contains("://")), SyntaxKind.AddInstruction));

    /// <summary>
    /// Creates twenty chatty rules (presence checks that fire on most instructions): about 12,000 diagnostics on the
    /// generated file, to show the cost of materialising many diagnostics.
    /// </summary>
    public static ImmutableArray<DockerfileAnalyzer> CreateChatty() => ImmutableArray.Create<DockerfileAnalyzer>(
        new Sample("CHAT01", "keyword is not upper case", n => n is InstructionSyntax i && i.Keyword.ValueText != i.InstructionName, Kinds.All),
        new Sample("CHAT02", "COPY without --chown", n => ((InstructionSyntax)n).GetFlag("chown") is null, SyntaxKind.CopyInstruction),
        new Sample("CHAT03", "COPY with --chown", n => ((InstructionSyntax)n).GetFlag("chown") is not null, SyntaxKind.CopyInstruction),
        new Sample("CHAT04", "apt-get in RUN", n => Text(n).Contains("apt-get"), SyntaxKind.RunInstruction),
        new Sample("CHAT05", "pip without --no-cache-dir", n => Text(n).Contains("pip install") && !Text(n).Contains("--no-cache-dir"), SyntaxKind.RunInstruction),
        new Sample("CHAT06", "curl in RUN", n => Text(n).Contains("curl"), SyntaxKind.RunInstruction),
        new Sample("CHAT07", "rm -rf", n => Text(n).Contains("rm -rf"), SyntaxKind.RunInstruction),
        new Sample("CHAT08", "relative WORKDIR", n => n is WorkdirInstructionSyntax w && w.Value != null && !w.Value.ValueText.StartsWith("/", StringComparison.Ordinal) && !w.Value.ValueText.StartsWith("$", StringComparison.Ordinal), SyntaxKind.WorkdirInstruction),
        new Sample("CHAT09", "WORKDIR uses a variable", n => n is WorkdirInstructionSyntax { Value.ContainsVariableReference: true }, SyntaxKind.WorkdirInstruction),
        new Sample("CHAT10", "EXPOSE port without protocol", n => n.DescendantNodes().OfType<WordSyntax>().Any(w => !w.ValueText.Contains('/')), SyntaxKind.ExposeInstruction),
        new Sample("CHAT11", "CMD in shell form", n => n is CmdInstructionSyntax && !n.ChildNodes().OfType<ExecFormSyntax>().Any(), SyntaxKind.CmdInstruction),
        new Sample("CHAT12", "FROM without tag", n => n is FromInstructionSyntax f && f.Image != null && !f.Image.ValueText.Contains(':'), SyntaxKind.FromInstruction),
        new Sample("CHAT13", "FROM with latest", n => n is FromInstructionSyntax f && f.Image != null && f.Image.ValueText.EndsWith(":latest", StringComparison.Ordinal), SyntaxKind.FromInstruction),
        new Sample("CHAT14", "stage name not lower case", n => n is FromInstructionSyntax { StageName: { } s } && s.ValueText != s.ValueText.ToLowerInvariant(), SyntaxKind.FromInstruction),
        new Sample("CHAT15", "ENV in legacy form", n => n.ChildNodes().OfType<KeyValuePairSyntax>().Any(p => p.IsLegacyForm), SyntaxKind.EnvInstruction),
        new Sample("CHAT16", "LABEL value with variable", n => n.DescendantNodes().OfType<WordSyntax>().Any(w => w.ContainsVariableReference), SyntaxKind.LabelInstruction),
        new Sample("CHAT17", "ARG without default", n => n.ChildNodes().OfType<ArgDeclarationSyntax>().Any(d => !d.HasDefault), SyntaxKind.ArgInstruction),
        new Sample("CHAT18", "long line", n => n.Span.Length > 120, Kinds.All),
        new Sample("CHAT19", "word with double quotes", n => n.ChildNodes().OfType<DoubleQuotedStringSyntax>().Any(), SyntaxKind.Word),
        new Sample("CHAT20", "braced variable", n => true, SyntaxKind.BracedVariableReference));

    /// <summary>Creates twenty analyzers that visit the same nodes but never report (to measure the driver alone).</summary>
    public static ImmutableArray<DockerfileAnalyzer> CreateSilent() =>
        Enumerable.Range(1, 20).Select(i => (DockerfileAnalyzer)new Sample("SILENT" + i, "never", _ => false, Kinds.All)).ToImmutableArray();

    private static string Text(SyntaxNode node) => node.ToString();

    private static class Kinds
    {
        public static readonly SyntaxKind[] All =
        {
            SyntaxKind.FromInstruction, SyntaxKind.RunInstruction, SyntaxKind.CopyInstruction, SyntaxKind.EnvInstruction,
            SyntaxKind.ArgInstruction, SyntaxKind.WorkdirInstruction, SyntaxKind.LabelInstruction, SyntaxKind.ExposeInstruction,
            SyntaxKind.CmdInstruction,
        };
    }

    private sealed class Sample : DockerfileAnalyzer
    {
        private readonly DiagnosticDescriptor _descriptor;
        private readonly Func<SyntaxNode, bool> _predicate;
        private readonly SyntaxKind[] _kinds;

        public Sample(string id, string title, Func<SyntaxNode, bool> predicate, params SyntaxKind[] kinds)
        {
            _descriptor = RuleInfo.CreateDescriptor(id, title, title + ": {0}", "Benchmark", DiagnosticSeverity.Info);
            _predicate = predicate;
            _kinds = kinds;
        }

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(_descriptor);

        public override void Initialize(AnalysisContext context) =>
            context.RegisterLocalSyntaxNodeAction(
                c =>
                {
                    if (_predicate(c.Node))
                    {
                        c.ReportDiagnostic(_descriptor, c.Node, c.Node.Kind.ToString());
                    }
                },
                _kinds);
    }
}
