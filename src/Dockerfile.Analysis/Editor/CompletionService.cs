using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Dockerfile.Analysis.Semantics;
using Dockerfile.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Dockerfile.Analysis.Editor;

/// <summary>
/// Completion: instructions (as snippets), every BuildKit flag of the instruction and its values (<c>--mount</c>
/// types and keys included), parser directives (<c>syntax</c>, <c>escape</c>, <c>check</c> with BuildKit's check
/// names), stage names after <c>FROM</c> and <c>--from=</c>, and the variables in scope, with their values, after
/// <c>$</c> and <c>${</c>.
/// </summary>
public static class CompletionService
{
    private static readonly string[] s_repeatable = { "mount", "exclude" };

    /// <summary>Gets the completions at a position.</summary>
    /// <param name="model">The semantic model.</param>
    /// <param name="position">An offset in the text (clamped to it).</param>
    /// <returns>The items, in the order to show them; empty where nothing fits (inside a comment or a heredoc body).</returns>
    public static ImmutableArray<CompletionItem> GetCompletions(DockerfileSemanticModel model, int position)
    {
        if (model is null)
        {
            throw new ArgumentNullException(nameof(model));
        }

        var tree = model.Tree;
        var text = tree.GetText();
        position = Math.Max(0, Math.Min(position, text.Length));
        var line = text.Lines.GetLineFromPosition(position);
        string linePrefix = text.ToString(TextSpan.FromBounds(line.Start, position));
        var root = tree.GetRoot();
        var items = new List<CompletionItem>();
        var instruction = InstructionAt(root, position);
        string trimmed = linePrefix.TrimStart();

        if (trimmed.StartsWith("#", StringComparison.Ordinal) && (instruction is null || instruction.Span.Start >= line.Start))
        {
            int directivesAbove = root.Directives.Count(d => d.Span.End <= line.Start);
            if (directivesAbove == line.LineNumber && !root.Instructions.Any(i => i.Span.Start < line.Start))
            {
                AddDirectiveCompletions(linePrefix.Substring(linePrefix.IndexOf('#') + 1), position, items);
            }

            return items.ToImmutableArray();
        }

        if (instruction != null && InHeredocBody(instruction, position))
        {
            return ImmutableArray<CompletionItem>.Empty;
        }

        string currentWord = CurrentWord(linePrefix);
        var wordSpan = new TextSpan(position - currentWord.Length, currentWord.Length);
        if (instruction is null || instruction.Span.Start >= line.Start)
        {
            if (trimmed.Length == currentWord.Length && currentWord.All(char.IsLetter))
            {
                AddKeywords(wordSpan, items, onbuild: false);
                return items.ToImmutableArray();
            }
        }

        if (instruction is null)
        {
            return items.ToImmutableArray();
        }

        // The instruction's words before the cursor, continuations removed.
        string escape = tree.EscapeCharacter.ToString();
        var words = text.ToString(TextSpan.FromBounds(instruction.Span.Start, position))
            .Split(new[] { ' ', '\t', '\r', '\n' }, StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w != escape)
            .ToList();
        if (currentWord.Length > 0 && words.Count > 0)
        {
            words.RemoveAt(words.Count - 1);
        }

        if (words.Count == 0)
        {
            return items.ToImmutableArray();
        }

        var kind = SyntaxFacts.GetInstructionKind(words[0]);
        var scopeInstruction = instruction;
        words.RemoveAt(0);
        if (kind == SyntaxKind.OnbuildInstruction)
        {
            if (words.Count == 0)
            {
                if (currentWord.All(char.IsLetter))
                {
                    AddKeywords(wordSpan, items, onbuild: true);
                }

                return items.ToImmutableArray();
            }

            kind = SyntaxFacts.GetInstructionKind(words[0]);
            words.RemoveAt(0);
        }

        int dollar = currentWord.LastIndexOf('$');
        if (dollar >= 0 && IsVariablePrefix(currentWord.Substring(dollar + 1), out string typedName))
        {
            AddVariables(model, scopeInstruction, new TextSpan(position - typedName.Length, typedName.Length), items);
            return items.ToImmutableArray();
        }

        var info = InstructionCatalog.Find(kind);
        if (info is null)
        {
            return items.ToImmutableArray();
        }

        bool inFlags = words.All(w => w.StartsWith("--", StringComparison.Ordinal));
        if (inFlags && currentWord.StartsWith("-", StringComparison.Ordinal))
        {
            int eq = currentWord.IndexOf('=');
            if (eq < 0)
            {
                var used = new HashSet<string>(words.Select(w => w.Substring(2).Split('=')[0]), StringComparer.Ordinal);
                int order = 0;
                foreach (var flag in info.Flags)
                {
                    if (used.Contains(flag.Name) && !s_repeatable.Contains(flag.Name))
                    {
                        continue;
                    }

                    string insert = flag.IsSwitch ? "--" + flag.Name : "--" + flag.Name + "=";
                    items.Add(new CompletionItem("--" + flag.Name, CompletionItemKind.Flag, wordSpan, insert, false, flag.Syntax, flag.Documentation, order++));
                }
            }
            else
            {
                string name = currentWord.Substring(0, eq).TrimStart('-');
                string value = currentWord.Substring(eq + 1);
                AddFlagValues(model, instruction, info, name, value, position, items);
            }

            return items.ToImmutableArray();
        }

        var arguments = words.Where(w => !w.StartsWith("--", StringComparison.Ordinal)).ToList();
        if (kind == SyntaxKind.FromInstruction && inFlags && !currentWord.StartsWith("-", StringComparison.Ordinal))
        {
            AddStages(model, instruction, wordSpan, items, currentWord);
            items.Add(new CompletionItem("scratch", CompletionItemKind.Value, wordSpan, "scratch", false, "the empty image", "Starts from an empty file system.", items.Count));
        }
        else if (kind == SyntaxKind.FromInstruction && arguments.Count == 1)
        {
            items.Add(new CompletionItem("AS", CompletionItemKind.Keyword, wordSpan, "AS ${1:name}", true, "AS <name>", "Names the stage.", 0));
        }
        else if (kind == SyntaxKind.HealthcheckInstruction && arguments.Count == 0)
        {
            items.Add(new CompletionItem("CMD", CompletionItemKind.Keyword, wordSpan, "CMD ${1:command}", true, "CMD <command>", "The command that checks the container.", 0));
            items.Add(new CompletionItem("NONE", CompletionItemKind.Keyword, wordSpan, "NONE", false, "NONE", "Turns off the check inherited from the base image.", 1));
        }

        return items.ToImmutableArray();
    }

