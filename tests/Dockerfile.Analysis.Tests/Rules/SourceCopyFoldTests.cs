using System;
using System.Text;
using System.Text.RegularExpressions;
using Dockerfile.Analysis.Rules;
using NUnit.Framework;

namespace Dockerfile.Analysis.Tests.Rules;

public class SourceCopyFoldTests
{
    [TestCase("")]
    [TestCase("   ")]
    [TestCase("a")]
    [TestCase("apt-get install -y curl")]
    [TestCase("  apt-get  install\t-y \\\n    curl \r\n")]
    [TestCase("a\u00A0b\u2028c\u0085d\u000Be\u000Cf")]
    public void Folds_like_the_regular_expression(string text)
    {
        Assert.That(SourceCopy.Fold(text), Is.EqualTo(Regex.Replace(text, @"\s+", " ").Trim()));
    }

    [Test]
    public void Folds_random_text_like_the_regular_expression()
    {
        var random = new Random(5);
        char[] alphabet = { 'a', 'b', '-', ' ', ' ', '\t', '\n', '\r', '\u00A0', '\u2003', '\u0085', '\u200B', '\\' };
        for (int n = 0; n < 2000; n++)
        {
            var builder = new StringBuilder();
            int length = random.Next(0, 12);
            for (int i = 0; i < length; i++)
            {
                builder.Append(alphabet[random.Next(alphabet.Length)]);
            }

            string text = builder.ToString();
            Assert.That(SourceCopy.Fold(text), Is.EqualTo(Regex.Replace(text, @"\s+", " ").Trim()), text);
        }
    }
}
