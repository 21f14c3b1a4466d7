using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Dockerfile.Analysis.Rules.Support;
using Dockerfile.Analysis.Semantics;
using Dockerfile.Syntax;

namespace Dockerfile.Analysis.CodeFixes;

/// <summary>
/// What the code fix providers need to know about a whole tree, computed once per tree and shared by every
/// diagnostic's fix: the semantic model, the top-level instructions by position, the file's line ending and the
/// answers to whole-file questions ("does any RUN look at pip's cache?"). Without it each fix rebuilt the model or
/// re-walked the file, which made fixing (and counting what is fixable) quadratic in the file's size.
/// </summary>
/// <remarks>
/// Kept weakly per tree (a <see cref="ConditionalWeakTable{TKey, TValue}"/>): the facts go away with the tree. Trees
/// are immutable, so the facts never go stale. Safe to use from several threads.
/// </remarks>
internal sealed class FixTreeFacts
{
    private static readonly ConditionalWeakTable<DockerfileSyntaxTree, FixTreeFacts> s_facts = new();

    private readonly DockerfileSyntaxTree _tree;
    private readonly Lazy<DockerfileSemanticModel> _model;
    private readonly Lazy<List<InstructionSyntax>> _instructions;
    private readonly Lazy<Dictionary<int, int>> _indexByKeywordStart;
    private readonly Lazy<string> _lineEnding;
    private readonly Lazy<bool> _hasShellInstruction;
    private readonly Dictionary<string, object> _computed = new(StringComparer.Ordinal);

    private FixTreeFacts(DockerfileSyntaxTree tree)
    {
        _tree = tree;
        _model = new(() => new DockerfileSemanticModel(tree), LazyThreadSafetyMode.ExecutionAndPublication);
        _instructions = new(() => tree.GetRoot().Instructions.ToList(), LazyThreadSafetyMode.ExecutionAndPublication);
        _indexByKeywordStart = new(
            () =>
            {
                var index = new Dictionary<int, int>();
                var instructions = Instructions;
                for (int i = 0; i < instructions.Count; i++)
                {
                    // The first instruction wins, as a search from the start of the file would find it.
                    int start = instructions[i].Keyword.Span.Start;
                    if (!index.ContainsKey(start))
                    {
                        index.Add(start, i);
                    }
                }

                return index;
            },
            LazyThreadSafetyMode.ExecutionAndPublication);
        _lineEnding = new(() => ComputeLineEnding(tree), LazyThreadSafetyMode.ExecutionAndPublication);
        _hasShellInstruction = new(
            () => tree.GetRoot().DescendantNodes().OfType<ShellInstructionSyntax>().Any(),
            LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Gets the semantic model of the tree with the default options.</summary>
    public DockerfileSemanticModel Model => _model.Value;

    /// <summary>Gets the tree the facts describe.</summary>
    public DockerfileSyntaxTree Tree => _tree;

    /// <summary>Gets the top-level instructions of the file, in order.</summary>
    public List<InstructionSyntax> Instructions => _instructions.Value;

    /// <summary>Gets the line ending the file uses: the text of its first non-empty end-of-line token, else LF.</summary>
    public string LineEnding => _lineEnding.Value;

    /// <summary>Gets a value indicating whether the file has a SHELL instruction anywhere (ONBUILD included).</summary>
    public bool HasShellInstruction => _hasShellInstruction.Value;

    /// <summary>Gets the facts of a tree, computing them on first use.</summary>
    public static FixTreeFacts For(DockerfileSyntaxTree tree) => s_facts.GetValue(tree, static t => new FixTreeFacts(t));

    /// <summary>The index in <see cref="Instructions"/> of the first instruction whose keyword starts at a position, or -1.</summary>
    public int IndexOfKeywordAt(int position) => _indexByKeywordStart.Value.TryGetValue(position, out int index) ? index : -1;

    /// <summary>
    /// Gets a whole-file value computed once per tree and kept under <paramref name="key"/> (one key per question:
    /// the factory must always compute the same thing for the same key).
    /// </summary>
    public T GetOrAdd<T>(string key, Func<FixTreeFacts, T> factory)
    {
        lock (_computed)
        {
            if (_computed.TryGetValue(key, out var existing))
            {
                return (T)existing;
            }
        }

        T created = factory(this);
        lock (_computed)
        {
            if (_computed.TryGetValue(key, out var existing))
            {
                return (T)existing;
            }

            _computed[key] = created!;
            return created;
        }
    }

    /// <summary>Gets the scripts of every RUN of every stage (ONBUILD RUNs included), in file order.</summary>
    public IEnumerable<ParsedRun> AllRuns()
    {
        var model = Model;
        foreach (var stage in model.Stages)
        {
            foreach (var run in ParsedRun.InStage(model, stage))
            {
                yield return run;
            }
        }
    }

    private static string ComputeLineEnding(DockerfileSyntaxTree tree)
    {
        foreach (var token in tree.GetRoot().DescendantTokens())
        {
            if (token.Kind == SyntaxKind.EndOfLineToken && token.Text.Length > 0)
            {
                return token.Text;
            }
        }

        return "\n";
    }
}
