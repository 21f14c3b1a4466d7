using System.Collections.Generic;
using Dockerfile.Analysis.Semantics;
using NUnit.Framework;

namespace Dockerfile.Analysis.Tests.Semantics;

/// <summary>Option, bookkeeping and helper tests for <see cref="ShellWordProcessor"/>.</summary>
[TestFixture]
public sealed class ShellWordProcessorTests
{
    private static readonly Dictionary<string, string> Env = new()
    {
        ["FOO"] = "xxyy",
        ["BAR"] = string.Empty,
        ["TARGETOS"] = "linux",
        ["TARGETARCH"] = "arm64",
    };

    [Test]
    public void RecordsMatchedAndUnmatchedNames()
    {
        ShellWordResult result = new ShellWordProcessor().ProcessWord("${FOO-a} ${BAR-b} ${BAZ-c} $FOO", Env);

        Assert.That(result.Value, Is.EqualTo("xxyy  c xxyy"));
        Assert.That(result.Matched, Is.EquivalentTo(new[] { "FOO", "BAR" }));
        Assert.That(result.Unmatched, Is.EquivalentTo(new[] { "BAZ" }));
    }

    [Test]
    public void ReleaseFileNamePattern()
    {
        const string Word = "tool-${TARGETOS}-${TARGETARCH}${TARGETVARIANT:+-${TARGETVARIANT}}.tar.gz";
        ShellWordResult result = new ShellWordProcessor().ProcessWord(Word, Env);

        Assert.That(result.Value, Is.EqualTo("tool-linux-arm64.tar.gz"));
        Assert.That(result.Unmatched, Is.EquivalentTo(new[] { "TARGETVARIANT" }));
    }

    [Test]
    public void RequiredValueMessageIsExpanded()
    {
        var env = new Dictionary<string, string> { ["ARG"] = "x" };
        ShellWordResult result = new ShellWordProcessor().ProcessWord("${VAR:?message here$ARG}", env);

        Assert.That(result.Succeeded, Is.False);
        Assert.That(result.Error, Does.Contain("VAR: message herex"));
    }

    [Test]
    public void BacktickEscapeToken()
    {
        var processor = new ShellWordProcessor('`');

        Assert.That(processor.ProcessWord(@"C:\path`$FOO", Env).Value, Is.EqualTo(@"C:\path$FOO"));
        Assert.That(processor.ProcessWord("\"a`\"b\"", Env).Value, Is.EqualTo("a\"b"));
        Assert.That(processor.ProcessWord(@"a\$FOO", Env).Value, Is.EqualTo(@"a\xxyy"));
    }

    [Test]
    public void RawQuotesKeepsQuoteCharacters()
    {
        var processor = new ShellWordProcessor { RawQuotes = true };

        Assert.That(processor.ProcessWord("'a b' \"$FOO\"", Env).Value, Is.EqualTo("'a b' \"xxyy\""));
    }

    [Test]
    public void RawEscapesKeepsEscapeCharacters()
    {
        var processor = new ShellWordProcessor { RawEscapes = true };

        Assert.That(processor.ProcessWord(@"a\ b\$FOO", Env).Value, Is.EqualTo(@"a\ b\$FOO"));
    }

    [Test]
    public void SkipProcessQuotesTreatsQuotesAsText()
    {
        var processor = new ShellWordProcessor { SkipProcessQuotes = true };

        Assert.That(processor.ProcessWord("'$FOO'", Env).Value, Is.EqualTo("'xxyy'"));
    }

    [TestCase("$UNSET", "$UNSET")]
    [TestCase("${UNSET}", "${UNSET}")]
    [TestCase("${UNSET:-x}", "${UNSET:-x}")]
    [TestCase("${UNSET/a/b}", "${UNSET/a/b}")]
    [TestCase("${FOO:-x}", "xxyy")]
    public void SkipUnsetEnvLeavesReferences(string word, string expected)
    {
        var processor = new ShellWordProcessor { SkipUnsetEnv = true };

        Assert.That(processor.ProcessWord(word, Env).Value, Is.EqualTo(expected));
    }

