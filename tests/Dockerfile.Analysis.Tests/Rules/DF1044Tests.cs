using System.Text.RegularExpressions;
using Dockerfile.Analysis.Rules;
using NUnit.Framework;

namespace Dockerfile.Analysis.Tests.Rules;

public class DF1044Tests
{
    // The regex DF1044 builds for base names that are not ASCII; MatchesIgnoringAsciiCase must agree with it on ASCII names.
    private static bool RegexMatches(string baseImage, string name) =>
        new Regex("^" + Regex.Replace(Regex.Escape(baseImage), @"\\\$(\\\{[^}]*}|\w+)", ".*") + "$", RegexOptions.IgnoreCase).IsMatch(name);

    [TestCase("base", "base")]
    [TestCase("base", "BASE")]
    [TestCase("base", "base2")]
    [TestCase("base-$VARIANT", "base-slim")]
    [TestCase("base-$VARIANT", "base-")]
    [TestCase("base-$VARIANT", "bas")]
    [TestCase("base-${VARIANT}", "Base-full")]
    [TestCase("base-${VARIANT:-x}-end", "base-a-end")]
    [TestCase("base-${VARIANT:-x}-end", "base-end")]
    [TestCase("base-${VARIANT:-x}-end", "base--end")]
    [TestCase("${A}${B}", "")]
    [TestCase("${A}-${B}-${C}", "x-y-z")]
    [TestCase("${A}-${B}-${C}", "x-y")]
    [TestCase("a$A-b$B-a", "a-b-a")]
    [TestCase("a$A-b$B-a", "ab-a")]
    [TestCase("ab${A}ba", "aba")]
    [TestCase("ab${A}ba", "abba")]
    [TestCase("x$", "x$")]
    [TestCase("x$-y", "x$-y")]
    [TestCase("x${y", "x${y")]
    [TestCase("x${y", "xz")]
    [TestCase("a.b*$V", "a.b*c")]
    [TestCase("a.b*$V", "axb*c")]
    [TestCase("\\$V", "\\x")]
    [TestCase("${a$b}c", "zc")]
    [TestCase("$V_1.2", "x.2")]
    [TestCase("$V_1.2", "x_1.2")]
    public void Matches_the_regex_of_other_names(string baseImage, string name) =>
        Assert.That(DF1044CopyToRelativePathWithoutWorkdir.MatchesIgnoringAsciiCase(baseImage, name), Is.EqualTo(RegexMatches(baseImage, name)));
}