    /// <summary>Gets the top-level instruction whose text holds a position, or <see langword="null"/>.</summary>
    internal static InstructionSyntax? InstructionAt(DockerfileSyntax root, int position)
    {
        foreach (var instruction in root.Instructions)
        {
            var span = instruction.Span;
            if (span.Start > position)
            {
                break;
            }

            if (position < span.End || (position == span.End && instruction.GetLastToken(includeZeroWidth: true) is { Kind: SyntaxKind.EndOfLineToken, Span.Length: 0 }))
            {
                return position <= DocumentSymbols.ContentEnd(instruction) || instruction.Heredocs.Any() ? instruction : null;
            }
        }

        return null;
    }

    private static bool InHeredocBody(InstructionSyntax instruction, int position)
    {
        var target = instruction is OnbuildInstructionSyntax { Instruction: { } inner } ? inner : instruction;
        return target.Heredocs.Any(h => position >= h.Span.Start);
    }

    private static string CurrentWord(string linePrefix)
    {
        int start = linePrefix.Length;
        while (start > 0 && !char.IsWhiteSpace(linePrefix[start - 1]))
        {
            start--;
        }

        return linePrefix.Substring(start);
    }

    private static bool IsVariablePrefix(string afterDollar, out string name)
    {
        name = afterDollar.StartsWith("{", StringComparison.Ordinal) ? afterDollar.Substring(1) : afterDollar;
        for (int i = 0; i < name.Length; i++)
        {
            if (!ShellVariableScanner.IsNameChar(name[i], i == 0))
            {
                return false;
            }
        }

        return true;
    }

