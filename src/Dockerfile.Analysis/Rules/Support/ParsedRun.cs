using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Dockerfile.Analysis.Semantics;
using Dockerfile.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Dockerfile.Analysis.Rules.Support;

/// <summary>
/// The shell script of a RUN (top level or wrapped by ONBUILD, shell or exec form) with a map from script
/// offsets back to source positions, so that rules can report the exact command or word.
/// </summary>
internal sealed class ParsedRun
{
    // Made on the first Map for a shell-form RUN (most RUNs report nothing, and need no map).
    private List<(int ScriptStart, int ScriptLength, TextSpan Source, bool Linear)>? _segments;

    private ParsedRun(RunInstructionSyntax run, ShellScript script, List<(int, int, TextSpan, bool)>? segments)
    {
        Run = run;
        Script = script;
        _segments = segments;
    }

    /// <summary>Gets the RUN.</summary>
    public RunInstructionSyntax Run { get; }

    /// <summary>Gets the parsed script.</summary>
    public ShellScript Script { get; }

    /// <summary>Gets the commands of the script.</summary>
    public ShellCommandList Commands => Script.Commands;

    /// <summary>
    /// Gets the script of a RUN: the model's script for a top-level shell-form RUN, a fresh parse for a RUN
    /// wrapped by ONBUILD, and the exec-form values as one command. Null for an empty RUN.
    /// </summary>
    public static ParsedRun? Get(DockerfileSemanticModel model, RunInstructionSyntax run) =>
        model.GetOrAddDerived(run, DerivedSlots.ParsedRun, static (m, r) => Create(m, r));

    private static ParsedRun? Create(DockerfileSemanticModel model, RunInstructionSyntax run)
    {
        switch (run.Command)
        {
            case ShellFormSyntax shell:
            {
                return new ParsedRun(run, model.GetOrParseShellScript(run, shell), null);
            }

            case ExecFormSyntax exec:
            {
                var builder = new StringBuilder();
                var segments = new List<(int, int, TextSpan, bool)>();
                foreach (var element in exec.Elements)
                {
                    if (builder.Length > 0)
                    {
                        builder.Append(' ');
                    }

                    int start = builder.Length;
                    builder.Append('\'').Append(element.ValueText.Replace("'", "'\\''")).Append('\'');
                    segments.Add((start, builder.Length - start, element.Span, false));
                }

                return builder.Length == 0 ? null : new ParsedRun(run, ShellScript.Parse(builder.ToString()), segments);
            }

            default:
                return null;
        }
    }

    /// <summary>Enumerates the scripts of every RUN of a stage, ONBUILD RUNs included.</summary>
    public static IEnumerable<ParsedRun> InStage(DockerfileSemanticModel model, DockerfileStage stage)
    {
        foreach (var instruction in stage.Instructions)
        {
            var run = instruction as RunInstructionSyntax ?? (instruction as OnbuildInstructionSyntax)?.Instruction as RunInstructionSyntax;
            if (run != null && Get(model, run) is { } script)
            {
                yield return script;
            }
        }
    }

    /// <summary>Maps a range of the script text to a source span.</summary>
    public TextSpan Map(int start, int length)
    {
        int begin = MapOffset(start, false);
        int end = MapOffset(start + Math.Max(length, 1) - 1, true);
        return end > begin ? TextSpan.FromBounds(begin, end) : Run.Keyword.Span;
    }

    /// <summary>Maps a command to the source span from its first to its last word.</summary>
    public TextSpan Map(ShellCommand command) => Map(command.Start, command.Length);

    /// <summary>Maps a word to its source span.</summary>
    public TextSpan Map(ShellWord word) => Map(word.Start, word.Length);

    /// <summary>Maps the command's name word (the first word after the assignments).</summary>
    public TextSpan MapName(ShellCommand command)
    {
        int index = command.EnvironmentAssignments.Count;
        return index < command.Words.Count ? Map(command.Words[index]) : Map(command);
    }

    /// <summary>Finds the first argument word of a command whose value satisfies a predicate, as a source span, or the command's span.</summary>
    public TextSpan MapArgument(ShellCommand command, Func<string, bool> predicate)
    {
        for (int i = command.EnvironmentAssignments.Count + 1; i < command.Words.Count; i++)
        {
            if (predicate(command.Words[i].Value))
            {
                return Map(command.Words[i]);
            }
        }

        return Map(command);
    }

    /// <summary>The text of a command folded on one line, for messages.</summary>
    public string TextOf(ShellCommand command) =>
        SourceCopy.Fold(Script.Text.Substring(command.Start, command.Length));

    // Rules may share the value across threads: the list is filled before it is published, with a full fence.
    private static T Publish<T>(ref T? field, T value)
        where T : class =>
        System.Threading.Interlocked.CompareExchange(ref field, value, null) ?? value;

    private static List<(int, int, TextSpan, bool)> ShellSegments(ShellFormSyntax shell)
    {
        var segments = new List<(int, int, TextSpan, bool)>();
        int offset = 0;
        foreach (var token in shell.Segments)
        {
            int length = token.ValueLength;
            var span = token.Span;
            segments.Add((offset, length, span, span.Length == length));
            offset += length;
        }

        return segments;
    }

    // Offset inclusive of a character; isEnd gives the exclusive end position after that character.
    private int MapOffset(int offset, bool isEnd)
    {
        // A shell-form RUN (the only kind made without segments): its command is a ShellFormSyntax.
        var segments = _segments ?? Publish(ref _segments, ShellSegments((ShellFormSyntax)Run.Command!));
        foreach (var (scriptStart, scriptLength, source, linear) in segments)
        {
            if (offset >= scriptStart && offset < scriptStart + scriptLength)
            {
                if (linear)
                {
                    int position = source.Start + (offset - scriptStart);
                    return isEnd ? position + 1 : position;
                }

                return isEnd ? source.End : source.Start;
            }
        }

        var last = segments.LastOrDefault();
        return isEnd ? last.Source.End : last.Source.Start;
    }
}
