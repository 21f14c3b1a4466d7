using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Dockerfile.Syntax;
using NUnit.Framework;

namespace Dockerfile.Analysis.Tests.Rules;

/// <summary>
/// Data-driven tests of the hadolint-equivalent rules DF1001-DF1009, DF2101-DF2104, DF3001-DF3012,
/// DF4001-DF4003 and DF5001. Each case is a rule id and a Dockerfile in which every <c>⟦</c> marks where a
/// diagnostic of that rule must start (line and column); a case without a marker must produce none.
/// </summary>
public class HadolintSet1RuleTests
{
    private const string M = "⟦";

    private static readonly (string Id, string Text)[] s_cases =
    {
        // DF1001 apt-get install without -y (DL3014)
        ("DF1001", "FROM debian\nRUN apt-get update && ⟦apt-get install curl\n"),
        ("DF1001", "FROM debian\nRUN ⟦apt-get -q install curl\n"),
        ("DF1001", "FROM debian\nONBUILD RUN ⟦apt-get install curl\n"),
        ("DF1001", "FROM debian\r\nRUN apt-get update \\\r\n && ⟦apt-get install curl\r\n"),
        ("DF1001", "FROM debian\nRUN apt-get install -y curl\n"),
        ("DF1001", "FROM debian\nRUN apt-get -qq install curl\n"),
        ("DF1001", "FROM debian\nRUN apt-get -q -q install curl && apt-get --assume-yes install git\n"),
        ("DF1001", "FROM debian\nRUN apt-get update\n"),

        // DF1002 JSON args (DL3025, JSONArgsRecommended)
        ("DF1002", "FROM node\nCMD ⟦node server.js\n"),
        ("DF1002", "FROM node\nENTRYPOINT ⟦node server.js\n"),
        ("DF1002", "FROM node\nONBUILD CMD ⟦node server.js\n"),
        ("DF1002", "FROM node\r\nCMD ⟦node \\\r\n  server.js\r\n"),
        ("DF1002", "FROM node\nCMD [\"node\", \"server.js\"]\n"),
        ("DF1002", "FROM node\nSHELL [\"/bin/bash\", \"-c\"]\nCMD node server.js\n"),
        ("DF1002", "FROM node AS base\nSHELL [\"/bin/bash\", \"-c\"]\nFROM base\nENTRYPOINT node server.js\n"),
        ("DF1002", "FROM node\nHEALTHCHECK CMD curl -f http://localhost/\n"),

        // DF1003 WORKDIR relative (DL3000, WorkdirRelativePath)
        ("DF1003", "FROM node\nWORKDIR ⟦app\n"),
        ("DF1003", "FROM node\nRUN true\nWORKDIR ⟦./app\nWORKDIR src\n"),
        ("DF1003", "FROM node AS a\nWORKDIR /a\nFROM node\nWORKDIR ⟦b\n"),
        ("DF1003", "FROM node\r\nWORKDIR ⟦app\r\n"),
        ("DF1003", "FROM node\nWORKDIR /app\nWORKDIR src\n"),
        ("DF1003", "FROM node\nWORKDIR $HOME/app\n"),
        ("DF1003", "FROM mcr.microsoft.com/windows/servercore\nWORKDIR C:\\app\n"),
        ("DF1003", "FROM node AS a\nWORKDIR /a\nFROM a\nWORKDIR b\n"),

        // DF1004 EXPOSE port range (DL3011)
        ("DF1004", "FROM nginx\nEXPOSE ⟦80800\n"),
        ("DF1004", "FROM nginx\nEXPOSE 80 ⟦70000/udp\n"),
        ("DF1004", "FROM nginx\nEXPOSE ⟦8000-65536\n"),
        ("DF1004", "FROM nginx\nEXPOSE 80 443/tcp\n"),
        ("DF1004", "FROM nginx\nEXPOSE 0-65535\n"),
        ("DF1004", "FROM nginx\nEXPOSE ${PORT}\n"),

        // DF1081 multiple HEALTHCHECK (DL3012, formerly DF1005; reported on the earlier, ignored instruction)
        ("DF1081", "FROM nginx\n⟦HEALTHCHECK CMD true\nHEALTHCHECK CMD false\n"),
        ("DF1081", "FROM nginx\n⟦HEALTHCHECK NONE\n⟦HEALTHCHECK CMD true\n⟦healthcheck CMD false\nHEALTHCHECK NONE\n"),
        ("DF1081", "FROM nginx\r\n⟦HEALTHCHECK CMD true\r\nHEALTHCHECK CMD false\r\n"),
        ("DF1081", "FROM nginx\nHEALTHCHECK CMD true\n"),
        ("DF1081", "FROM nginx AS a\nHEALTHCHECK CMD true\nFROM nginx\nHEALTHCHECK CMD true\n"),
        ("DF1081", "FROM nginx\nRUN true\n"),

        // DF1006 COPY several sources to a non-directory (DL3021)
        ("DF1006", "FROM node\nCOPY a b ⟦/app\n"),
        ("DF1006", "FROM node\nCOPY [\"a\", \"b\", ⟦\"/app\"]\n"),
        ("DF1006", "FROM node\nCOPY --chown=node a b c ⟦dest\n"),
        ("DF1006", "FROM node\nCOPY a b /app/\n"),
        ("DF1006", "FROM node\nCOPY a /app\n"),
        ("DF1006", "FROM node\nCOPY [\"a\", \"b\", \"/app/\"]\n"),

        // DF1007 COPY --from unknown stage (DL3022)
        ("DF1007", "FROM golang AS build\nFROM debian\nCOPY --from=⟦biuld /a /a\n"),
        ("DF1007", "FROM debian\nCOPY --from=⟦build /a /a\nFROM golang AS build\n"),
        ("DF1007", "FROM golang\nFROM debian\nCOPY --from=⟦2 /a /a\n"),
        ("DF1007", "FROM golang AS build\nFROM debian\nCOPY --from=build /a /a\n"),
        ("DF1007", "FROM golang AS Build\nFROM debian\nCOPY --from=0 /a /a\nCOPY --from=build /b /b\n"),
        ("DF1007", "FROM debian\nCOPY --from=nginx:1.27 /a /a\nCOPY --from=ghcr.io/x/y /b /b\nCOPY --from=$IMG /c /c\n"),

        // DF1008 COPY --from own stage (DL3023)
        ("DF1008", "FROM golang AS build\nCOPY --from=⟦build /a /a\n"),
        ("DF1008", "FROM golang AS a\nFROM debian AS b\nCOPY --from=⟦B /a /a\n"),
        ("DF1008", "FROM golang AS a\nFROM debian\nCOPY --from=⟦1 /a /a\n"),
        ("DF1008", "FROM golang AS build\nFROM debian\nCOPY --from=build /a /a\n"),
        ("DF1008", "FROM golang\nFROM debian\nCOPY --from=0 /a /a\n"),
        ("DF1008", "FROM golang AS build\nCOPY /a /a\n"),

        // DF1009 duplicate stage name (DL3024, DuplicateStageName)
        ("DF1009", "FROM a AS x\nFROM b AS ⟦x\n"),
        ("DF1009", "FROM a AS build\nFROM b AS ⟦BUILD\n"),
        ("DF1009", "FROM a AS x\r\nFROM b AS y\r\nFROM c AS ⟦x\r\n"),
        ("DF1009", "FROM a AS x\nFROM b AS y\n"),
        ("DF1009", "FROM a\nFROM b\n"),
        ("DF1009", "FROM a AS x\nFROM x AS y\n"),

        // DF2101 apt lists not removed (DL3009)
        ("DF2101", "FROM debian\nRUN ⟦apt-get update && apt-get install -y curl\n"),
        ("DF2101", "FROM debian\nONBUILD RUN ⟦apt-get update\n"),
        ("DF2101", "FROM debian AS base\nRUN ⟦apt-get update && apt-get install -y curl\nFROM base\n"),
        ("DF2101", "FROM debian\r\nRUN apt-get install -y curl \\\r\n && ⟦apt update\r\n"),
        ("DF2101", "FROM debian\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\n"),
        ("DF2101", "FROM debian\nRUN --mount=type=cache,target=/var/lib/apt/lists apt-get update && apt-get install -y curl\n"),
        ("DF2101", "FROM debian AS build\nRUN apt-get update\nFROM debian\nCOPY --from=build /a /a\n"),
        ("DF2101", "FROM debian\nRUN --mount=type=cache,target=/var/lib/apt --mount=type=cache,target=/var/cache/apt apt-get update\n"),

        // DF2102 --no-install-recommends (DL3015)
        ("DF2102", "FROM debian\nRUN ⟦apt-get install -y git\n"),
        ("DF2102", "FROM debian\nONBUILD RUN ⟦apt-get -y install git\n"),
        ("DF2102", "FROM debian\r\nRUN apt-get update \\\r\n && ⟦apt-get install -y git\r\n"),
        ("DF2102", "FROM debian\nRUN apt-get install -y --no-install-recommends git\n"),
        ("DF2102", "FROM debian\nRUN apt-get install -y -o APT::Install-Recommends=false git\n"),
        ("DF2102", "FROM debian\nRUN apt-get update\n"),

        // DF2103 apk --no-cache (DL3019)
        ("DF2103", "FROM alpine\nRUN ⟦apk add curl\n"),
        ("DF2103", "FROM alpine\nRUN apk update && ⟦apk add --update curl\n"),
        ("DF2103", "FROM alpine\nONBUILD RUN ⟦apk add curl\n"),
        ("DF2103", "FROM alpine\nRUN apk add --no-cache curl\n"),
        ("DF2103", "FROM alpine\nRUN --mount=type=cache,target=/var/cache/apk apk add curl\n"),
        ("DF2103", "FROM alpine\nRUN apk del curl\n"),

        // DF2104 archive copied then extracted (DL3010)
        ("DF2104", "FROM debian\nCOPY ⟦app.tar.gz /tmp/\nRUN tar -xzf /tmp/app.tar.gz\n"),
        ("DF2104", "FROM debian\nCOPY src/app.tar ⟦/tmp/a.tar\nRUN tar xf /tmp/a.tar --extract\n"),
        ("DF2104", "FROM debian\nCOPY ⟦data.gz /tmp/\nRUN gunzip /tmp/data.gz\n"),
        ("DF2104", "FROM debian\nADD app.tar.gz /opt/\n"),
        ("DF2104", "FROM debian\nCOPY app.tar.gz /tmp/\n"),
        ("DF2104", "FROM debian\nCOPY app.tar.gz /tmp/\nFROM debian\nRUN tar -xzf /tmp/app.tar.gz\n"),

        // DF3001 apt pinning (DL3008)
        ("DF3001", "FROM debian\nRUN apt-get install -y ⟦curl\n"),
        ("DF3001", "FROM debian\nRUN apt-get install -y curl=7.88 ⟦wget git\n"),
        ("DF3001", "FROM debian\nONBUILD RUN apt-get install -y ⟦curl\n"),
        ("DF3001", "FROM debian\r\nRUN apt-get install -y \\\r\n    ⟦curl\r\n"),
        ("DF3001", "FROM debian\nRUN [\"apt-get\", \"install\", \"-y\", ⟦\"curl\"]\n"),
        ("DF3001", "FROM debian\nRUN apt-get install -y curl=7.88.1-10\n"),
        ("DF3001", "FROM debian\nRUN apt-get install -y ./pkg.deb curl/bookworm-backports\n"),
        ("DF3001", "FROM debian\nRUN apt-get install -y -t bookworm-backports curl=1\n"),
        ("DF3001", "FROM debian\nRUN apt-get install -y $PACKAGES\n"),

        // DF3002 apk pinning (DL3018)
        ("DF3002", "FROM alpine\nRUN apk add --no-cache ⟦curl\n"),
        ("DF3002", "FROM alpine\nRUN apk add --no-cache --virtual .deps curl=8.9 ⟦gcc\n"),
        ("DF3002", "FROM alpine\nONBUILD RUN apk add ⟦curl\n"),
        ("DF3002", "FROM alpine\nRUN apk add --no-cache curl=8.9.1-r1 git~2.45\n"),
        ("DF3002", "FROM alpine\nRUN apk add --no-cache -t .deps ./local.apk\n"),
        ("DF3002", "FROM alpine\nRUN apk del curl\n"),

        // DF3003 pip pinning (DL3013)
        ("DF3003", "FROM python\nRUN pip install ⟦flask\n"),
        ("DF3003", "FROM python\nRUN python3 -m pip install --upgrade ⟦pip\n"),
        ("DF3003", "FROM python\nRUN pip3 install --index-url https://x flask==3 ⟦gunicorn\n"),
        ("DF3003", "FROM python\r\nONBUILD RUN pip install \\\r\n  ⟦flask\r\n"),
        ("DF3003", "FROM python\nRUN pip install flask==3.0.3 'gunicorn>=22'\n"),
        ("DF3003", "FROM python\nRUN pip install -r requirements.txt\n"),
        ("DF3003", "FROM python\nRUN pip install -c constraints.txt flask\n"),
        ("DF3003", "FROM python\nRUN pip install . ./dist/app.whl git+https://github.com/x/y@v1\n"),
        ("DF3003", "FROM python\nRUN pipenv install flask\n"),

        // DF3004 npm pinning (DL3016)
        ("DF3004", "FROM node\nRUN npm install -g ⟦pm2\n"),
        ("DF3004", "FROM node\nRUN npm i express@4 ⟦@scope/pkg\n"),
        ("DF3004", "FROM node\nONBUILD RUN npm install --loglevel warn ⟦left-pad\n"),
        ("DF3004", "FROM node\nRUN npm install\n"),
        ("DF3004", "FROM node\nRUN npm install -g pm2@5.4.2 @scope/pkg@1.0.0 ./local git+https://x/y#abc\n"),
        ("DF3004", "FROM node\nRUN npm ci && npm run build\n"),

        // DF3005 latest tag (DL3007)
        ("DF3005", "FROM ⟦node:latest\n"),
        ("DF3005", "FROM --platform=$BUILDPLATFORM ⟦ghcr.io/x/y:latest AS build\n"),
        ("DF3005", "FROM ⟦localhost:5000/app:latest\r\n"),
        ("DF3005", "FROM node:22\n"),
        ("DF3005", "FROM node:latest@sha256:0123456789abcdef\n"),
        ("DF3005", "FROM node\n"),

        // DF3006 untagged image (DL3006)
        ("DF3006", "FROM ⟦ubuntu\n"),
        ("DF3006", "FROM ⟦localhost:5000/app AS x\n"),
        ("DF3006", "FROM golang:1.23 AS build\nFROM ⟦debian\n"),
        ("DF3006", "FROM ubuntu:24.04\n"),
        ("DF3006", "FROM scratch\n"),
        ("DF3006", "FROM golang:1.23 AS build\nFROM build\n"),
        ("DF3006", "FROM ${BASE}\n"),
        ("DF3006", "FROM ubuntu@sha256:0123456789abcdef\n"),

        // DF3007 cd (DL3003)
        ("DF3007", "FROM debian\nRUN ⟦cd /app && make\n"),
        ("DF3007", "FROM debian\nRUN make && ⟦cd /tmp\n"),
        ("DF3007", "FROM debian\nONBUILD RUN ⟦cd /src && make\n"),
        ("DF3007", "FROM debian\r\nRUN true \\\r\n && ⟦cd /src\r\n"),
        ("DF3007", "FROM debian\nWORKDIR /app\nRUN make\n"),
        ("DF3007", "FROM debian\nRUN echo cd /app\n"),
        ("DF3007", "FROM debian\nRUN make -C /app\n"),
        ("DF3007", "FROM debian\nRUN tempDir=\"$(mktemp -d)\" && ⟦cd \"$tempDir\" && make\n"),

        // DF3008 commands that make no sense in a build (DL3001)
        ("DF3008", "FROM debian\nRUN ⟦service nginx start\n"),
        ("DF3008", "FROM debian\nRUN true && ⟦vim /etc/x && ⟦ps aux\n"),
        ("DF3008", "FROM debian\nONBUILD RUN ⟦ssh host\n"),
        ("DF3008", "FROM debian\nRUN apt-get install -y vim\n"),
        ("DF3008", "FROM debian\nRUN echo top\n"),
        ("DF3008", "FROM debian\nCMD [\"top\"]\n"),

        // DF3009 ADD for local files (DL3020)
        ("DF3009", "FROM nginx\n⟦ADD nginx.conf /etc/nginx/\n"),
        ("DF3009", "FROM nginx\n⟦ADD [\"a.txt\", \"/x/\"]\n"),
        ("DF3009", "FROM nginx\nONBUILD ⟦ADD . /app\n"),
        ("DF3009", "FROM nginx\nADD rootfs.tar.xz /\n"),
        ("DF3009", "FROM nginx\nADD https://example.com/x.bin /x\n"),
        ("DF3009", "FROM nginx\nCOPY nginx.conf /etc/nginx/\n"),

        // DF3010 apt (DL3027)
        ("DF3010", "FROM ubuntu\nRUN ⟦apt update\n"),
        ("DF3010", "FROM ubuntu\nRUN apt-get update && ⟦apt install -y curl\n"),
        ("DF3010", "FROM ubuntu\nONBUILD RUN ⟦apt install curl\n"),
        ("DF3010", "FROM ubuntu\nRUN apt-get update\n"),
        ("DF3010", "FROM ubuntu\nRUN apt-cache policy curl\n"),
        ("DF3010", "FROM ubuntu\nRUN echo apt\n"),

        // DF3011 gem pinning (DL3028)
        ("DF3011", "FROM ruby\nRUN gem install ⟦bundler\n"),
        ("DF3011", "FROM ruby\nRUN gem install --no-document rails:7.1 ⟦rake\n"),
        ("DF3011", "FROM ruby\nONBUILD RUN gem i ⟦rails\n"),
        ("DF3011", "FROM ruby\nRUN gem install bundler:2.5.11\n"),
        ("DF3011", "FROM ruby\nRUN gem install bundler -v 2.5.11\n"),
        ("DF3011", "FROM ruby\nRUN gem update --system\n"),

        // DF3012 FROM --platform constant (DL3029)
        ("DF3012", "FROM ⟦--platform=linux/amd64 debian\n"),
        ("DF3012", "FROM ⟦--platform=linux/arm64 golang AS build\n"),
        ("DF3012", "FROM ⟦--platform=$MY_PLATFORM debian\r\n"),
        ("DF3012", "FROM --platform=$BUILDPLATFORM golang AS build\n"),
        ("DF3012", "FROM --platform=${TARGETPLATFORM} debian\n"),
        ("DF3012", "FROM debian\n"),

        // DF4001 last USER root (DL3002)
        ("DF4001", "FROM debian\nUSER ⟦root\n"),
        ("DF4001", "FROM debian\nUSER app\nUSER ⟦0:0\n"),
        ("DF4001", "FROM debian AS base\nUSER ⟦root\nFROM base\n"),
        ("DF4001", "FROM debian\nUSER root\nUSER app\n"),
        ("DF4001", "FROM debian AS build\nUSER root\nFROM debian\nUSER app\n"),
        ("DF4001", "FROM debian\nRUN true\n"),

        // DF4002 sudo (DL3004)
        ("DF4002", "FROM debian\nRUN ⟦sudo apt-get update\n"),
        ("DF4002", "FROM debian\nRUN true && ⟦sudo -u app make\n"),
        ("DF4002", "FROM debian\nONBUILD RUN ⟦sudo make\n"),
        ("DF4002", "FROM debian\nRUN apt-get install -y sudo\n"),
        ("DF4002", "FROM debian\nUSER app\nRUN make\n"),
        ("DF4002", "FROM debian\nRUN echo sudo\n"),
    };

