using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Dockerfile.Analysis.Context;
using Dockerfile.Analysis.Rules;
using Dockerfile.Analysis.Testing;
using Dockerfile.Syntax;
using NUnit.Framework;

namespace Dockerfile.Analysis.Tests.Rules;

public class DF4004Tests
{
    private const string Env = "an environment file, which usually holds credentials";

    /// <summary>Runs DF4004 on markup (<c>[|...|]</c> where it must report) with a build context of these files (path, text).</summary>
    private static void Verify(string markup, IEnumerable<(string Path, string Text)> files, string? dockerIgnore = null, params DiagnosticResult[] expected)
    {
        var test = new DockerfileAnalyzerTest { TestCode = markup, DockerIgnore = dockerIgnore, UseBuildContext = true };
        test.Analyzers.Add(new DF4004SecretFilesCopiedFromContext());
        foreach (var (path, text) in files)
        {
            test.ContextFiles[path] = text;
        }

        test.ExpectedDiagnostics.AddRange(expected);
        test.Run();
    }

    private static (string, string)[] Files(params string[] paths) => paths.Select(p => (p, "x\n")).ToArray();

    /// <summary>DF4004's diagnostics on a Dockerfile, with all the built-in rules, as the CLI runs them.</summary>
    private static Microsoft.CodeAnalysis.Diagnostic[] Run(string dockerfile, BuildContext? context) =>
        DockerfileAnalysis.Analyze(DockerfileSyntaxTree.ParseText(dockerfile, "Dockerfile"), new AnalysisOptions { BuildContext = context })
            .Where(d => d.Id == DF4004SecretFilesCopiedFromContext.DiagnosticId)
            .ToArray();

    [Test]
    public void Whole_context_copy_of_an_env_file_is_reported_on_the_dot()
    {
        Verify("FROM node:20\nWORKDIR /app\nCOPY [|.|] .\n", Files(".env", "package.json", "server.js"));
        Verify("FROM node:20\r\nWORKDIR /app\r\nCOPY [|.|] .\r\n", Files(".env", "package.json"));
        Verify("FROM node:20\nWORKDIR /app\nCOPY [|./|] /app/\n", Files(".env.production", "package.json"));
        Verify("FROM python:3.12\nADD [|.|] /app\n", Files(".env"));
        Verify("FROM node:20\nCOPY [|\".\"|] /app/\n", Files(".env"));
        Verify("FROM node:20\nCOPY [[|\".\"|], \"/app/\"]\n", Files(".env"));
        Verify("FROM node:20\nCOPY --chown=node [|.|] /app/\n", Files(".env"));
    }

    [Test]
    public void An_ssh_key_deep_in_the_context_is_reported()
    {
        Verify("FROM alpine\nCOPY . /src/\n", Files("main.go", "deploy/keys/id_rsa", "deploy/keys/id_rsa.pub"),
            expected: DiagnosticResult.Create("DF4004").WithSpan(2, 6, 2, 7)
                .WithMessage("`COPY . /src/` copies `deploy/keys/id_rsa` (an SSH private key) from the build context into a layer of the image, where anyone who can pull the image can read it; add it to .dockerignore"));
    }

    [Test]
    public void Npmrc_is_a_secret_only_when_it_holds_a_token()
    {
        Verify("FROM node:20\nCOPY [|.|] /app/\n", new[] { (".npmrc", "//registry.npmjs.org/:_authToken=npm_abc123\n"), ("package.json", "{}\n") });
        Verify("FROM node:20\nCOPY . /app/\n", new[] { (".npmrc", "fund=false\naudit=false\n"), ("package.json", "{}\n") });
        Verify("FROM python:3.12\nCOPY [|.|] /app/\n", new[] { (".pypirc", "[pypi]\nusername = __token__\npassword = pypi-abc\n") });
        Verify("FROM python:3.12\nCOPY . /app/\n", new[] { (".pypirc", "[pypi]\nusername = __token__\n") });
        Verify("FROM nginx\nCOPY [|certs|] /etc/nginx/certs/\n", new[] { ("certs/server.key", "-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----\n"), ("certs/server.crt", "-----BEGIN CERTIFICATE-----\n") });
        Verify("FROM nginx\nCOPY certs /etc/nginx/certs/\n", new[] { ("certs/server.pem", "-----BEGIN CERTIFICATE-----\n") });
    }

