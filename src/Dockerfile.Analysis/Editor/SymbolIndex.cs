using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using Dockerfile.Analysis.Semantics;
using Dockerfile.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Dockerfile.Analysis.Editor;

/// <summary>
/// Every named occurrence of a stage, an ARG/ENV variable or a heredoc delimiter in one model, sorted by position,
/// built once per model. Variables follow BuildKit's scopes: global ARGs are seen by FROM lines and by a stage that
/// re-declares them with <c>ARG NAME</c> (no default); ENV carries into stages built <c>FROM</c> the stage.
/// </summary>
internal sealed class SymbolIndex
{
    private static readonly ConditionalWeakTable<DockerfileSemanticModel, SymbolIndex> s_cache = new();

    private readonly List<SymbolOccurrence> _occurrences = new();
    private readonly Dictionary<int, List<SymbolOccurrence>> _bySymbol = new();
    private readonly Dictionary<int, DockerfileStage> _stages = new();
    private int _nextId;

    private SymbolIndex(DockerfileSemanticModel model)
    {
        Model = model;
        AddStages();
        AddVariables();
        AddHeredocs();
        _occurrences.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : a.Span.Length.CompareTo(b.Span.Length));
        foreach (var occurrence in _occurrences)
        {
            if (!_bySymbol.TryGetValue(occurrence.SymbolId, out var list))
            {
                list = new List<SymbolOccurrence>();
                _bySymbol.Add(occurrence.SymbolId, list);
            }

            list.Add(occurrence);
        }
    }

    public DockerfileSemanticModel Model { get; }

    public IReadOnlyList<SymbolOccurrence> Occurrences => _occurrences;

    public static SymbolIndex Get(DockerfileSemanticModel model) => s_cache.GetValue(model, m => new SymbolIndex(m));

    /// <summary>Finds the occurrence whose span contains <paramref name="position"/> or ends at it.</summary>
    public SymbolOccurrence? Find(int position)
    {
        int lo = 0;
        int hi = _occurrences.Count - 1;
        SymbolOccurrence? touching = null;
        while (lo <= hi)
        {
            int mid = (lo + hi) >> 1;
            if (_occurrences[mid].Span.Start <= position)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        // hi is the last occurrence starting at or before the position; look back a little for one that contains it.
        for (int i = hi; i >= 0 && i >= hi - 4; i--)
        {
            var span = _occurrences[i].Span;
            if (position >= span.Start && position < span.End)
            {
                return _occurrences[i];
            }

            if (position == span.End && touching is null)
            {
                touching = _occurrences[i];
            }
        }

        return touching;
    }

    public IReadOnlyList<SymbolOccurrence> OccurrencesOf(SymbolOccurrence occurrence) =>
        _bySymbol.TryGetValue(occurrence.SymbolId, out var list) ? list : new[] { occurrence };

    public DockerfileStage? StageOf(SymbolOccurrence occurrence) =>
        occurrence.Kind == EditorSymbolKind.Stage && _stages.TryGetValue(occurrence.SymbolId, out var stage) ? stage : null;

    /// <summary>Finds the heredoc markers (<c>&lt;&lt;NAME</c>) on an instruction's first line: the spans of their names, in order.</summary>
    internal static List<(string Name, TextSpan Span)> FindHeredocMarkers(InstructionSyntax instruction)
    {
        var found = new List<(string, TextSpan)>();
        var eol = instruction.EndOfLineToken;
        int lineStart = instruction.Keyword.Span.End;
        int lineEnd = eol.Kind == SyntaxKind.EndOfLineToken ? eol.Span.Start : instruction.Span.End;
        if (lineEnd <= lineStart)
        {
            return found;
        }

        // The marker line as written (the delimiter may be quoted, so it can span several tokens).
        string text = instruction.SyntaxTree.GetText().ToString(TextSpan.FromBounds(lineStart, lineEnd));
        int at = 0;
        while ((at = text.IndexOf("<<", at, StringComparison.Ordinal)) >= 0)
        {
            int i = at + 2;
            if (i < text.Length && text[i] == '-')
            {
                i++;
            }

            char quote = i < text.Length && (text[i] == '"' || text[i] == '\'') ? text[i] : '\0';
            if (quote != '\0')
            {
                i++;
            }

            int start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] is not ('"' or '\'' or ';' or '&' or '|' or '<' or '>' or '(' or ')'))
            {
                i++;
            }

            if (i > start)
            {
                found.Add((text.Substring(start, i - start), new TextSpan(lineStart + start, i - start)));
            }

            at = Math.Max(at + 2, i);
        }

        return found;
    }

    private int NewId() => _nextId++;

    private void Add(TextSpan span, EditorSymbolKind kind, string name, bool declaration, int id, InstructionSyntax? instruction)
    {
        if (span.Length > 0)
        {
            _occurrences.Add(new SymbolOccurrence(span, kind, name, declaration, id, instruction));
        }
    }

    private void AddStages()
    {
        var ids = new Dictionary<DockerfileStage, int>();
        foreach (var stage in Model.Stages)
        {
            int id = NewId();
            ids[stage] = id;
            _stages[id] = stage;
            if (stage.From.StageName is { } name && stage.Name != null)
            {
                Add(name.Span, EditorSymbolKind.Stage, stage.Name, true, id, stage.From);
            }
        }

        foreach (var stage in Model.Stages)
        {
            if (stage.BaseStage is { Name: not null } baseStage && stage.From.Image is { } image && IsPlainName(image, baseStage.Name))
            {
                Add(image.Span, EditorSymbolKind.Stage, image.ValueText, false, ids[baseStage], stage.From);
            }

            foreach (var reference in stage.References)
            {
                if (reference.Stage is not { Name: not null } target || reference.Kind == StageReferenceKind.From)
                {
                    continue;
                }

                if (reference.Kind == StageReferenceKind.CopyFrom)
                {
                    if (reference.Instruction.GetFlag("from")?.Value is { } value && IsPlainName(value, target.Name))
                    {
                        Add(value.Span, EditorSymbolKind.Stage, value.ValueText, false, ids[target], reference.Instruction);
                    }
                }
            }

            foreach (var instruction in stage.Instructions)
            {
                if (instruction is not RunInstructionSyntax || instruction.GetFlag("mount") is null)
                {
                    continue;
                }

                foreach (var (text, span) in FindMountFromValues(instruction))
                {
                    var target = Model.GetLastStageNamedBefore(text, stage.Index + 1) ?? Model.FindStage(text);
                    if (target is { Name: not null } && ids.TryGetValue(target, out int id) && !int.TryParse(text, out _))
                    {
                        Add(span, EditorSymbolKind.Stage, text, false, id, instruction);
                    }
                }
            }
        }
    }

    /// <summary>The <c>from=</c> values of an instruction's <c>--mount</c> flags written as plain text, with their spans.</summary>
    internal static IEnumerable<(string Text, TextSpan Span)> FindMountFromValues(InstructionSyntax instruction)
    {
        foreach (var flag in instruction.Flags)
        {
            if (flag.Name != "mount" || flag.Value is not { } word)
            {
                continue;
            }

            var tokens = word.ChildNodesAndTokens().ToList();
            if (tokens.Count != 1 || !tokens[0].IsToken || tokens[0].AsToken().Kind != SyntaxKind.LiteralToken)
            {
                continue;
            }

            var token = tokens[0].AsToken();
            if (token.Text != token.ValueText)
            {
                continue;
            }

            string text = token.Text;
            int fieldStart = 0;
            while (fieldStart <= text.Length)
            {
                int comma = text.IndexOf(',', fieldStart);
                int fieldEnd = comma < 0 ? text.Length : comma;
                int eq = text.IndexOf('=', fieldStart, fieldEnd - fieldStart);
                if (eq > fieldStart && text.Substring(fieldStart, eq - fieldStart).Equals("from", StringComparison.OrdinalIgnoreCase) && fieldEnd > eq + 1)
                {
                    yield return (text.Substring(eq + 1, fieldEnd - eq - 1), new TextSpan(token.Span.Start + eq + 1, fieldEnd - eq - 1));
                }

                if (comma < 0)
                {
                    break;
                }

                fieldStart = comma + 1;
            }
        }
    }

    private static bool IsPlainName(WordSyntax word, string name)
    {
        var parts = word.ChildNodesAndTokens().ToList();
        return parts.Count == 1 && parts[0].IsToken && parts[0].AsToken().Kind == SyntaxKind.LiteralToken
            && parts[0].AsToken().Text == parts[0].AsToken().ValueText
            && string.Equals(word.ValueText, name, StringComparison.OrdinalIgnoreCase);
    }

    private void AddVariables()
    {
        var global = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var instruction in Model.GlobalInstructions)
        {
            AddUses(instruction, global);
            if (instruction is ArgInstructionSyntax arg)
            {
                foreach (var declaration in arg.Declarations)
                {
                    string name = declaration.Name;
                    if (!global.TryGetValue(name, out int id))
                    {
                        id = NewId();
                        global[name] = id;
                    }

                    Add(declaration.NameWord.Span, EditorSymbolKind.Variable, name, true, id, instruction);
                }
            }
        }

        var envByStage = new Dictionary<int, Dictionary<string, int>>();
        foreach (var stage in Model.Stages)
        {
            AddUses(stage.From, global);
            var scope = new Dictionary<string, int>(StringComparer.Ordinal);
            var env = new Dictionary<string, int>(StringComparer.Ordinal);
            if (stage.BaseStage != null && envByStage.TryGetValue(stage.BaseStage.Index, out var inherited))
            {
                foreach (var pair in inherited)
                {
                    scope[pair.Key] = pair.Value;
                    env[pair.Key] = pair.Value;
                }
            }

            foreach (var instruction in stage.Instructions)
            {
                AddUses(instruction, scope);
                if (instruction is ArgInstructionSyntax arg)
                {
                    foreach (var declaration in arg.Declarations)
                    {
                        string name = declaration.Name;
                        if (!scope.TryGetValue(name, out int id))
                        {
                            id = !declaration.HasDefault && global.TryGetValue(name, out int globalId) ? globalId : NewId();
                            scope[name] = id;
                        }

                        Add(declaration.NameWord.Span, EditorSymbolKind.Variable, name, true, id, instruction);
                    }
                }
                else if (instruction is EnvInstructionSyntax envInstruction)
                {
                    foreach (var pair in envInstruction.Pairs)
                    {
                        string name = pair.Key.ValueText;
                        if (name.Length == 0)
                        {
                            continue;
                        }

                        if (!scope.TryGetValue(name, out int id))
                        {
                            id = NewId();
                            scope[name] = id;
                        }

                        env[name] = id;
                        Add(pair.Key.Span, EditorSymbolKind.Variable, name, true, id, instruction);
                    }
                }
            }

            envByStage[stage.Index] = env;
        }
    }

    private void AddUses(InstructionSyntax instruction, Dictionary<string, int> scope)
    {
        foreach (var word in Model.GetExpandedWords(instruction))
        {
            foreach (var reference in word.VariableReferences)
            {
                var token = reference.NameToken;
                if (token.Kind == SyntaxKind.VariableNameToken && scope.TryGetValue(token.ValueText, out int id))
                {
                    Add(token.Span, EditorSymbolKind.Variable, token.ValueText, false, id, instruction);
                }
            }
        }

        if (instruction is RunInstructionSyntax { Command: ShellFormSyntax shell })
        {
            var scanner = new ShellVariableScanner();
            var found = new List<(string Name, TextSpan Span)>();
            foreach (var segment in shell.Segments)
            {
                if (segment.Kind == SyntaxKind.ShellTextToken)
                {
                    scanner.Scan(segment.Text, segment.Span.Start, found);
                }
            }

            foreach (var (name, span) in found)
            {
                if (scope.TryGetValue(name, out int id))
                {
                    Add(span, EditorSymbolKind.Variable, name, false, id, instruction);
                }
            }
        }
    }

    private void AddHeredocs()
    {
        foreach (var instruction in Model.Tree.GetRoot().Instructions)
        {
            var target = instruction is OnbuildInstructionSyntax { Instruction: { } inner } ? inner : instruction;
            var heredocs = target.Heredocs.ToList();
            if (heredocs.Count == 0)
            {
                continue;
            }

            var markers = FindHeredocMarkers(target);
            for (int i = 0; i < heredocs.Count; i++)
            {
                int id = NewId();
                var heredoc = heredocs[i];
                string name = heredoc.Name.TrimStart('\t');
                if (i < markers.Count && (name.Length == 0 || markers[i].Name == name))
                {
                    Add(markers[i].Span, EditorSymbolKind.Heredoc, markers[i].Name, true, id, instruction);
                }

                if (!heredoc.TerminatorToken.IsMissing && heredoc.TerminatorToken.Kind == SyntaxKind.HeredocTerminatorToken)
                {
                    var terminator = heredoc.TerminatorToken;
                    string text = terminator.Text;
                    int lead = text.Length - text.TrimStart('\t').Length;
                    Add(new TextSpan(terminator.Span.Start + lead, text.Length - lead), EditorSymbolKind.Heredoc, text.Substring(lead), false, id, instruction);
                }
            }
        }
    }
}