    public static IEnumerable<TestCaseData> Cases() =>
        s_cases.Select((c, i) => new TestCaseData(c.Id, c.Text)
            .SetName($"{c.Id} #{i} {(c.Text.Contains(M) ? "reports" : "silent")}{(c.Text.Contains("\r\n") ? " CRLF" : string.Empty)}{(c.Text.Contains("ONBUILD") ? " ONBUILD" : string.Empty)}"));

    [TestCaseSource(nameof(Cases))]
    public void Rule_reports_exactly_at_the_marks(string id, string marked)
    {
        var (text, expected) = Unmark(marked);
        Assert.That(Positions(id, text, AnalysisOptions.Default), Is.EqualTo(expected), text);
    }

    [TestCase("FROM debian\n# hadolint ignore=DL3008\nRUN true\n", "2:1")]
    [TestCase("# dfa ignore=DF3001\nFROM debian\n", "1:1")]
    [TestCase("FROM debian\r\n  # hadolint global ignore=DL3008,DL3015\r\nRUN true\r\n", "2:3")]
    [TestCase("FROM debian\nRUN pip install --ignore-installed x\n# dfa IGNORE \t = DF3001\n", "3:1")]
    public void DF5001_reports_inline_ignores_when_enabled(string text, string position)
    {
        var options = new AnalysisOptions { EnabledRules = ImmutableHashSet.Create("DF5001") };
        var positions = Positions("DF5001", text, options);
        Assert.That(positions, Is.EqualTo(new[] { position }));
        Assert.That(Positions("DF5001", text, AnalysisOptions.Default), Is.Empty, "DF5001 is opt-in");
    }

