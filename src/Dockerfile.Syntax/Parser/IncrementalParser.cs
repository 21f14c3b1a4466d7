using System.Collections.Generic;
using Dockerfile.Syntax.InternalSyntax;
using Microsoft.CodeAnalysis.Text;

namespace Dockerfile.Syntax.Parser;

/// <summary>
/// Reparses a changed text, reusing every green item (instruction with its leading trivia and
/// heredocs) that lies wholly outside the changed region.
/// </summary>
/// <remarks>
/// The affected region starts at the item that contains the first change (an edit at the very
/// end of an item counts as inside it, so joining or splitting lines is seen). It is parsed
/// again, item by item, until an item ends past the last change at a position where an old item
/// also started: from there on the old items are reused as they are, because the line-based
/// parser carries no state from one item to the next once the directive block is over. A change
/// that touches the directive block, or anything before the first instruction, falls back to a
/// full parse, since it may change the escape character of the whole file.
/// </remarks>
internal static class IncrementalParser
{
    private const int InitialWindow = 4096;

    public static GreenInner Reparse(DockerfileSyntaxTree oldTree, SourceText newText, out char escape)
    {
        var oldText = oldTree.GetText();
        var ranges = newText.GetChangeRanges(oldText);
        if (ranges.Count == 0)
        {
            escape = oldTree.EscapeCharacter;
            return oldTree.GetRoot().Green;
        }

        int changeStart = int.MaxValue;
        int oldChangeEnd = 0;
        int delta = 0;
        foreach (var range in ranges)
        {
            changeStart = System.Math.Min(changeStart, range.Span.Start);
            oldChangeEnd = System.Math.Max(oldChangeEnd, range.Span.End);
            delta += range.NewLength - range.Span.Length;
        }

        int newChangeEnd = oldChangeEnd + delta;
        var oldRoot = oldTree.GetRoot().Green;

        // Find the first instruction; a change at or before its keyword may alter the directive block.
        var cursor = new ItemCursor(oldRoot);
        while (!cursor.AtEnd && !SyntaxFacts.IsInstruction(cursor.Current.Kind))
        {
            cursor.MoveNext();
        }

        if (cursor.AtEnd || changeStart <= cursor.Position + LeadingWidth(cursor.Current))
        {
            return DockerfileParser.Parse(newText.ToString(), out escape);
        }

        escape = oldTree.EscapeCharacter;

        // The first item whose full span ends at or after the change (never past the end-of-file token).
        cursor.SkipEndingBefore(changeStart, stopBeforeLast: true);
        int index = cursor.Index;
        int regionStart = cursor.Position;

        var builder = new RootBuilder();
        builder.AddRange(oldRoot, 0, index);

        // Old items after the region, walked in step with the new items to find where they line up again.
        var old = cursor;
        var fileDiagnostics = new List<PDiagnostic>();
        int newPosition = regionStart;
        int window = InitialWindow;
        bool synced = false;
        bool reusedTail = false;
        while (!synced)
        {
            int windowEnd = System.Math.Min(newText.Length, System.Math.Max(newChangeEnd, newPosition) + window);
            bool atEnd = windowEnd == newText.Length;
            string chunk = newText.ToString(TextSpan.FromBounds(newPosition, windowEnd));
            var parser = DockerfileParser.ForWindow(chunk, escape, atFileStart: newPosition == 0);
            int consumed = 0;
            bool needMore = false;
            try
            {
                while (true)
                {
                    var item = parser.ParseNextItem(out int end);
                    if (item.Kind == SyntaxKind.EndOfFileToken)
                    {
                        if (atEnd)
                        {
                            builder.Add(item);
                            synced = true;
                        }
                        else
                        {
                            needMore = true;
                        }

                        break;
                    }

                    if (!atEnd && end >= chunk.Length)
                    {
                        needMore = true;
                        break;
                    }

                    builder.Add(item);
                    consumed = end;
                    int itemEnd = newPosition + end;
                    if (itemEnd >= newChangeEnd && itemEnd > changeStart)
                    {
                        int oldPosition = itemEnd - delta;
                        old.SkipStartingBefore(oldPosition);
                        if (!old.AtEnd && old.Position == oldPosition && oldPosition >= oldChangeEnd)
                        {
                            builder.AddRange(oldRoot, old.Index, oldRoot.SlotCount);
                            synced = true;
                            reusedTail = true;
                            break;
                        }
                    }
                }
            }
            finally
            {
                // The thread's shared-token table must not keep this window's tokens.
                parser.Release();
            }

            foreach (var d in parser.FileDiagnostics)
            {
                if (d.Start < consumed || synced)
                {
                    fileDiagnostics.Add(new PDiagnostic(d.Descriptor, d.Start + newPosition, d.End + newPosition, d.Arguments));
                }
            }

            if (needMore)
            {
                newPosition += consumed;
                window *= 2;
            }
        }

        // File-level diagnostics: keep the old ones outside the reparsed region, shifted past it.
        int oldTailStart = old.Position;
        var merged = new List<DiagnosticInfo>();
        if (oldRoot.Diagnostics != null)
        {
            foreach (var info in oldRoot.Diagnostics)
            {
                if (info.Descriptor == SyntaxDiagnostics.NoInstructions)
                {
                    continue;
                }

                if (info.Offset < regionStart)
                {
                    merged.Add(info);
                }
                else if (reusedTail && info.Offset >= oldTailStart)
                {
                    merged.Add(new DiagnosticInfo(info.Descriptor, info.Offset + delta, info.Length, info.Arguments));
                }
            }
        }

        foreach (var d in fileDiagnostics)
        {
            merged.Add(new DiagnosticInfo(d.Descriptor, d.Start, d.End - d.Start, d.Arguments));
        }

        if (!builder.AnyInstruction)
        {
            merged.Add(new DiagnosticInfo(SyntaxDiagnostics.NoInstructions, newText.Length, 0, System.Array.Empty<object?>()));
        }

        merged.Sort((a, b) => a.Offset.CompareTo(b.Offset));
        return builder.Build(SyntaxKind.Dockerfile, merged.Count > 0 ? merged.ToArray() : null);
    }

    private static int LeadingWidth(GreenNode node)
    {
        while (node is GreenInner inner && inner.SlotCount > 0)
        {
            node = inner.GetSlot(0);
        }

        return node is GreenToken token ? token.LeadingWidth : 0;
    }
}
