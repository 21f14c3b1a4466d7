using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Dockerfile.Analysis.Semantics;
using Dockerfile.Syntax;
using Diagnostic = Microsoft.CodeAnalysis.Diagnostic;
using DiagnosticDescriptor = Microsoft.CodeAnalysis.DiagnosticDescriptor;
using Microsoft.CodeAnalysis.Text;

namespace Dockerfile.Analysis.Editor;

/// <summary>
/// Hover: what an instruction, a flag or a parser directive does; the value a variable has at that point; the parsed
/// image reference of a FROM; a stage or heredoc; and, for a position on a diagnostic, the rule's title and page.
/// </summary>
public static class QuickInfo
{
    /// <summary>Gets the hover text for a position.</summary>
    /// <param name="model">The semantic model.</param>
    /// <param name="position">An offset in the text.</param>
    /// <param name="diagnostics">The document's diagnostics, to describe the ones under the cursor; <see langword="null"/> for none.</param>
    /// <param name="rulePageBaseUri">Where the rule pages live (such as a repository's <c>docs/rules/</c> URL); <see langword="null"/> keeps each rule's relative help link.</param>
    /// <returns>The text, or <see langword="null"/> when there is nothing to say.</returns>
    public static QuickInfoResult? Get(DockerfileSemanticModel model, int position, IEnumerable<Diagnostic>? diagnostics = null, string? rulePageBaseUri = null)
    {
        if (model is null)
        {
            throw new ArgumentNullException(nameof(model));
        }

        var tree = model.Tree;
        position = Math.Max(0, Math.Min(position, tree.Length));
        var sections = new List<string>();
        TextSpan? span = null;

        void Include(TextSpan s)
        {
            span = span is TextSpan current ? TextSpan.FromBounds(Math.Min(current.Start, s.Start), Math.Max(current.End, s.End)) : s;
        }

        if (diagnostics != null)
        {
            foreach (var diagnostic in diagnostics)
            {
                var location = diagnostic.Location.SourceSpan;
                if (!(location.Contains(position) || location.End == position))
                {
                    continue;
                }

                var descriptor = diagnostic.Descriptor;
                var text = new StringBuilder();
                text.Append("**").Append(descriptor.Id).Append("**: ").Append(descriptor.Title.ToString(CultureInfo.InvariantCulture));
                string link = RuleLink(descriptor, rulePageBaseUri);
                if (link.Length > 0)
                {
                    text.Append(" ([rule page](").Append(link).Append("))");
                }

                text.Append("\n\n").Append(diagnostic.GetMessage(CultureInfo.InvariantCulture));
                sections.Add(text.ToString());
                Include(location);
            }
        }

        var occurrence = SymbolFinder.FindSymbolAt(model, position);
        if (occurrence != null)
        {
            sections.Add(DescribeSymbol(model, occurrence));
            Include(occurrence.Span);
        }

        var token = tree.GetRoot().FindToken(position);
        if (token.Kind != SyntaxKind.None && (token.Span.Contains(position) || (token.Span.End == position && token.Span.Length > 0)))
        {
            string? text = DescribeToken(model, token, position, occurrence != null);
            if (text != null)
            {
                sections.Add(text);
                Include(token.Span);
            }
        }

        return span is TextSpan final && sections.Count > 0 ? new QuickInfoResult(final, string.Join("\n\n---\n\n", sections)) : null;
    }

    /// <summary>Gets the link to a rule's page.</summary>
    internal static string RuleLink(DiagnosticDescriptor descriptor, string? rulePageBaseUri)
    {
        if (rulePageBaseUri != null && RuleCatalog.Find(descriptor.Id) != null)
        {
            return rulePageBaseUri.TrimEnd('/') + "/" + descriptor.Id + ".md";
        }

        return descriptor.HelpLinkUri ?? string.Empty;
    }

    /// <summary>Shows an instruction's documentation.</summary>
    internal static string DescribeInstruction(EditorInstructionInfo info) =>
        "```dockerfile\n" + info.Syntax + "\n```\n\n" + info.Documentation;