    // A backtracking engine tries every split of the value between the stars: with 16 stars and 4,000 characters
    // that never match, it did not finish. The non-backtracking engine is linear in the value.
    [TestCase("${A#*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b}", false)]
    [TestCase("${A##*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b}", false)]
    [TestCase("${A%a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b*}", false)]
    [TestCase("${A/*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b/x}", false)]
    [TestCase("${A//a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a/x}", true)]
    [CancelAfter(60_000)]
    public void StarHeavyPatternsOnALongValueFinish(string word, bool matches)
    {
        var env = new Dictionary<string, string> { ["A"] = new string('a', 4000) };
        ShellWordResult result = new ShellWordProcessor().ProcessWord(word, env);

        Assert.That(result.Error, Is.Null);
        Assert.That(result.Value, matches ? Is.EqualTo("x") : Is.EqualTo(env["A"]));
    }

    [TestCase("${A#?}", "b")]
    [TestCase("${A#??}", "")]
    [TestCase("${A%?}", "\U0001F680")]
    [TestCase("${A/?/x}", "xb")]
    public void QuestionMarkTakesAWholeSurrogatePair(string word, string expected)
    {
        var env = new Dictionary<string, string> { ["A"] = "\U0001F680b" };
        Assert.That(new ShellWordProcessor().ProcessWord(word, env).Value, Is.EqualTo(expected));
    }

    [Test]
    public void NullInputsDoNotThrow()
    {
        var processor = new ShellWordProcessor();

        Assert.That(processor.ProcessWord(null!, Env).Succeeded, Is.False);
        Assert.That(processor.ProcessWords("$FOO x", null!).Words, Is.EqualTo(new[] { "x" }));
    }

    [TestCase("*", "^(?:[\\uD800-\\uDBFF][\\uDC00-\\uDFFF]|[^\\n\\uD800-\\uDFFF])*")]
    [TestCase("\\*", "^\\*")]
    [TestCase("(()[]{\\}^$.\\*\\?|\\\\", "^\\(\\(\\)\\[\\]\\{\\}\\^\\$\\.\\*\\?\\|\\\\")]
    public void PatternToRegex(string pattern, string expected)
    {
        Assert.That(ShellPattern.ToRegexSource(pattern, true, true, out string? error), Is.EqualTo(expected));
        Assert.That(error, Is.Null);
    }

    [TestCase("\\")]
    [TestCase("\\x")]
    [TestCase("\\\\\\")]
    public void InvalidPatterns(string pattern)
    {
        Assert.That(ShellPattern.ToRegexSource(pattern, true, true, out string? error), Is.Null);
        Assert.That(error, Is.Not.Null);
    }

    [TestCase("a\\*c", "c\\*a")]
    [TestCase("\\\\\\ab", "b\\a\\\\")]
    [TestCase("ab\\", "\\ba")]
    [TestCase("👽\\🚀🖖", "🖖\\🚀👽")]
    [TestCase("\\\\b", "b\\\\")]
    public void ReversePattern(string pattern, string expected)
    {
        Assert.That(ShellPattern.ReversePattern(pattern), Is.EqualTo(expected));
    }

    [Test]
    public void ReverseStringKeepsSurrogatePairs()
    {
        Assert.That(ShellPattern.ReverseString("🖖🚀👽"), Is.EqualTo("👽🚀🖖"));
    }

    [Test]
    public void NeverThrowsOnRandomInput()
    {
        var random = new System.Random(4242);
        const string Alphabet = "${}:-+?#%/\\'\"<> abc$1@*!_\n\t한🖖`";
        var processor = new ShellWordProcessor();
        for (int i = 0; i < 5000; i++)
        {
            var chars = new char[random.Next(0, 24)];
            for (int j = 0; j < chars.Length; j++)
            {
                chars[j] = Alphabet[random.Next(Alphabet.Length)];
            }

            string word = new(chars);
            Assert.DoesNotThrow(() => processor.ProcessWords(word, Env), word);
        }
    }
}
