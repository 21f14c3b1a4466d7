using System.Collections.Generic;
using System.Linq;
using Dockerfile.Analysis.CodeFixes;
using Dockerfile.Analysis.Context;
using Dockerfile.Syntax;
using NUnit.Framework;

namespace Dockerfile.Analysis.Tests.CodeFixes;

public class DF2001CodeFixTests
{
    private const string Canonical =
        "FROM python:3.12-slim\n" +
        "WORKDIR /app\n" +
        "# copy the application\n" +
        "COPY . .\n" +
        "# pipenv itself\n" +
        "RUN pip install pipenv\n" +
        "# install the locked dependencies\n" +
        "RUN pipenv install --deploy --system\n" +
        "CMD [\"python\", \"app.py\"]\n";

    private const string CanonicalFixed =
        "FROM python:3.12-slim\n" +
        "WORKDIR /app\n" +
        "# pipenv itself\n" +
        "RUN pip install pipenv\n" +
        "COPY Pipfile Pipfile.lock ./\n" +
        "# install the locked dependencies\n" +
        "RUN pipenv install --deploy --system\n" +
        "# copy the application\n" +
        "COPY . .\n" +
        "CMD [\"python\", \"app.py\"]\n";

    // A build context holding the given files, each empty (enough for the readers: an empty manifest references nothing).
    private static AnalysisOptions Options(params string[] files) =>
        new() { BuildContext = BuildContext.FromFiles(files.ToDictionary(f => f, f => f.EndsWith(".json", System.StringComparison.Ordinal) ? "{}" : string.Empty)) };

    private static string Fix(string text, params string[] files)
    {
        var tree = DockerfileSyntaxTree.ParseText(text);
        return Dockerfile.Analysis.CodeFixes.CodeFixes.ApplyAll(tree, DockerfileAnalysis.Analyze(tree, Options(files)).Where(d => d.Id == "DF2001")).ToString();
    }

    [TestCase("\n")]
    [TestCase("\r\n")]
    public void Canonical_pipenv_fix(string eol)
    {
        string input = Canonical.Replace("\n", eol);
        string output = Fix(input, "Pipfile", "Pipfile.lock", "app.py");
        Assert.That(output, Is.EqualTo(CanonicalFixed.Replace("\n", eol)));
        var after = DockerfileSyntaxTree.ParseText(output);
        Assert.That(DockerfileAnalysis.Analyze(after, Options("Pipfile", "Pipfile.lock", "app.py")).Where(d => d.Id == "DF2001"), Is.Empty);
        Assert.That(after.GetDiagnostics(), Is.Empty);
    }

    [Test]
    public void Fix_has_title_and_keeps_flags_and_destination()
    {
        var tree = DockerfileSyntaxTree.ParseText("FROM node:22\nWORKDIR /srv\nCOPY --chown=node:node --link . /srv\nENV NODE_ENV=production\nRUN npm ci\n");
        var diagnostic = DockerfileAnalysis.Analyze(tree, Options("package.json", "package-lock.json")).Single();
        var fix = Dockerfile.Analysis.CodeFixes.CodeFixes.GetFixes(tree, diagnostic).Single();
        Assert.That(fix.Title, Is.EqualTo("Copy package.json and package-lock.json and install dependencies before copying the source"));
        Assert.That(fix.EquivalenceKey, Is.EqualTo("DF2001"));
        Assert.That(Fix(tree.ToString(), "package.json", "package-lock.json"), Is.EqualTo("FROM node:22\nWORKDIR /srv\nENV NODE_ENV=production\nCOPY --chown=node:node --link package.json package-lock.json /srv/\nRUN npm ci\nCOPY --chown=node:node --link . /srv\n"));
    }

    [Test]
    public void Last_line_without_newline()
    {
        Assert.That(Fix("FROM golang\nWORKDIR /src\nCOPY . .\nRUN go mod download", "go.mod", "go.sum", "main.go"), Is.EqualTo("FROM golang\nWORKDIR /src\nCOPY go.mod go.sum ./\nRUN go mod download\nCOPY . .\n"));
    }