    private static string DescribeSymbol(DockerfileSemanticModel model, SymbolOccurrence occurrence)
    {
        var lines = model.Tree.GetText().Lines;
        string Line(TextSpan s) => (lines.GetLineFromPosition(s.Start).LineNumber + 1).ToString(CultureInfo.InvariantCulture);
        var index = SymbolIndex.Get(model);
        switch (occurrence.Kind)
        {
            case EditorSymbolKind.Stage:
            {
                var stage = index.StageOf(occurrence);
                if (stage is null)
                {
                    return "Stage `" + occurrence.Name + "`";
                }

                int uses = index.OccurrencesOf(occurrence).Count(o => !o.IsDeclaration);
                return "Stage " + stage.Index.ToString(CultureInfo.InvariantCulture) + " `" + stage.Name + "` (line " + Line(stage.From.Span) + "), built on `" + stage.BaseImage + "`; "
                    + MessageText.Count(uses, "reference") + (stage.IsReachable ? string.Empty : "; the target does not need it");
            }

            case EditorSymbolKind.Heredoc:
            {
                var all = index.OccurrencesOf(occurrence);
                return "Heredoc `" + occurrence.Name + "`" + (all.Any(o => !o.IsDeclaration) ? string.Empty : ", never closed");
            }

            default:
                return DescribeVariable(model, occurrence, Line);
        }
    }

    private static string DescribeVariable(DockerfileSemanticModel model, SymbolOccurrence occurrence, Func<TextSpan, string> line)
    {
        string name = occurrence.Name;
        var instruction = occurrence.Instruction;
        var text = new StringBuilder();
        if (occurrence.IsDeclaration && instruction != null)
        {
            string keyword = instruction is EnvInstructionSyntax ? "ENV" : "ARG";
            string? value = DeclaredValue(instruction, occurrence);
            text.Append('`').Append(keyword).Append(' ').Append(name).Append('`');
            text.Append(value is null ? " (no default value: set it with `--build-arg " + name + "=...`)" : " = `" + value + "`");
            if (instruction is ArgInstructionSyntax && model.GetStage(instruction) is null)
            {
                text.Append("\n\nA global ARG: FROM lines see it; a stage sees it after `ARG " + name + "`.");
            }

            return text.ToString();
        }

        string? current = VariableValue(model, instruction, name, out bool declared);
        text.Append('`').Append('$').Append(name).Append('`');
        if (current != null)
        {
            text.Append(" = `").Append(current).Append('`');
        }
        else
        {
            text.Append(declared ? " is declared without a value here (empty unless `--build-arg` sets it)" : " is not defined here");
        }

        var definitions = SymbolIndex.Get(model).OccurrencesOf(occurrence).Where(o => o.IsDeclaration && o.Span.Start < occurrence.Span.Start).ToList();
        if (definitions.Count > 0)
        {
            var last = definitions[definitions.Count - 1];
            text.Append("\n\nSet on line ").Append(line(last.Span)).Append(" by ").Append(last.Instruction is EnvInstructionSyntax ? "ENV" : "ARG").Append('.');
        }

        return text.ToString();
    }

    /// <summary>Gets the value of a variable where an instruction uses it (null when unset), and whether it is declared.</summary>
    internal static string? VariableValue(DockerfileSemanticModel model, InstructionSyntax? instruction, string name, out bool declared)
    {
        declared = false;
        if (instruction is null)
        {
            return null;
        }

        if (model.GetStage(instruction) is null || instruction is FromInstructionSyntax)
        {
            var arguments = instruction is FromInstructionSyntax ? (IReadOnlyDictionary<string, string?>)model.GlobalArguments : model.GetArguments(instruction);
            if (arguments.TryGetValue(name, out string? value))
            {
                declared = true;
                return value;
            }

            return null;
        }

        var variables = model.GetVariables(instruction);
        if (variables.TryGetValue(name, out string? found))
        {
            declared = true;
            return found;
        }

        declared = model.GetArguments(instruction).ContainsKey(name);
        return null;
    }

    private static string? DeclaredValue(InstructionSyntax instruction, SymbolOccurrence occurrence)
    {
        switch (instruction)
        {
            case ArgInstructionSyntax arg:
                var declaration = arg.Declarations.FirstOrDefault(d => d.NameWord.Span == occurrence.Span);
                return declaration is { HasDefault: true } ? declaration.DefaultValue?.ValueText ?? string.Empty : null;
            case EnvInstructionSyntax env:
                var pair = env.Pairs.FirstOrDefault(p => p.Key.Span == occurrence.Span);
                return pair?.Value?.ValueText ?? string.Empty;
            default:
                return null;
        }
    }