    [Test]
    public void Files_that_look_like_secrets_only_by_name_of_a_template_are_not_reported()
    {
        Verify("FROM node:20\nCOPY . /app/\n", Files(".env.example", ".env.sample", "id_rsa.pub", "package.json"));
    }

    [Test]
    public void Secrets_that_dockerignore_excludes_are_not_reported()
    {
        Verify("FROM node:20\nCOPY . /app/\n", Files(".env", "deploy/id_rsa", "server.js"), ".env\ndeploy/\n");
        Verify("FROM node:20\nCOPY . /app/\n", Files(".env", "config/.env", "server.js"), "**/.env\n");

        // Only what is still sent is reported: the key, not the ignored .env.
        var context = BuildContext.FromFiles(new[] { ".env", "deploy/id_rsa", "server.js" }, DockerIgnoreFile.Parse(".env\n", ".dockerignore"));
        var diagnostic = Run("FROM node:20\nCOPY . /app/\n", context).Single();
        Assert.That(diagnostic.Properties["secrets"], Is.EqualTo("deploy/id_rsa"));
    }

    [Test]
    public void Secrets_left_out_with_exclude_are_not_reported()
    {
        Verify("FROM node:20\nCOPY --exclude=.env --exclude=**/id_rsa . /app/\n", Files(".env", "deploy/id_rsa", "server.js"));
        Verify("FROM node:20\nCOPY --exclude=.env [|.|] /app/\n", Files(".env", "deploy/id_rsa", "server.js"));
    }

    [Test]
    public void A_secret_the_instruction_names_is_not_reported()
    {
        Verify("FROM node:20\nCOPY .env /app/.env\n", Files(".env", "server.js"));
        Verify("FROM node:20\nCOPY ./.env package.json /app/\n", Files(".env", "package.json"));
        Verify("FROM node:20\nCOPY .env* /app/\n", Files(".env", ".env.local"));
        Verify("FROM nginx\nCOPY certs/*.key /etc/nginx/\n", new[] { ("certs/server.key", "-----BEGIN RSA PRIVATE KEY-----\n") });
        Verify("FROM alpine\nCOPY .ssh /root/.ssh\n", Files(".ssh/id_ed25519", ".ssh/known_hosts"));
        Verify("FROM amazon/aws-cli\nCOPY .aws/ /root/.aws/\n", Files(".aws/credentials"));

        // The same file swept in by another COPY is still copied there, into another layer.
        Verify("FROM node:20\nCOPY .env /app/.env\nCOPY [|.|] /app/\n", Files(".env", "server.js"));
    }

    [Test]
    public void A_directory_or_a_glob_that_sweeps_secrets_in_is_reported_on_that_source()
    {
        Verify("FROM node:20\nCOPY [|config/|] /app/config/\n", Files("config/.env", "config/app.json", ".env"));
        Verify("FROM node:20\nCOPY [|config/*|] /app/config/\n", Files("config/.env", "config/app.json"));
        Verify("FROM node:20\nCOPY [|*|] /app/\n", Files(".netrc", "server.js"));
        Verify("FROM node:20\nCOPY package.json [|config|] /app/\n", Files("config/.git-credentials", "package.json"));
        Verify("FROM node:20\nCOPY src/ /app/src/\n", Files("config/.env", "src/index.js"));
        Verify("FROM node:20\nARG CONFIG=config\nCOPY [|$CONFIG|] /app/config/\n", Files("config/.env"));
    }

    [Test]
    public void Each_source_reports_the_secrets_it_takes_once()
    {
        var context = BuildContext.FromFiles(new[] { "config/.env", "secrets/.netrc", "app.js" });
        var diagnostics = Run("FROM node:20\nCOPY config secrets . /app/\n", context);
        Assert.That(diagnostics.Select(d => d.Location.GetLineSpan().StartLinePosition.Character + 1), Is.EqualTo(new[] { 6, 13 }));
        Assert.That(diagnostics.Select(d => d.Properties["secrets"]), Is.EqualTo(new[] { "config/.env", "secrets/.netrc" }));
    }