    [TestCase(
        "FROM eclipse-temurin:21\nWORKDIR /app\nCOPY . .\nRUN ./gradlew dependencies --no-daemon\nRUN ./gradlew build\n",
        new[] { "build.gradle", "settings.gradle", "gradlew", "gradle/wrapper/gradle-wrapper.properties", "src/Main.java" },
        "FROM eclipse-temurin:21\nWORKDIR /app\nCOPY build.gradle settings.gradle gradlew ./\nCOPY gradle/ ./gradle/\nRUN ./gradlew dependencies --no-daemon\nCOPY . .\nRUN ./gradlew build\n")]
    [TestCase(
        "FROM gradle:8\nWORKDIR /home/gradle/app\nCOPY --chown=gradle . /home/gradle/app\nRUN gradle dependencies\n",
        new[] { "build.gradle.kts", "gradle.properties", "src/Main.kt" },
        "FROM gradle:8\nWORKDIR /home/gradle/app\nCOPY --chown=gradle build.gradle.kts gradle.properties /home/gradle/app/\nRUN gradle dependencies\nCOPY --chown=gradle . /home/gradle/app\n")]
    [TestCase(
        "FROM oven/bun:1\nWORKDIR /app\nCOPY . .\nRUN bun install --frozen-lockfile\n",
        new[] { "package.json", "bun.lockb", "index.ts" },
        "FROM oven/bun:1\nWORKDIR /app\nCOPY package.json bun.lockb ./\nRUN bun install --frozen-lockfile\nCOPY . .\n")]
    [TestCase(
        "FROM elixir:1.17\nWORKDIR /app\nCOPY . .\nRUN mix local.hex --force\nRUN mix deps.get --only prod\n",
        new[] { "mix.exs", "mix.lock", "lib/app.ex" },
        "FROM elixir:1.17\nWORKDIR /app\nRUN mix local.hex --force\nCOPY mix.exs mix.lock ./\nRUN mix deps.get --only prod\nCOPY . .\n")]
    [TestCase(
        "FROM swift:6.0\nWORKDIR /build\nCOPY . .\nRUN swift package resolve\n",
        new[] { "Package.swift", "Package.resolved", "Sources/App/main.swift" },
        "FROM swift:6.0\nWORKDIR /build\nCOPY Package.swift Package.resolved ./\nRUN swift package resolve\nCOPY . .\n")]
    [TestCase(
        "FROM dart:stable\nWORKDIR /app\nCOPY . .\nRUN dart pub get\n",
        new[] { "pubspec.yaml", "pubspec.lock", "bin/main.dart" },
        "FROM dart:stable\nWORKDIR /app\nCOPY pubspec.yaml pubspec.lock ./\nRUN dart pub get\nCOPY . .\n")]
    [TestCase(
        "FROM continuumio/miniconda3\nWORKDIR /app\nCOPY . .\nRUN conda env create -f env/environment.yml\n",
        new[] { "env/environment.yml", "app.py" },
        "FROM continuumio/miniconda3\nWORKDIR /app\nCOPY env/environment.yml ./env/\nRUN conda env create -f env/environment.yml\nCOPY . .\n")]
    [TestCase(
        "FROM python:3.12\nWORKDIR /app\nCOPY . .\nRUN pip install -r requirements/base.txt -r requirements/prod.txt -c constraints.txt\n",
        new[] { "requirements/base.txt", "requirements/prod.txt", "constraints.txt", "app.py" },
        "FROM python:3.12\nWORKDIR /app\nCOPY requirements/base.txt requirements/prod.txt ./requirements/\nCOPY constraints.txt ./\nRUN pip install -r requirements/base.txt -r requirements/prod.txt -c constraints.txt\nCOPY . .\n")]
    public void Fix_in_the_other_ecosystems(string before, string[] files, string after)
    {
        Assert.That(Fix(before, files), Is.EqualTo(after));
        Assert.That(DockerfileAnalysis.Analyze(DockerfileSyntaxTree.ParseText(after), Options(files)).Where(d => d.Id == "DF2001"), Is.Empty);
    }

    private static string FixWithContext(string text, params string[] files)
    {
        var tree = DockerfileSyntaxTree.ParseText(text);
        var options = Options(files);
        return Dockerfile.Analysis.CodeFixes.CodeFixes.ApplyAll(tree, DockerfileAnalysis.Analyze(tree, options).Where(d => d.Id == "DF2001")).ToString();
    }

    [TestCase(
        "FROM node:22\nWORKDIR /app\nCOPY . .\nRUN npm ci\n",
        new[] { "package.json", "package-lock.json", "npm-shrinkwrap.json", ".npmrc", "index.js" },
        "FROM node:22\nWORKDIR /app\nCOPY package.json package-lock.json npm-shrinkwrap.json .npmrc ./\nRUN npm ci\nCOPY . .\n")]
    [TestCase(
        "FROM node:22\nWORKDIR /app\nCOPY . .\nRUN npm ci\n",
        new[] { "package.json", "npm-shrinkwrap.json", "index.js" },
        "FROM node:22\nWORKDIR /app\nCOPY package.json npm-shrinkwrap.json ./\nRUN npm ci\nCOPY . .\n")]
    [TestCase(
        "FROM node:22\nWORKDIR /app\nCOPY --chown=node . .\nRUN yarn install --immutable\n",
        new[] { "package.json", "yarn.lock", ".yarnrc.yml", "src/index.ts" },
        "FROM node:22\nWORKDIR /app\nCOPY --chown=node package.json yarn.lock .yarnrc.yml ./\nRUN yarn install --immutable\nCOPY --chown=node . .\n")]
    [TestCase(
        "FROM node:22\nWORKDIR /app\nCOPY . .\nRUN yarn\n",
        new[] { "package.json", "yarn.lock", "index.js" },
        "FROM node:22\nWORKDIR /app\nCOPY package.json yarn.lock ./\nRUN yarn\nCOPY . .\n")]
    public void Fix_copies_the_optional_manifests_the_build_context_holds(string before, string[] files, string after)
    {
        Assert.That(FixWithContext(before, files), Is.EqualTo(after));
        var tree = DockerfileSyntaxTree.ParseText(after);
        Assert.That(DockerfileAnalysis.Analyze(tree, Options(files)).Where(d => d.Id == "DF2001"), Is.Empty);
    }