    private static void AddKeywords(TextSpan span, List<CompletionItem> items, bool onbuild)
    {
        int order = 0;
        foreach (var info in InstructionCatalog.Instructions)
        {
            if (onbuild && info.Kind is SyntaxKind.OnbuildInstruction or SyntaxKind.FromInstruction or SyntaxKind.MaintainerInstruction)
            {
                continue;
            }

            items.Add(new CompletionItem(info.Name, CompletionItemKind.Keyword, span, info.Snippet, true, info.Syntax, info.Documentation, order++));
        }
    }

    private static void AddDirectiveCompletions(string afterHash, int position, List<CompletionItem> items)
    {
        string rest = afterHash.TrimStart();
        int eq = rest.IndexOf('=');
        if (eq < 0)
        {
            if (!rest.All(char.IsLetter))
            {
                return;
            }

            var span = new TextSpan(position - rest.Length, rest.Length);
            int order = 0;
            foreach (var directive in InstructionCatalog.Directives)
            {
                items.Add(new CompletionItem(directive.Name, CompletionItemKind.Directive, span, directive.Name + "=", false, directive.Syntax, directive.Documentation, order++));
            }

            return;
        }

        string name = rest.Substring(0, eq).Trim().ToLowerInvariant();
        string value = rest.Substring(eq + 1);
        if (name == "check")
        {
            int semicolon = value.LastIndexOf(';');
            string part = value.Substring(semicolon + 1);
            if (part.StartsWith("skip=", StringComparison.Ordinal))
            {
                string typed = part.Substring(part.LastIndexOfAny(new[] { ',', '=' }) + 1);
                var span = new TextSpan(position - typed.Length, typed.Length);
                var names = RuleCatalog.All.SelectMany(r => r.BuildKitEquivalents).Distinct(StringComparer.Ordinal).OrderBy(n => n, StringComparer.Ordinal).ToList();
                int order = 0;
                items.Add(new CompletionItem("all", CompletionItemKind.Value, span, "all", false, "every check", "Skips every build check.", order++));
                foreach (string check in names)
                {
                    items.Add(new CompletionItem(check, CompletionItemKind.Value, span, check, false, "BuildKit check", null, order++));
                }

                return;
            }

            var partSpan = new TextSpan(position - part.Length, part.Length);
            items.Add(new CompletionItem("skip=", CompletionItemKind.Value, partSpan, "skip=", false, "skip=<checks>|all", "Turns off the listed checks.", 0));
            items.Add(new CompletionItem("error=true", CompletionItemKind.Value, partSpan, "error=true", false, "error=true", "Fails the build when a check reports a problem.", 1));
            return;
        }

        var info = InstructionCatalog.Directives.FirstOrDefault(d => d.Name == name);
        if (info is null)
        {
            return;
        }

        var valueSpan = new TextSpan(position - value.Length, value.Length);
        int index = 0;
        foreach (string v in info.Values)
        {
            items.Add(new CompletionItem(v, CompletionItemKind.Value, valueSpan, v, false, info.Syntax, null, index++));
        }
    }

    private static void AddVariables(DockerfileSemanticModel model, InstructionSyntax instruction, TextSpan span, List<CompletionItem> items)
    {
        var values = new SortedDictionary<string, string?>(StringComparer.Ordinal);
        if (instruction is FromInstructionSyntax || model.GetStage(instruction) is null)
        {
            foreach (var pair in instruction is FromInstructionSyntax ? model.GlobalArguments : model.GetArguments(instruction))
            {
                values[pair.Key] = pair.Value;
            }
        }
        else
        {
            foreach (var pair in model.GetArguments(instruction))
            {
                values[pair.Key] = pair.Value;
            }

            foreach (var pair in model.GetEnvironment(instruction))
            {
                values[pair.Key] = pair.Value;
            }
        }

        int order = 0;
        foreach (var pair in values)
        {
            string detail = pair.Value is null ? "declared, no value" : "= " + pair.Value;
            items.Add(new CompletionItem(pair.Key, CompletionItemKind.Variable, span, pair.Key, false, detail, null, order++));
        }
    }

