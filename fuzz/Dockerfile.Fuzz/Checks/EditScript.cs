using System;
using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace Dockerfile.Fuzz;

/// <summary>
/// The input of the <c>incremental</c> target: a document, then (after the first NUL byte) an edit script. Each edit
/// is four bytes and an insertion: position (two bytes, big-endian, taken modulo the current length plus one),
/// how many characters to delete (clamped to the end), and the insertion's length <c>n</c>: below 0xE0 the next
/// <c>n % 32</c> bytes are inserted as UTF-8, from 0xE0 on one of <see cref="Fragments"/> is inserted. Without a NUL
/// byte the script is derived from the document: a few characters spread over it are deleted and put back.
/// </summary>
internal static class EditScript
{
    /// <summary>The most edits read from one input.</summary>
    public const int MaxEdits = 64;

    /// <summary>Text a Dockerfile edit often inserts: the fragment edits pick from these.</summary>
    public static readonly string[] Fragments =
    {
        "\\", "`", "\n", "\r\n", "\r", "<<EOF", "<<-EOF\n", "EOF\n", "\"", "'", "[", "]", "${", "}", "$(", ")", "#", " ", "\t", "=", "--",
        "RUN echo hi\n", "FROM alpine AS x\n", "# escape=`\n", "# syntax=docker/dockerfile:1\n", "COPY . .\n", "\\\n", "ENV A=1 \\\n  B=2\n",
        "ARG V=1\n", "ONBUILD ", "# hadolint ignore=DL3006\n", "\uFEFF",
    };

    /// <summary>Splits an input into its document and its edits; the edits are applied one after another.</summary>
    /// <param name="input">The fuzzer's bytes.</param>
    /// <param name="document">The document before the first edit.</param>
    /// <returns>The edits, each relative to the text the previous ones produced.</returns>
    public static List<Func<SourceText, TextChange>> Parse(byte[] input, out string document)
    {
        int nul = Array.IndexOf(input, (byte)0);
        var edits = new List<Func<SourceText, TextChange>>();
        if (nul < 0)
        {
            document = FuzzInput.Decode(input);
            int length = document.Length;
            for (int i = 1; i <= 3 && length > 0; i++)
            {
                int position = length * i / 4;
                string removed = document.Substring(Math.Min(position, length - 1), 1);
                int at = Math.Min(position, length - 1);
                edits.Add(_ => new TextChange(new TextSpan(at, 1), string.Empty));
                edits.Add(_ => new TextChange(new TextSpan(at, 0), removed));
            }

            return edits;
        }

        document = FuzzInput.Decode(input.AsSpan(0, nul).ToArray());
        int index = nul + 1;
        while (index + 4 <= input.Length && edits.Count < MaxEdits)
        {
            int rawPosition = (input[index] << 8) | input[index + 1];
            int rawDelete = input[index + 2];
            int rawInsert = input[index + 3];
            index += 4;
            string insertion;
            if (rawInsert >= 0xE0)
            {
                insertion = Fragments[(rawInsert - 0xE0) % Fragments.Length];
            }
            else
            {
                int count = Math.Min(rawInsert % 32, input.Length - index);
                insertion = Encoding.UTF8.GetString(input, index, count);
                index += count;
            }

            edits.Add(text =>
            {
                int position = rawPosition % (text.Length + 1);
                int delete = Math.Min(rawDelete % 17, text.Length - position);
                return new TextChange(new TextSpan(position, delete), insertion);
            });
        }

        return edits;
    }
}