    private static string? DescribeToken(DockerfileSemanticModel model, SyntaxToken token, int position, bool hasSymbol)
    {
        switch (token.Kind)
        {
            case SyntaxKind.InstructionKeywordToken:
                return token.Parent is InstructionSyntax instruction && InstructionCatalog.Find(instruction.Kind) is { } info ? DescribeInstruction(info) : null;
            case SyntaxKind.FlagNameToken:
                if (token.Parent is FlagSyntax flag && flag.Parent is InstructionSyntax owner)
                {
                    var flagInfo = InstructionCatalog.Find(owner.Kind)?.FindFlag(flag.Name);
                    return flagInfo is null
                        ? "`--" + flag.Name + "` is not a flag of " + owner.InstructionName + "."
                        : "```dockerfile\n" + owner.InstructionName + " " + flagInfo.Syntax + "\n```\n\n" + flagInfo.Documentation;
                }

                return null;
            case SyntaxKind.DirectiveNameToken:
                var directive = InstructionCatalog.Directives.FirstOrDefault(d => string.Equals(d.Name, token.ValueText, StringComparison.OrdinalIgnoreCase));
                return directive is null ? null : "```dockerfile\n" + directive.Syntax + "\n```\n\n" + directive.Documentation;
        }

        // A FROM image shows what it parses to, also under a variable of it (the variable's value comes first).
        var word = token.Parent?.FirstAncestorOrSelf<WordSyntax>();
        if (word?.Parent is FromInstructionSyntax from && ReferenceEquals(from.Image, word))
        {
            var stage = model.GetStage(from);
            if (stage?.Image is { } image)
            {
                return DescribeImage(image, stage.ExpandedBaseImage);
            }
        }

        if (hasSymbol)
        {
            return null;
        }

        if (word?.Parent is FlagSyntax { Name: "mount" } && token.Kind == SyntaxKind.LiteralToken)
        {
            string text = token.Text;
            int offset = position - token.Span.Start;
            int start = text.LastIndexOf(',', Math.Max(0, Math.Min(offset, text.Length) - 1)) + 1;
            if (offset == 0)
            {
                start = 0;
            }

            int end = text.IndexOf(',', Math.Min(offset, text.Length));
            string field = text.Substring(start, (end < 0 ? text.Length : end) - start);
            int eq = field.IndexOf('=');
            string key = eq < 0 ? field : field.Substring(0, eq);
            string value = eq < 0 ? string.Empty : field.Substring(eq + 1);
            if (key == "type" && InstructionCatalog.MountTypeDocumentation.TryGetValue(value, out string? doc))
            {
                return "`type=" + value + "`: " + doc;
            }

            string type = MountType(text);
            if (InstructionCatalog.MountTypes.TryGetValue(type, out var keys) && keys.FirstOrDefault(k => k.Name == Canonical(key)) is { } keyInfo)
            {
                return "`" + keyInfo.Syntax + "` (" + type + " mount): " + keyInfo.Documentation;
            }
        }

        return null;
    }

    /// <summary>Gets the type of a mount's text (<c>bind</c> when none is written).</summary>
    internal static string MountType(string text)
    {
        foreach (string field in text.Split(','))
        {
            if (field.StartsWith("type=", StringComparison.Ordinal))
            {
                return field.Substring(5);
            }
        }

        return "bind";
    }

    /// <summary>Maps a mount key's alias to its main name.</summary>
    internal static string Canonical(string key) => key switch
    {
        "dst" or "destination" => "target",
        "src" => "source",
        "readwrite" => "rw",
        "readonly" => "ro",
        _ => key,
    };

    private static string DescribeImage(ImageReference image, string expanded)
    {
        var text = new StringBuilder();
        text.Append("Image `").Append(expanded).Append('`');
        if (!image.IsValid)
        {
            text.Append(": ").Append(image.Error);
            return text.ToString();
        }

        if (image.IsScratch)
        {
            return text.Append(": the empty image").ToString();
        }

        text.Append("\n\n| | |\n|---|---|\n");
        text.Append("| registry | `").Append(image.Registry).Append("` |\n");
        text.Append("| repository | `").Append(image.Repository).Append("` |\n");
        text.Append("| tag | ").Append(image.Tag is null ? (image.Digest is null ? "`latest` (none written)" : "none") : "`" + image.Tag + "`").Append(" |\n");
        text.Append("| digest | ").Append(image.Digest is null ? "none (not pinned)" : "`" + image.Digest + "`").Append(" |\n");
        text.Append("| platform | ").Append(image.Platform is null ? "the target platform" : "`" + image.Platform + "`").Append(" |");
        return text.ToString();
    }
}
