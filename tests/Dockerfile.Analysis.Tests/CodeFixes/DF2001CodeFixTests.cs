using System.Linq;
using Dockerfile.Analysis.CodeFixes;
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

    private static string Fix(string text)
    {
        var tree = DockerfileSyntaxTree.ParseText(text);
        return Dockerfile.Analysis.CodeFixes.CodeFixes.ApplyAll(tree, DockerfileAnalysis.Analyze(tree).Where(d => d.Id == "DF2001")).ToString();
    }

    [TestCase("\n")]
    [TestCase("\r\n")]
    public void Canonical_pipenv_fix(string eol)
    {
        string input = Canonical.Replace("\n", eol);
        string output = Fix(input);
        Assert.That(output, Is.EqualTo(CanonicalFixed.Replace("\n", eol)));
        var after = DockerfileSyntaxTree.ParseText(output);
        Assert.That(DockerfileAnalysis.Analyze(after).Where(d => d.Id == "DF2001"), Is.Empty);
        Assert.That(after.GetDiagnostics(), Is.Empty);
    }

    [Test]
    public void Fix_has_title_and_keeps_flags_and_destination()
    {
        var tree = DockerfileSyntaxTree.ParseText("FROM node:22\nWORKDIR /srv\nCOPY --chown=node:node --link . /srv\nENV NODE_ENV=production\nRUN npm ci\n");
        var diagnostic = DockerfileAnalysis.Analyze(tree).Single();
        var fix = Dockerfile.Analysis.CodeFixes.CodeFixes.GetFixes(tree, diagnostic).Single();
        Assert.That(fix.Title, Is.EqualTo("Copy package.json and package-lock.json and install dependencies before copying the source"));
        Assert.That(fix.EquivalenceKey, Is.EqualTo("DF2001"));
        Assert.That(Fix(tree.ToString()), Is.EqualTo("FROM node:22\nWORKDIR /srv\nENV NODE_ENV=production\nCOPY --chown=node:node --link package.json package-lock.json /srv/\nRUN npm ci\nCOPY --chown=node:node --link . /srv\n"));
    }

    [Test]
    public void Last_line_without_newline()
    {
        Assert.That(Fix("FROM golang\nWORKDIR /src\nCOPY . .\nRUN go mod download"), Is.EqualTo("FROM golang\nWORKDIR /src\nCOPY go.mod go.sum ./\nRUN go mod download\nCOPY . .\n"));
    }

    [TestCase("FROM node\nWORKDIR /app\nCOPY . .\nRUN npm run prepare\nRUN npm ci\n")]
    [TestCase("FROM node\nWORKDIR /app\nCOPY . .\nUSER node\nRUN npm ci\n")]
    [TestCase("FROM node\nWORKDIR /app\nCOPY . .\nRUN npm ci && npm run build\n")]
    [TestCase("FROM python\nWORKDIR /app\nCOPY . .\nRUN poetry install\n")]
    [TestCase("FROM node\nWORKDIR /app\nCOPY . $APP\nRUN npm ci\n")]
    public void No_fix_when_unsafe(string text)
    {
        var tree = DockerfileSyntaxTree.ParseText(text);
        var diagnostics = DockerfileAnalysis.Analyze(tree).Where(d => d.Id == "DF2001").ToArray();
        Assert.That(diagnostics, Has.Length.EqualTo(1));
        Assert.That(Dockerfile.Analysis.CodeFixes.CodeFixes.GetFixes(tree, diagnostics[0]), Is.Empty);
        Assert.That(Fix(text), Is.EqualTo(text));
    }
}
