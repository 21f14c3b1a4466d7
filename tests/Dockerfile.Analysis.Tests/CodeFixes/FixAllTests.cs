using System.Linq;
using Dockerfile.Syntax;
using NUnit.Framework;
using Fixes = Dockerfile.Analysis.CodeFixes.CodeFixes;

namespace Dockerfile.Analysis.Tests.CodeFixes;

public class FixAllTests
{
    [Test]
    public void Fix_all_uses_a_second_round_for_what_became_safe()
    {
        // The first apk add is only safe once the second has --no-cache: two rounds.
        var tree = DockerfileSyntaxTree.ParseText("FROM alpine:3.20\nRUN apk add curl && apk add git\n");
        var result = Fixes.FixAll(tree, CodeFixVerifier.AllRules, new[] { "DF2103" });
        Assert.That(result.Text.ToString(), Is.EqualTo("FROM alpine:3.20\nRUN apk add --no-cache curl && apk add --no-cache git\n"));
        Assert.That(result.FixCount, Is.EqualTo(2));
        Assert.That(result.Rounds, Is.EqualTo(2));
        Assert.That(result.FixesByRule["DF2103"], Is.EqualTo(2));
    }

    [Test]
    public void One_round_stops_where_max_rounds_says()
    {
        var tree = DockerfileSyntaxTree.ParseText("FROM alpine:3.20\nRUN apk add curl && apk add git\n");
        var result = Fixes.FixAll(tree, CodeFixVerifier.AllRules, new[] { "DF2103" }, maxRounds: 1);
        Assert.That(result.Text.ToString(), Is.EqualTo("FROM alpine:3.20\nRUN apk add curl && apk add --no-cache git\n"));
        Assert.That(result.FixCount, Is.EqualTo(1));
    }

    [Test]
    public void Fixes_of_several_rules_in_one_RUN_do_not_collide_and_the_result_is_deterministic()
    {
        const string Text = "FROM debian:12\nRUN apt-get update && apt-get install --no-install-recommends curl\nCMD bash\n";
        var first = Fixes.FixAll(DockerfileSyntaxTree.ParseText(Text), CodeFixVerifier.AllRules).Text.ToString();
        var second = Fixes.FixAll(DockerfileSyntaxTree.ParseText(Text), CodeFixVerifier.AllRules).Text.ToString();
        Assert.That(first, Is.EqualTo("FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\nCMD [\"bash\"]\n"));
        Assert.That(second, Is.EqualTo(first));
    }

    [TestCase("\n")]
    [TestCase("\r\n")]
    public void Byte_order_mark_and_line_endings_are_kept(string eol)
    {
        string text = "\uFEFFFROM alpine:3.20" + eol + "RUN apk add curl" + eol;
        var result = Fixes.FixAll(DockerfileSyntaxTree.ParseText(text), CodeFixVerifier.AllRules);
        Assert.That(result.Text.ToString(), Is.EqualTo("\uFEFFFROM alpine:3.20" + eol + "RUN apk add --no-cache curl" + eol));
    }

    [Test]
    public void Nothing_to_fix_returns_the_same_text()
    {
        const string Text = "FROM alpine:3.20\nRUN apk add --no-cache curl=8.9.1-r0\n";
        var result = Fixes.FixAll(DockerfileSyntaxTree.ParseText(Text));
        Assert.That(result.FixCount, Is.Zero);
        Assert.That(result.Rounds, Is.Zero);
        Assert.That(result.Text.ToString(), Is.EqualTo(Text));
    }

    [Test]
    public void Every_provider_is_registered_once_per_rule()
    {
        var ids = Fixes.BuiltInProviders.SelectMany(p => p.FixableDiagnosticIds).ToList();
        Assert.That(ids, Is.Unique);
        Assert.That(ids, Is.SupersetOf(new[] { "DF1001", "DF1002", "DF1003", "DF2001", "DF2101", "DF2103" }));
        Assert.That(ids, Does.Not.Contain("DF2102"), "--no-install-recommends changes the image contents");
    }
}
