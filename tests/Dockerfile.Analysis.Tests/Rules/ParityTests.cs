using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using NUnit.Framework;

namespace Dockerfile.Analysis.Tests.Rules;

/// <summary>
/// Where a rule names a hadolint or BuildKit equivalent, it fires where that tool fires and stays quiet where it
/// does (issue 15). Each case is a rule id and a Dockerfile in which every <c>⟦</c> marks where a diagnostic of
/// that rule must start; a case without a marker must produce none. The cases are ours, written from the tools'
/// documented and coded behaviour.
/// </summary>
public class ParityTests
{
    private static readonly (string Id, string Text)[] s_cases =
    {
        // Quoted COPY/ADD operands are judged on their unquoted value.
        ("DF3009", "FROM nginx\nADD \"site.tgz\" /srv/\n"),
        ("DF3009", "FROM nginx\nADD 'https://example.com/a.bin' /srv/\n"),
        ("DF3009", "FROM nginx\n⟦ADD \"nginx.conf\" /etc/nginx/\n"),
        ("DF3009", "FROM nginx\n⟦ADD \"a.tgz\" 'b.conf' /etc/\n"),
        ("DF1006", "FROM node\nCOPY a b \"/app/\"\n"),
        ("DF1006", "FROM node\nCOPY a b 'dir/'\n"),
        ("DF1006", "FROM node\nCOPY a b ⟦\"dir\"\n"),
        ("DF1006", "FROM node\nCOPY \"a\" \"b\" ⟦'/app'\n"),
        ("DF1044", "FROM node\nCOPY a \"/app/\"\n"),
        ("DF1044", "FROM node\nCOPY a ⟦\"app/\"\n"),
        ("DF1051", "FROM node AS build\nFROM node\n⟦COPY --from=build \"/\" \"/\"\n"),
        ("DF1051", "FROM node AS build\nFROM node\nCOPY --from=build \"/app\" \"/\"\n"),
        ("DF2104", "FROM debian\nCOPY ⟦\"app.tar.gz\" /tmp/\nRUN tar -xzf /tmp/app.tar.gz\n"),
        ("DF2104", "FROM debian\nCOPY \"app.txt\" /tmp/\nRUN tar -xzf /tmp/app.tar.gz\n"),
    };

    /// <summary>The cases, named by rule, index and whether the rule must report.</summary>
    public static IEnumerable<TestCaseData> Cases() =>
        s_cases.Select((c, i) => new TestCaseData(c.Id, c.Text)
            .SetName($"{c.Id} #{i} {(c.Text.Contains("⟦") ? "reports" : "silent")}"));

    [TestCaseSource(nameof(Cases))]
    public void Rule_reports_exactly_at_the_marks(string id, string marked)
    {
        var (text, expected) = HadolintSet1RuleTests.Unmark(marked);
        Assert.That(HadolintSet1RuleTests.Positions(id, text, AnalysisOptions.Default), Is.EqualTo(expected), text);
    }
}