    [TestCase("FROM node:22\nWORKDIR /app\nCOPY . .\nRUN npm ci\n")]
    [TestCase("FROM node:22\nWORKDIR /app\nCOPY . .\nRUN yarn install\n")]
    [TestCase("FROM python:3.12\nWORKDIR /app\nCOPY . .\nRUN pip install -r requirements.txt\n")]
    public void Without_build_context_no_fix_is_offered_and_the_message_says_why(string text)
    {
        var tree = DockerfileSyntaxTree.ParseText(text);
        var diagnostic = DockerfileAnalysis.Analyze(tree).Single(d => d.Id == "DF2001");
        Assert.That(diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), Does.EndWith("(no fix: a build context is needed to know which files it reads)"));
        Assert.That(Dockerfile.Analysis.CodeFixes.CodeFixes.GetFixes(tree, diagnostic), Is.Empty);
    }

    // Found by the fixall fuzz target (Fixtures/Fuzz/fixall): the new COPY was uppercase in a lowercase file
    // (a new DF5083) and, without WORKDIR, a second DF1044 (see No_fix_when_unsafe).
    [TestCase("from node:22\nworkdir /app\ncopy . .\nrun npm ci\n", "from node:22\nworkdir /app\ncopy package.json package-lock.json ./\nrun npm ci\ncopy . .\n")]
    [TestCase("FROM node:22\nWORKDIR /app\nCOPY . .\nrun npm ci\n", "FROM node:22\nWORKDIR /app\nCOPY package.json package-lock.json ./\nrun npm ci\nCOPY . .\n")]
    public void The_new_copy_follows_the_keyword_case_and_adds_no_finding(string before, string after)
    {
        Assert.That(Fix(before, "package.json", "package-lock.json"), Is.EqualTo(after));
        CodeFixVerifier.VerifyNotWorse(before, after, new Dictionary<string, int> { ["DF2001"] = 1 }, "DF2001", Options("package.json", "package-lock.json"));
    }

    [TestCase("FROM node\nWORKDIR /app\nCOPY . .\nRUN npm run prepare\nRUN npm ci\n")]
    [TestCase("FROM ruby\nWORKDIR /app\nCOPY . .\nRUN pod install\n")]
    [TestCase("FROM eclipse-temurin\nWORKDIR /app\nCOPY . .\nRUN chmod +x gradlew && ./gradlew dependencies\n")]
    [TestCase("FROM node\nWORKDIR /app\nCOPY . .\nUSER node\nRUN npm ci\n")]
    [TestCase("FROM node\nWORKDIR /app\nCOPY . .\nRUN npm ci && npm run build\n")]
    [TestCase("FROM python\nWORKDIR /app\nCOPY . .\nRUN poetry install\n")]
    [TestCase("FROM node\nWORKDIR /app\nCOPY . $APP\nRUN npm ci\n")]
    [TestCase("FROM node\nCOPY . .\nRUN npm ci\n")]
    [TestCase("FROM python\nWORKDIR /app\nCOPY . .\nRUN pip install -r.\n")]
    [TestCase("FROM node\nCOPY . app/\nWORKDIR /app\nRUN npm ci\n")]
    [TestCase("FROM node\nWORKDIR /app\nCOPY . .\nRUN npm ci\n", true)]
    public void No_fix_when_unsafe(string text, bool namesOnly = false)
    {
        var tree = DockerfileSyntaxTree.ParseText(text);
        string[] files = { "package.json", "package-lock.json", "pyproject.toml", "poetry.lock", "build.gradle", "gradlew", "Podfile", "src/index.js" };

        // A context of names only: package.json cannot be read, so its workspaces and scripts are unknown.
        var options = namesOnly ? new AnalysisOptions { BuildContext = BuildContext.FromFiles(files) } : Options(files);
        var diagnostics = DockerfileAnalysis.Analyze(tree, options).Where(d => d.Id == "DF2001").ToArray();
        Assert.That(diagnostics, Has.Length.EqualTo(1));
        Assert.That(Dockerfile.Analysis.CodeFixes.CodeFixes.GetFixes(tree, diagnostics[0]), Is.Empty);
        if (!namesOnly)
        {
            Assert.That(Fix(text, files), Is.EqualTo(text));
        }
    }
}