    [TestCase("FROM debian\n# Install curl\nRUN true\n")]
    [TestCase("FROM debian\n# hadolint is great\nRUN true\n")]
    [TestCase("# syntax=docker/dockerfile:1\nFROM debian\n# ignore=DL3008\n")]
    [TestCase("FROM debian\nCOPY .dockerignore /x\n# hadolint ignore list: none\nRUN pip install --ignore-installed x\n")]
    public void DF5001_is_silent_on_other_comments(string text)
    {
        var options = new AnalysisOptions { EnabledRules = ImmutableHashSet.Create("DF5001") };
        Assert.That(Positions("DF5001", text, options), Is.Empty);
    }

    [TestCase("FROM ⟦quay.io/x/y:1\n", "docker.io")]
    [TestCase("FROM ⟦ubuntu:24.04\n", "registry.example.com")]
    [TestCase("FROM registry.example.com/a:1 AS a\nFROM debian:12\nCOPY --from=⟦ghcr.io/x/y:1 /a /a\n", "registry.example.com,docker.io")]
    [TestCase("FROM debian:12\nRUN --mount=⟦type=bind,from=ghcr.io/x/y:1,target=/x true\n", "docker.io")]
    [TestCase("FROM ubuntu:24.04\n", "docker.io")]
    [TestCase("FROM mirror.gcr.io/library/ubuntu:24.04\n", "*.gcr.io")]
    [TestCase("FROM registry.example.com:5000/a:1 AS build\nFROM build\nCOPY --from=build /a /a\nFROM scratch\n", "registry.example.com*")]
    [TestCase("FROM quay.io/x/y:1\n", "")]
    public void DF4003_checks_registries_against_the_trusted_list(string marked, string trusted)
    {
        var (text, expected) = Unmark(marked);
        var options = new AnalysisOptions { TrustedRegistries = trusted.Split(new[] { ',' }, System.StringSplitOptions.RemoveEmptyEntries).ToImmutableArray() };
        Assert.That(Positions("DF4003", text, options), Is.EqualTo(expected));
    }

