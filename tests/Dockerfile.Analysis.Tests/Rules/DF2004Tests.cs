using NUnit.Framework;
using static Dockerfile.Analysis.Tests.Rules.BuildCheckRuleHarness;

namespace Dockerfile.Analysis.Tests.Rules;

public class DF2004Tests
{
    private const string Id = "DF2004";

    [TestCase("FROM node\nWORKDIR /app\nCOPY . .\n", ".git/HEAD,package.json", null, "3:6")]
    [TestCase("FROM node\nCOPY --chown=node . /app\n", "node_modules/x/index.js,package.json", "*.md", "2:19")]
    [TestCase("FROM python\nADD . /app\n", "app.py,.venv/bin/python", ".git", "2:5")]
    [TestCase("FROM rust\nCOPY ./ /src\n", "Cargo.toml,target/debug/app", null, "2:6")]
    [TestCase("FROM node\nCOPY [\".\", \"/app\"]\n", "node_modules/a.js", null, "2:6")]
    public void Reports(string dockerfile, string files, string? ignore, string positions)
    {
        AssertReports(Id, dockerfile, positions, MakeContext(files, ignore));
        AssertReports(Id, Crlf(dockerfile), positions, MakeContext(files, ignore));
    }

    [TestCase("FROM node\nCOPY . .\n", ".git/HEAD,node_modules/a.js", ".git;node_modules")]
    [TestCase("FROM node\nCOPY . .\n", "package.json,src/index.js", null)]
    [TestCase("FROM node\nCOPY src/ /app/src\n", ".git/HEAD", null)]
    [TestCase("FROM node\nCOPY --from=build . /app\n", ".git/HEAD", null)]
    [TestCase("FROM node\nONBUILD COPY . /app\n", ".git/HEAD", null)]
    [TestCase("FROM node\nCOPY . .\n", ".git/HEAD,dist/a.js", "**/.git;dist/")]
    public void Silent(string dockerfile, string files, string? ignore) => AssertSilent(Id, dockerfile, MakeContext(files, ignore));

    [Test]
    public void Silent_without_a_build_context() => AssertSilent(Id, "FROM node\nCOPY . .\n");

    [Test]
    public void Message_names_the_folders_and_the_later_layers()
    {
        Assert.That(Message(Id, "FROM node\nCOPY . .\nRUN npm ci\nRUN npm run build\n", MakeContext(".git/HEAD,node_modules/a.js,README.md", "README.md")),
            Is.EqualTo("`COPY . .` copies `.git` and `node_modules` from the build context, which no .dockerignore excludes: they change with every commit, install or build, so this layer and 2 layers after it rebuild for nothing and the image grows; add them to .dockerignore"));
    }
}
