using System;
using NUnit.Framework;

namespace Dockerfile.Analysis.Tests.Analysis;

public class MessageTextTests
{
    [TestCase(1, "later layer", false, "1 later layer")]
    [TestCase(3, "later layer", false, "3 later layers")]
    [TestCase(2, "stage", false, "2 stages")]
    [TestCase(0, "stage", true, "no stages")]
    public void Counts(int count, string noun, bool zeroAsNo, string expected) =>
        Assert.That(MessageText.Count(count, noun, zeroAsNo), Is.EqualTo(expected));

    [Test]
    public void Lists()
    {
        Assert.That(MessageText.List(new[] { "DL3008" }), Is.EqualTo("DL3008"));
        Assert.That(MessageText.List(new[] { "a", "b" }, "or"), Is.EqualTo("a or b"));
        Assert.That(MessageText.List(new[] { "a", "b", "c" }), Is.EqualTo("a, b and c"));
        Assert.That(MessageText.List(Array.Empty<string>()), Is.Empty);
    }

    [Test]
    public void Durations() => Assert.That(MessageText.Duration(TimeSpan.FromSeconds(65)), Is.EqualTo("1 minute, 5 seconds"));
}