    private static void AddStages(DockerfileSemanticModel model, InstructionSyntax instruction, TextSpan span, List<CompletionItem> items, string typed)
    {
        var current = model.GetStage(instruction);
        int order = items.Count;
        foreach (var stage in model.Stages)
        {
            if (current != null && stage.Index >= current.Index)
            {
                break;
            }

            if (stage.Name != null)
            {
                items.Add(new CompletionItem(stage.Name, CompletionItemKind.Stage, span, stage.Name, false, "stage " + stage.Index.ToString(System.Globalization.CultureInfo.InvariantCulture) + " (" + stage.BaseImage + ")", null, order++));
            }
        }
    }

    private static void AddFlagValues(DockerfileSemanticModel model, InstructionSyntax instruction, EditorInstructionInfo info, string name, string value, int position, List<CompletionItem> items)
    {
        var flag = info.FindFlag(name);
        if (flag is null)
        {
            return;
        }

        var span = new TextSpan(position - value.Length, value.Length);
        if (name == "mount")
        {
            AddMountValues(model, instruction, value, position, items);
            return;
        }

        if (name == "from")
        {
            AddStages(model, instruction, span, items, value);
            return;
        }

        var values = name == "platform" ? InstructionCatalog.PlatformValues : flag.Values;
        int order = 0;
        foreach (string v in values)
        {
            items.Add(new CompletionItem(v, CompletionItemKind.Value, span, v, false, flag.Syntax, null, order++));
        }
    }

    private static void AddMountValues(DockerfileSemanticModel model, InstructionSyntax instruction, string value, int position, List<CompletionItem> items)
    {
        int comma = value.LastIndexOf(',');
        string field = value.Substring(comma + 1);
        string before = comma < 0 ? string.Empty : value.Substring(0, comma);
        var present = new HashSet<string>(before.Split(new[] { ',' }, StringSplitOptions.RemoveEmptyEntries).Select(f => QuickInfo.Canonical(f.Split('=')[0])), StringComparer.Ordinal);
        string type = QuickInfo.MountType(value);
        int eq = field.IndexOf('=');
        int order = 0;
        if (eq < 0)
        {
            var span = new TextSpan(position - field.Length, field.Length);
            if (!present.Contains("type"))
            {
                items.Add(new CompletionItem("type=", CompletionItemKind.Value, span, "type=", false, "type=bind|cache|tmpfs|secret|ssh", "The kind of mount (`bind` by default).", order++));
            }

            if (InstructionCatalog.MountTypes.TryGetValue(type, out var keys))
            {
                foreach (var key in keys)
                {
                    if (!present.Contains(key.Name))
                    {
                        items.Add(new CompletionItem(key.Name + "=", CompletionItemKind.Value, span, key.Name + "=", false, key.Syntax, key.Documentation, order++));
                    }
                }
            }

            return;
        }

        string keyName = QuickInfo.Canonical(field.Substring(0, eq));
        string typedValue = field.Substring(eq + 1);
        var valueSpan = new TextSpan(position - typedValue.Length, typedValue.Length);
        if (keyName == "type")
        {
            foreach (var pair in InstructionCatalog.MountTypes.OrderBy(p => Array.IndexOf(new[] { "bind", "cache", "tmpfs", "secret", "ssh" }, p.Key)))
            {
                items.Add(new CompletionItem(pair.Key, CompletionItemKind.Value, valueSpan, pair.Key, false, "type=" + pair.Key, InstructionCatalog.MountTypeDocumentation[pair.Key], order++));
            }

            return;
        }

        if (keyName == "from")
        {
            AddStages(model, instruction, valueSpan, items, typedValue);
            return;
        }

        if (InstructionCatalog.MountTypes.TryGetValue(type, out var typeKeys) && typeKeys.FirstOrDefault(k => k.Name == keyName) is { } keyInfo)
        {
            foreach (string v in keyInfo.Values)
            {
                items.Add(new CompletionItem(v, CompletionItemKind.Value, valueSpan, v, false, keyInfo.Syntax, null, order++));
            }
        }
    }
}
