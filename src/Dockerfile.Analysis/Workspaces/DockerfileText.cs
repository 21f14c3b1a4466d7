using System;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace Dockerfile.Analysis.Workspaces;

/// <summary>
/// How Dockerfiles are turned from bytes into text and back. Text is strict UTF-8: a byte order mark is kept as the
/// character U+FEFF (so writing the text back gives the same bytes), bytes that are not UTF-8 are an error with their
/// position, and UTF-16 or UTF-32 text is an error that names the encoding. Nothing is guessed: a guess could make a
/// fix rewrite bytes the user never meant to change.
/// </summary>
public static class DockerfileText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// Gets the encoding text is written back with: UTF-8 that emits no byte order mark of its own (the text keeps
    /// one as U+FEFF where the file had one).
    /// </summary>
    public static UTF8Encoding Encoding { get; } = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>Decodes the bytes of a Dockerfile.</summary>
    /// <param name="bytes">The bytes.</param>
    /// <param name="path">The name used in the error (the path as the user gave it).</param>
    /// <param name="error">Why the bytes are not usable text; <see langword="null"/> on success.</param>
    /// <returns>The text, or <see langword="null"/> when <paramref name="error"/> is set. Never throws for bad input.</returns>
    public static SourceText? Decode(byte[] bytes, string path, out DocumentLoadError? error)
    {
        if (bytes is null)
        {
            throw new ArgumentNullException(nameof(bytes));
        }

        error = null;
        if (TextEncodingSniffer.Describe(bytes) is { } encoding)
        {
            error = new DocumentLoadError(path, encoding + "; save the file as UTF-8");
            return null;
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            int index = Math.Max(0, Math.Min(ex.Index, bytes.Length - 1));
            int line = 1, lineStart = 0;
            for (int i = 0; i < index; i++)
            {
                if (bytes[i] == (byte)'\n')
                {
                    line++;
                    lineStart = i + 1;
                }
            }

            error = new DocumentLoadError(path, $"not UTF-8 text (byte 0x{bytes[index]:X2}); save the file as UTF-8", line, index - lineStart + 1);
            return null;
        }

        return SourceText.From(text);
    }

    /// <summary>Encodes text to write it back: UTF-8, with a byte order mark only where the text holds U+FEFF.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The bytes.</returns>
    public static byte[] Encode(string text) => Encoding.GetBytes(text ?? throw new ArgumentNullException(nameof(text)));
}
