using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Humanizer;
using Humanizer.Bytes;
using Humanizer.Localisation;
using NUnit.Framework;

namespace Dockerfile.Analysis.Tests.Analysis;

/// <summary>
/// <see cref="MessageText"/> replaced Humanizer (whose enum humanizing is not trim or AOT safe) in the library and in
/// <c>dfa</c>; messages must not change. These compare our words with Humanizer 2.14.1's, which only the tests reference.
/// </summary>
public class MessageTextHumanizerParityTests
{
    /// <summary>Every noun the rules, fixes and <c>dfa</c> count, then common English nouns, regular and irregular.</summary>
    private static readonly string[] Nouns =
    {
        "layer", "later layer", "RUN layer", "package", "other package", "source", "stage", "issue", "file", "error", "warning", "message",
        "status", "bus", "index", "box", "match", "copy", "key", "day", "leaf", "knife", "life", "person", "child", "analysis", "alias",
        "virus", "cactus", "potato", "photo", "quiz", "datum", "news", "series", "sheep", "fish", "equipment", "information", "mouse",
        "ox", "matrix", "vertex", "hive", "half", "wolf", "roof", "chief", "safe", "dish", "buzz", "class", "process", "address",
        "argument", "instruction", "variable", "line", "command", "user", "port", "tag", "image", "volume", "label", "entry", "body",
        "toy", "guy", "man", "woman", "tooth", "foot", "goose", "criterion", "phenomenon", "medium", "curriculum", "thesis", "crisis",
        "axis", "octopus", "radius", "focus", "campus", "hero", "echo", "zero", "studio", "move", "box", "cow", "zombie", "ID", "URL",
        "build argument", "base image", "health check", "mount", "platform", "registry", "directory", "dependency", "quote",
    };

    [Test]
    public void Counts_read_as_Humanizer_wrote_them()
    {
        var differences = new List<string>();
        foreach (string noun in Nouns)
        {
            foreach (int count in new[] { 0, 1, 2, 3, 7, 10, 21, 1000, 123456 })
            {
                Compare(MessageText.Count(count, noun), noun.ToQuantity(count), differences);
            }

            Compare(MessageText.Count(0, noun, zeroAsNo: true), "no " + noun.Pluralize(inputIsKnownToBeSingular: true), differences);
        }

        Assert.That(differences, Is.Empty);
    }

    [Test]
    public void Lists_read_as_Humanizer_wrote_them()
    {
        var lists = new[]
        {
            Array.Empty<string>(), new[] { "a" }, new[] { "a", "b" }, new[] { "a", "b", "c" }, new[] { "`curl`", "`wget`", "`git`", "`make`" },
            new[] { " a ", "b" }, new[] { "a", " ", "", "b" }, new[] { "", " " }, new[] { "DL3008, DL3009", "DL3015" }, new[] { "x y", "z" },
        };
        var differences = new List<string>();
        foreach (var list in lists)
        {
            foreach (string conjunction in new[] { "and", "or" })
            {
                Compare(MessageText.List(list, conjunction), list.Humanize(conjunction), differences);
            }
        }

        Assert.That(differences, Is.Empty);
    }

    [Test]
    public void Byte_sizes_read_as_Humanizer_wrote_them()
    {
        var differences = new List<string>();
        foreach (long bytes in new long[] { 1, 2, 512, 1023, 1024, 1025, 1536, 10_000, 1_048_575, 1_048_576, 3_628_000, 999_999_999, 1L << 30, (1L << 30) * 5 / 2, 1L << 40, 1L << 50, 123_456_789_012 })
        {
            Compare(MessageText.Bytes(bytes), ByteSize.FromBytes(bytes).Humanize(), differences);
        }

        Assert.That(differences, Is.Empty);
        Assert.That(MessageText.Bytes(0), Is.EqualTo("0 B"), "Humanizer writes 0 b (bits); a context of no bytes is 0 B");
    }

    [Test]
    public void Durations_read_as_Humanizer_wrote_them()
    {
        var durations = new List<TimeSpan> { TimeSpan.Zero, TimeSpan.FromTicks(5), TimeSpan.FromMilliseconds(-1500), TimeSpan.FromDays(400) };
        foreach (double ms in new[] { 0.6, 1, 2, 999, 1000, 1001, 1500, 59_999, 60_000, 61_000, 3_600_000, 3_603_000, 86_400_000, 604_800_000, 691_200_000, 3_456_000_000 })
        {
            durations.Add(TimeSpan.FromMilliseconds(ms));
        }

        var random = new Random(17);
        for (int i = 0; i < 2000; i++)
        {
            // From sub-millisecond to a few weeks, spread over the orders of magnitude.
            durations.Add(TimeSpan.FromTicks((long)Math.Pow(10, random.NextDouble() * 13)));
        }

        var english = CultureInfo.GetCultureInfo("en-US");
        var differences = new List<string>();
        foreach (var duration in durations)
        {
            foreach (int precision in new[] { 1, 2, 3, 6 })
            {
                Compare(MessageText.Duration(duration, precision), duration.Humanize(precision, english), differences);
            }

            // dfa's summary line ("1 file checked in 1 second, 3 milliseconds").
            Compare(MessageText.Duration(duration, 2), duration.Humanize(2, minUnit: TimeUnit.Millisecond, culture: english), differences);
        }

        Assert.That(differences, Is.Empty);
    }

    private static void Compare(string ours, string humanizer, List<string> differences)
    {
        if (ours != humanizer)
        {
            differences.Add($"'{ours}' where Humanizer wrote '{humanizer}'");
        }
    }
}
