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
public class AgreementTests
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

        // Version pins through variables (hadolint DL3033, DL3041: a declared ARG anywhere before, or an ENV of the
        // stage or of the stage it is built FROM; $v and ${v} alike).
        ("DF3042", "FROM centos:7\nARG version=2.4.6\nRUN yum install -y git-core-$version && yum clean all\n"),
        ("DF3042", "FROM centos:7\nARG version=2.4.6\nRUN yum install -y \"git-core-${version}\" && yum clean all\n"),
        ("DF3042", "FROM centos:7\nARG version=2.4.6\nRUN ⟦yum install -y git-core-$versions && yum clean all\n"),
        ("DF3042", "FROM centos:7\nRUN ⟦yum install -y git-core-$version && yum clean all\n"),
        ("DF3042", "FROM centos:7\nARG v=2\nRUN ⟦yum install -y git$v && yum clean all\n"),
        ("DF3043", "FROM fedora:40 AS base\nENV PKG_VERSION=2.4.62\nFROM base\nRUN dnf install -y pkg-${PKG_VERSION} && dnf clean all\n"),
        ("DF3043", "FROM fedora:40 AS base\nENV PKG_VERSION=2.4.62\nFROM base AS mid\nFROM mid\nRUN dnf install -y pkg-$PKG_VERSION && dnf clean all\n"),
        ("DF3043", "FROM fedora:40 AS base\nENV PKG_VERSION=2.4.62\nFROM fedora:40\nRUN ⟦dnf install -y pkg-${PKG_VERSION} && dnf clean all\n"),
        ("DF3043", "ARG PKG_VERSION=2.4.62\nFROM fedora:40\nRUN dnf install -y pkg-${PKG_VERSION} && dnf clean all\n"),
        ("DF3043", "FROM fedora:40\nRUN ⟦dnf install -y pkg-${PKG_VERSION} && dnf clean all\nARG PKG_VERSION=1\n"),
        ("DF3002", "FROM alpine:3.20\nARG CURL=8.9.1-r0\nRUN apk add --no-cache curl=$CURL\n"),
        ("DF3002", "FROM alpine:3.20\nRUN apk add --no-cache ⟦curl\n"),
        ("DF3003", "FROM python:3.12\nARG V=2.32.3\nRUN pip install --no-cache-dir requests==${V}\n"),
        ("DF3003", "FROM python:3.12\nARG V=2.32.3\nRUN pip install --no-cache-dir requests==${V} ⟦flask\n"),
        ("DF3004", "FROM node:22\nARG V=4.19.2\nRUN npm install express@$V\n"),
        ("DF3004", "FROM node:22\nRUN npm install ⟦express\n"),
        ("DF3011", "FROM ruby:3.3\nARG V=7.1.3\nRUN gem install rails:$V\n"),
        ("DF3011", "FROM ruby:3.3\nARG V=7.1.3\nRUN gem install rails -v \"$V\"\n"),

        // gem install name:version --option value: the value is not a gem.
        ("DF3011", "FROM ruby:3.3\nRUN gem install rails:7.1.3 --install-dir /gems\n"),
        ("DF3011", "FROM ruby:3.3\nRUN gem install rails:7.1.3 --some-new-option value\n"),
        ("DF3011", "FROM ruby:3.3\nRUN gem install bundler:2.5.11 --no-document ⟦rake\n"),
        ("DF3011", "FROM ruby:3.3\nRUN gem install --user-install ⟦rake\n"),

        // DF1052: the HEALTHCHECK part of hadolint's DL3025.
        ("DF1052", "FROM nginx:1.27\nHEALTHCHECK CMD ⟦curl -f http://localhost/\n"),
        ("DF1052", "FROM nginx:1.27\n# hadolint ignore=DL3025\nHEALTHCHECK CMD curl -f http://localhost/\n"),
        ("DF1052", "FROM nginx:1.27\nHEALTHCHECK --interval=30s CMD ⟦curl -f http://localhost/ || exit 1\n"),
        ("DF1052", "FROM nginx:1.27\nHEALTHCHECK CMD [\"curl\", \"-f\", \"http://localhost/\"]\n"),
        ("DF1052", "FROM nginx:1.27\nHEALTHCHECK NONE\n"),
        ("DF1002", "FROM nginx:1.27\nHEALTHCHECK CMD curl -f http://localhost/\n"),

        // DF2101 (DL3009): which cache mounts keep the lists out of the layer, and which stages are judged.
        ("DF2101", "FROM debian:12\nRUN --mount=type=cache,target=/var/cache/apt ⟦apt-get update && apt-get install -y curl\n"),
        ("DF2101", "FROM debian:12\nRUN --mount=type=cache,target=/var/lib/apt ⟦apt-get update && apt-get install -y curl\n"),
        ("DF2101", "FROM debian:12\nRUN --mount=type=bind,target=/var/lib/apt/lists ⟦apt-get update\n"),
        ("DF2101", "FROM debian:12\nRUN --mount=type=cache,target=/var/lib/apt/lists apt-get update && apt-get install -y curl\n"),
        ("DF2101", "FROM debian:12\nRUN --mount=type=tmpfs,target=/var/lib/apt/lists apt-get update\n"),
        ("DF2101", "FROM debian:12\nRUN --mount=type=cache,target=/var/lib/apt --mount=type=cache,target=/var/cache/apt apt-get update\n"),
        ("DF2101", "FROM debian:12 AS build\nRUN apt-get update && apt-get install -y gcc\nFROM debian:12\nCOPY --from=build /x /x\n"),
        ("DF2101", "FROM debian:12 AS base\nRUN ⟦apt-get update\nFROM base AS app\nRUN true\nFROM debian:12\nRUN ⟦apt-get update\n"),
        ("DF2101", "FROM debian:12 AS base\nRUN ⟦apt-get update\nFROM base\nRUN ⟦apt-get update\n"),
        ("DF2101", "FROM debian:12\nRUN true\nFROM debian:12\nRUN ⟦apt-get update\n"),
    };

    /// <summary>The cases, named by rule, index and whether the rule must report.</summary>
    public static IEnumerable<TestCaseData> Cases() =>
        s_cases.Select((c, i) => new TestCaseData(c.Id, c.Text)
            .SetName($"{c.Id} #{i} {(c.Text.Contains("⟦") ? "reports" : "silent")}"));

    [TestCase("FROM docker.io/library/debian:12\nCOPY --from=⟦ghcr.io/acme/tools:1 /bin/tool /usr/local/bin/\n")]
    [TestCase("FROM docker.io/library/debian:12\nCOPY --from=⟦\"ghcr.io/acme/tools:1\" /bin/tool /usr/local/bin/\n")]
    [TestCase("FROM docker.io/library/debian:12\nCOPY --from=busybox:1.36 /bin/busybox /bin/\n")]
    [TestCase("FROM docker.io/library/debian:12 AS base\nFROM base\nCOPY --from=base /etc/os-release /x\n")]
    [TestCase("FROM docker.io/library/debian:12\nRUN --mount=⟦type=cache,from=quay.io/acme/cache:1,target=/root/.cache true\n")]
    [TestCase("FROM docker.io/library/debian:12\nRUN --mount=⟦type=bind,from=quay.io/acme/src:1,target=/src make -C /src\n")]
    [TestCase("FROM docker.io/library/debian:12\nRUN --mount=type=bind,from=debian:12,target=/src true\n")]
    [TestCase("FROM docker.io/library/debian:12\nRUN --mount=type=cache,target=/root/.cache true\n")]
    public void DF4003_checks_images_of_copy_from_and_run_mounts(string marked)
    {
        var (text, expected) = HadolintSet1RuleTests.Unmark(marked);
        var options = new AnalysisOptions { TrustedRegistries = ImmutableArray.Create("docker.io") };
        Assert.That(HadolintSet1RuleTests.Positions("DF4003", text, options), Is.EqualTo(expected), text);
    }

    [TestCase("FROM debian:12 AS a\nFROM a AS b\nHEALTHCHECK CMD [\"true\"]\nFROM a AS c\n")]
    [TestCase("FROM debian:12 AS a\n⟦FROM a AS c\nFROM a AS b\nHEALTHCHECK CMD [\"true\"]\n")]
    [TestCase("FROM debian:12 AS a\nHEALTHCHECK CMD [\"true\"]\nFROM a AS b\nFROM a AS c\nFROM c\n")]
    [TestCase("FROM debian:12 AS a\nFROM a AS b\nFROM b AS c\nHEALTHCHECK NONE\n")]
    [TestCase("FROM debian:12 AS a\n⟦FROM debian:12 AS b\nFROM a AS c\nHEALTHCHECK CMD [\"true\"]\n")]
    public void DF3048_follows_a_forked_inheritance_chain_in_file_order(string marked)
    {
        var (text, expected) = HadolintSet1RuleTests.Unmark(marked);
        var options = new AnalysisOptions { EnabledRules = ImmutableHashSet.Create("DL3057") };
        Assert.That(HadolintSet1RuleTests.Positions("DF3048", text, options), Is.EqualTo(expected), text);
    }

    [Test]
    public void DF2101_judges_the_target_stage_when_one_is_given()
    {
        string text = "FROM debian:12 AS tools\nRUN apt-get update && apt-get install -y curl\nFROM debian:12\nRUN true\n";
        Assert.That(HadolintSet1RuleTests.Positions("DF2101", text, AnalysisOptions.Default), Is.Empty);
        Assert.That(HadolintSet1RuleTests.Positions("DF2101", text, new AnalysisOptions { Target = "tools" }), Is.EqualTo(new[] { "2:5" }));
    }

    [TestCaseSource(nameof(Cases))]
    public void Rule_reports_exactly_at_the_marks(string id, string marked)
    {
        var (text, expected) = HadolintSet1RuleTests.Unmark(marked);
        Assert.That(HadolintSet1RuleTests.Positions(id, text, AnalysisOptions.Default), Is.EqualTo(expected), text);
    }
}