    [Test]
    public void Copies_that_do_not_read_the_context_are_not_reported()
    {
        Verify("FROM node:20 AS build\nFROM node:20\nCOPY --from=build . /app/\n", Files(".env"));
        Verify("FROM node:20\nCOPY --from=alpine:3.20 / /app/\n", Files(".env"));
        Verify("FROM node:20\nONBUILD COPY . /app/\n", Files(".env"));
        Verify("FROM node:20\nADD https://example.com/a.tar.gz /app/\n", Files(".env"));
        Verify("FROM node:20\nCOPY <<EOF /app/.env\nA=1\nEOF\n", Files(".env"));
    }

    [Test]
    public void Without_a_build_context_nothing_is_reported()
    {
        Assert.That(Run("FROM node:20\nCOPY . /app/\n", null), Is.Empty);
        Assert.That(Run("FROM node:20\nCOPY . /app/\n", BuildContext.FromFiles(Array.Empty<string>())), Is.Empty);
    }

    [Test]
    public void A_secret_copied_into_a_build_stage_only_is_reported_too()
    {
        Verify(
            "FROM node:20 AS build\nWORKDIR /src\nCOPY [|.|] .\nRUN npm ci && npm run build\n\nFROM nginx:1.27\nCOPY --from=build /src/dist /usr/share/nginx/html\n",
            Files(".env", "package.json", "src/index.js"));
    }

    [Test]
    public void The_message_names_three_secrets_and_counts_the_rest_and_the_property_lists_them_all()
    {
        var context = BuildContext.FromFiles(new Dictionary<string, string>
        {
            [".env"] = "A=1\n",
            [".npmrc"] = "//registry.npmjs.org/:_authToken=x\n",
            ["deploy/id_ed25519"] = "key\n",
            [".aws/credentials"] = "[default]\n",
            ["certs/store.p12"] = "p12\n",
            ["server.js"] = "x\n",
        });
        var diagnostic = Run("FROM node:20\nWORKDIR /app\nCOPY . .\n", context).Single();
        Assert.That(diagnostic.GetMessage(), Is.EqualTo(
            "`COPY . .` copies `.aws/credentials` (AWS credentials), `.env` (" + Env + "), `.npmrc` (an .npmrc with a registry token) and 2 more from the build context into a layer of the image, where anyone who can pull the image can read them; add them to .dockerignore"));
        Assert.That(diagnostic.Properties["secrets"], Is.EqualTo(".aws/credentials\n.env\n.npmrc\ncerts/store.p12\ndeploy/id_ed25519"));
        Assert.That(diagnostic.Severity, Is.EqualTo(Microsoft.CodeAnalysis.DiagnosticSeverity.Warning));
        Assert.That(diagnostic.Descriptor.Category, Is.EqualTo("Security"));

        var two = Run("FROM node:20\nCOPY . /app/\n", BuildContext.FromFiles(new[] { ".env", ".netrc" })).Single();
        Assert.That(two.GetMessage(), Is.EqualTo(
            "`COPY . /app/` copies `.env` (" + Env + ") and `.netrc` (a .netrc, which holds login passwords) from the build context into a layer of the image, where anyone who can pull the image can read them; add them to .dockerignore"));
        Assert.That(two.Properties["secrets"], Is.EqualTo(".env\n.netrc"));
    }