    [Test]
    public void Messages_name_what_is_wrong()
    {
        string Message(string id, string text) =>
            DockerfileAnalysis.Analyze(DockerfileSyntaxTree.ParseText(text)).Single(d => d.Id == id).GetMessage();

        Assert.That(Message("DF3001", "FROM debian\nRUN apt-get install -y curl wget\n"), Does.Contain("`curl` and `wget`").And.Contain("`curl=<version>`"));
        Assert.That(Message("DF1002", "FROM node\nCMD node server.js\n"), Does.Contain("CMD [\"node\", \"server.js\"]"));
        Assert.That(Message("DF1009", "FROM a AS x\nFROM b AS x\n"), Does.Contain("line 1"));
        Assert.That(Message("DF1006", "FROM a\nCOPY a b c /x\n"), Does.Contain("3 sources"));
        Assert.That(Message("DF3008", "FROM a\nRUN service nginx start\n"), Does.Contain("`service nginx start`"));
    }

    internal static (string Text, List<string> Positions) Unmark(string marked)
    {
        var positions = new List<string>();
        var text = new System.Text.StringBuilder();
        int line = 1, column = 1;
        for (int i = 0; i < marked.Length; i++)
        {
            if (string.CompareOrdinal(marked, i, M, 0, M.Length) == 0)
            {
                positions.Add($"{line}:{column}");
                i += M.Length - 1;
                continue;
            }

            char c = marked[i];
            text.Append(c);
            if (c == '\n')
            {
                line++;
                column = 1;
            }
            else if (c != '\r')
            {
                column++;
            }
        }

        return (text.ToString(), positions);
    }

    internal static List<string> Positions(string id, string text, AnalysisOptions options) =>
        DockerfileAnalysis.Analyze(DockerfileSyntaxTree.ParseText(text), options)
            .Where(d => d.Id == id)
            .Select(d => d.Location.GetLineSpan().StartLinePosition)
            .Select(p => $"{p.Line + 1}:{p.Character + 1}")
            .ToList();
}