    [Test]
    public void A_secret_an_install_after_the_copy_reads_gets_the_secret_mount_advice()
    {
        var context = BuildContext.FromFiles(new Dictionary<string, string>
        {
            [".npmrc"] = "//registry.npmjs.org/:_authToken=x\n",
            [".env"] = "A=1\n",
            ["package.json"] = "{}\n",
        });
        var diagnostic = Run("FROM node:20\nWORKDIR /app\nCOPY . .\nRUN npm ci\n", context).Single();
        Assert.That(diagnostic.GetMessage(), Is.EqualTo(
            "`COPY . .` copies `.env` (" + Env + ") and `.npmrc` (an .npmrc with a registry token) from the build context into a layer of the image, where anyone who can pull the image can read them; add them to .dockerignore, except that the npm install after it reads `.npmrc`: give it to that RUN with --mount=type=secret instead of copying"));

        // An install in another stage, or before the copy, does not read what this copy brings.
        var before = Run("FROM node:20\nRUN npm ci\nCOPY . .\n", context).Single();
        Assert.That(before.GetMessage(), Does.EndWith("add them to .dockerignore"));
    }

    [Test]
    public void The_rule_has_no_hadolint_or_BuildKit_equivalent()
    {
        var rule = RuleCatalog.Find("DF4004")!;
        Assert.That(rule.HadolintEquivalents, Is.Empty);
        Assert.That(rule.BuildKitEquivalents, Is.Empty);
        Assert.That(rule.Descriptor.HelpLinkUri, Is.EqualTo("docs/rules/DF4004.md"));
    }

    [Test]
    public void Results_reused_for_an_unchanged_stage_equal_a_fresh_analysis_with_their_properties()
    {
        // Stage-scoped: after an edit of the first stage, the second stage's diagnostic is reused and moved.
        var context = BuildContext.FromFiles(new[] { ".env", "config/.netrc", "app.js" });
        var options = new AnalysisOptions
        {
            Analyzers = ImmutableArray.Create<DockerfileAnalyzer>(new DF4004SecretFilesCopiedFromContext()),
            BuildContext = context,
            Cache = new AnalyzerCache(),
            AllowParallel = false,
        };
        var tree = DockerfileSyntaxTree.ParseText("FROM node:20 AS build\nCOPY config /cfg/\nFROM node:20\nCOPY . /app/\n", "/src/Dockerfile");
        DockerfileAnalysis.Analyze(tree, options);
        var edited = tree.WithChangedText(tree.GetText().WithChanges(new Microsoft.CodeAnalysis.Text.TextChange(new Microsoft.CodeAnalysis.Text.TextSpan(5, 0), "docker.io/library/")));
        var reused = DockerfileAnalysis.Analyze(edited, options);
        var fresh = DockerfileAnalysis.Analyze(DockerfileSyntaxTree.ParseText(edited.GetText().ToString(), "/src/Dockerfile"), new AnalysisOptions { Analyzers = options.Analyzers, BuildContext = context, Cache = null });

        static string Dump(IEnumerable<Microsoft.CodeAnalysis.Diagnostic> diagnostics) =>
            string.Join("\n", diagnostics.Select(d => $"{d.Location.SourceSpan} {d.GetMessage()} [{string.Join(";", d.Properties.Select(p => p.Key + "=" + p.Value))}]"));
        Assert.That(Dump(reused), Is.EqualTo(Dump(fresh)));
        Assert.That(reused.Select(d => d.Properties["secrets"]), Is.EqualTo(new[] { "config/.netrc", ".env\nconfig/.netrc" }));
    }

    [TestCase("", ".env", false)]
    [TestCase(".env", ".env", true)]
    [TestCase("config/.env", "config/.env", true)]
    [TestCase("config", "config/.env", false)]
    [TestCase(".ssh", ".ssh/id_rsa", true)]
    [TestCase("home/.ssh", "home/.ssh/keys/id_rsa", true)]
    [TestCase(".sshx", ".ssh/id_rsa", false)]
    [TestCase("*.pem", "server.pem", true)]
    [TestCase(".env*", ".env.local", true)]
    [TestCase("config/*", "config/.env", false)]
    [TestCase("*", ".env", false)]
    [TestCase("[.]*", ".env", false)]
    [TestCase("*/*.key", "certs/a.key", true)]
    [TestCase("*.key", "certs/a.key", false)]
    [TestCase("c*", "config/.env", false)]
    public void Names_tells_a_deliberate_source_from_a_sweeping_one(string source, string path, bool names) =>
        Assert.That(DF4004SecretFilesCopiedFromContext.Names(source, path), Is.EqualTo(names));
}
