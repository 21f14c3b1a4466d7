using System;
using System.Collections.Generic;
using System.Linq;
using Dockerfile.Analysis.CodeFixes;
using Dockerfile.Analysis.Context;
using Dockerfile.Syntax;
using Microsoft.CodeAnalysis;
using NUnit.Framework;
using Fixes = Dockerfile.Analysis.CodeFixes.CodeFixes;

namespace Dockerfile.Analysis.Tests.CodeFixes;

/// <summary>The DF2004 fix that creates or extends .dockerignore: a fix that changes another file than the Dockerfile.</summary>
public class DockerIgnoreFixTests
{
    private const string Comment = "# Generated and secret files, kept out of the build context (added by dfa fix)";

    [Test]
    public void Creates_a_dockerignore_when_there_is_none()
    {
        var fix = SingleFix("FROM node\nWORKDIR /app\nCOPY . .\nRUN npm ci\n", Files(".git/HEAD", "node_modules/x/index.js", "package.json", "package-lock.json", "src/index.js"));

        Assert.That(fix.Changes, Is.Empty, "the Dockerfile is not edited");
        var change = fix.DocumentChanges.Single();
        Assert.That(change.Path, Is.EqualTo(".dockerignore"));
        Assert.That(change.IsNewDocument, Is.True);
        Assert.That(change.NewText.ToString(), Is.EqualTo(Comment + "\n.git\nnode_modules\n"));
        Assert.That(fix.Title, Is.EqualTo("Create .dockerignore leaving out `.git` and `node_modules`"));
    }

    [Test]
    public void Appends_to_an_existing_dockerignore_keeping_its_comments_and_lines()
    {
        string existing = "# docs stay out\n*.md\n!README.md";
        var fix = SingleFix("FROM node\nCOPY . .\n", Files(".git/HEAD", "dist/app.js", "README.md", "notes.md"), existing);

        var change = fix.DocumentChanges.Single();
        Assert.That(change.IsNewDocument, Is.False);
        Assert.That(change.OriginalText!.ToString(), Is.EqualTo(existing));
        Assert.That(change.NewText.ToString(), Is.EqualTo(existing + "\n\n" + Comment + "\n.git\ndist\n"));
        Assert.That(change.Changes.Single().Span.Start, Is.EqualTo(existing.Length), "an insertion at the end, nothing rewritten");
        Assert.That(fix.Title, Is.EqualTo("Add `.git` and `dist` to .dockerignore"));
    }

    [Test]
    public void Keeps_the_line_endings_of_the_existing_file()
    {
        var fix = SingleFix("FROM node\nCOPY . .\n", Files(".git/HEAD", "a.txt"), "*.md\r\n");
        Assert.That(fix.DocumentChanges.Single().NewText.ToString(), Is.EqualTo("*.md\r\n\r\n" + Comment + "\r\n.git\r\n"));

        // A new file takes the Dockerfile's.
        var created = SingleFix("FROM node\r\nCOPY . .\r\n", Files(".git/HEAD", "a.txt"));
        Assert.That(created.DocumentChanges.Single().NewText.ToString(), Is.EqualTo(Comment + "\r\n.git\r\n"));
    }

    [Test]
    public void Never_repeats_a_line_the_file_has()
    {
        // node_modules is in the file but a later exception takes it back: the fix does not add it a second time.
        var fix = SingleFix("FROM node\nCOPY . .\n", Files(".git/HEAD", "node_modules/a.js"), "node_modules\n!node_modules\n");
        string text = fix.DocumentChanges.Single().NewText.ToString();
        Assert.That(text.Split('\n').Count(l => l == "node_modules"), Is.EqualTo(1));
        Assert.That(text, Does.EndWith(Comment + "\n.git\n"));
    }

    [TestCase("FROM golang\nCOPY . .\nRUN go build -ldflags \"-X main.v=$(git describe)\" -o /app\n", ".git/HEAD,main.go,target/x", ".git")]
    [TestCase("FROM node\nCOPY . .\nCMD [\"node\", \"dist/server.js\"]\n", ".git/HEAD,dist/server.js", "dist")]
    [TestCase("FROM node\nCOPY . .\nENV PATH=/app/node_modules/.bin:$PATH\n", ".git/HEAD,node_modules/a.js", "node_modules")]
    public void Leaves_out_what_the_Dockerfile_mentions(string dockerfile, string files, string kept)
    {
        var fix = SingleFix(dockerfile, Files(files.Split(',')));
        var lines = AddedLines(fix);
        Assert.That(lines, Does.Not.Contain(kept));
        Assert.That(lines, Is.Not.Empty, "the other folder is still left out");
    }

    [Test]
    public void Never_removes_a_file_a_dependency_install_reads()
    {
        var files = new Dictionary<string, string>
        {
            [".npmrc"] = "//registry.npmjs.org/:_authToken=abc\n",
            ["package.json"] = "{}",
            [".git/HEAD"] = "ref",
        };

        // npm ci reads .npmrc: it stays, even though it holds a token.
        var withInstall = SingleFix("FROM node\nCOPY . .\nRUN npm ci\n", files);
        Assert.That(AddedLines(withInstall), Is.EqualTo(new[] { ".git" }));

        // Without an install, the token is a secret the copy takes into the image.
        var withoutInstall = SingleFix("FROM node\nCOPY . .\n", files);
        Assert.That(AddedLines(withoutInstall), Is.EqualTo(new[] { ".git", ".npmrc" }));
    }

    [Test]
    public void Never_hides_a_folder_an_instruction_copies_by_name()
    {
        var fix = SingleFix("FROM node\nCOPY node_modules /deps\nCOPY . .\n", Files(".git/HEAD", "node_modules/a.js"));
        Assert.That(AddedLines(fix), Is.EqualTo(new[] { ".git" }));
    }

    [Test]
    public void No_fix_when_nothing_can_be_shown_safe()
    {
        // Everything the rule found is mentioned.
        Assert.That(FixesFor("FROM node\nCOPY . .\nRUN git log && ls node_modules\n", Files(".git/HEAD", "node_modules/a.js")), Is.Empty);

        // No build context: the rule is silent and the provider offers nothing even when asked.
        var tree = DockerfileSyntaxTree.ParseText("FROM node\nCOPY . .\n");
        var diagnostic = Analyze(tree, Files(".git/HEAD")).Single(d => d.Id == "DF2004");
        Assert.That(Fixes.GetFixes(tree, diagnostic), Is.Empty, "without options");
        Assert.That(new DF2004CodeFixProvider().GetFixes(tree, diagnostic, AnalysisOptions.Default), Is.Empty, "without a context");

        // Rules that did not come from a file's text cannot be extended.
        var fromPatterns = BuildContext.FromFiles(new[] { ".git/HEAD", "node_modules/a.js" }, DockerIgnoreFile.FromPatterns(new[] { "*.md" }));
        Assert.That(FixesFor(tree, fromPatterns), Is.Empty);
    }

    [Test]
    public void Fix_all_writes_the_file_once_and_the_result_is_clean()
    {
        string dockerfile = "FROM node AS build\nCOPY . .\nRUN npm ci\n\nFROM node\nCOPY . /app\n";
        var context = BuildContext.FromFiles(Files(".git/HEAD", "node_modules/a.js", "package.json", "package-lock.json", "app.log"));
        var options = new AnalysisOptions { BuildContext = context };
        var tree = DockerfileSyntaxTree.ParseText(dockerfile);

        var result = Fixes.FixAll(tree, options);
        Assert.That(result.Text.ToString(), Is.EqualTo(dockerfile), "the Dockerfile is unchanged");
        Assert.That(result.FixesByRule["DF2004"], Is.EqualTo(1), "one fix wrote the file; the second diagnostic went with it");
        var change = result.DocumentChanges.Single();
        Assert.That(change.IsNewDocument, Is.True);
        Assert.That(change.NewText.ToString(), Is.EqualTo(Comment + "\n.git\nnode_modules\n**/*.log\n"));

        // The context as the fix leaves it: DF2004 is gone and fix-all has nothing more to do.
        var after = new AnalysisOptions { BuildContext = context.WithFileText(change.Path, change.NewText.ToString()) };
        Assert.That(DockerfileAnalysis.Analyze(tree, after).Where(d => d.Id == "DF2004"), Is.Empty);
        var again = Fixes.FixAll(tree, after);
        Assert.That(again.DocumentChanges, Is.Empty);
        Assert.That(again.FixCount, Is.Zero);
    }

    [Test]
    public void Fix_all_extends_an_existing_file_against_its_first_text()
    {
        string existing = "# ours\n*.md\n";
        var context = Context(Files(".git/HEAD", "node_modules/a.js", "README.md"), existing);
        var result = Fixes.FixAll(DockerfileSyntaxTree.ParseText("FROM node\nCOPY . .\n"), new AnalysisOptions { BuildContext = context });

        var change = result.DocumentChanges.Single();
        Assert.That(change.OriginalText!.ToString(), Is.EqualTo(existing));
        Assert.That(change.OriginalText.WithChanges(change.Changes).ToString(), Is.EqualTo(change.NewText.ToString()));
        Assert.That(change.NewText.ToString(), Is.EqualTo(existing + "\n" + Comment + "\n.git\nnode_modules\n"));
    }

    [Test]
    public void Summary_counts_the_fix()
    {
        var tree = DockerfileSyntaxTree.ParseText("FROM node\nCOPY . .\n");
        var options = new AnalysisOptions { BuildContext = BuildContext.FromFiles(Files(".git/HEAD")) };
        var diagnostics = DockerfileAnalysis.Analyze(tree, options);
        var summary = Fixes.Summarize(tree, diagnostics, options);
        Assert.That(summary.HasFix[diagnostics.IndexOf(diagnostics.Single(d => d.Id == "DF2004"))], Is.True);
        Assert.That(summary.FixCount, Is.EqualTo(1));
    }

    [Test]
    public void With_file_text_rereads_the_ignore_rules_and_keeps_the_rest()
    {
        var context = Context(new Dictionary<string, string> { ["a.txt"] = "a", ["b.log"] = "b" }, "*.md\n");
        var changed = context.WithFileText(".dockerignore", "*.md\n*.log\n");
        Assert.That(changed.IsIgnored("b.log"), Is.True);
        Assert.That(context.IsIgnored("b.log"), Is.False, "the old context is unchanged");
        Assert.That(changed.GetFileText(".dockerignore"), Is.EqualTo("*.md\n*.log\n"));
        Assert.That(changed.GetFileText("a.txt"), Is.EqualTo("a"));
        Assert.That(changed.IgnoreFile!.Text, Is.EqualTo("*.md\n*.log\n"));

        var created = BuildContext.FromFiles(new[] { "x.log" }).WithFileText(".dockerignore", "*.log\n");
        Assert.That(created.IsIgnored("x.log"), Is.True);
        Assert.That(created.Files, Does.Contain(".dockerignore"));
    }

    [Test]
    public void The_ignore_file_path_is_relative_to_the_context()
    {
        Assert.That(BuildContext.FromFiles(new[] { "a" }).IgnoreFileContextPath, Is.EqualTo(".dockerignore"));
        Assert.That(Context(Files("a"), "x").IgnoreFileContextPath, Is.EqualTo(".dockerignore"));
        Assert.That(BuildContext.FromFiles(new[] { "a" }, DockerIgnoreFile.Parse("x", "docker/app.Dockerfile.dockerignore")).IgnoreFileContextPath, Is.EqualTo("docker/app.Dockerfile.dockerignore"));
        Assert.That(BuildContext.FromFiles(new[] { "a" }, DockerIgnoreFile.Parse("x", "../elsewhere/Dockerfile.dockerignore")).IgnoreFileContextPath, Is.Null);
    }

    private static Dictionary<string, string> Files(params string[] paths) => paths.ToDictionary(p => p, p => "text of " + p);

    private static BuildContext Context(Dictionary<string, string> files, string? ignore) =>
        BuildContext.FromFiles(files, ignore == null ? null : DockerIgnoreFile.Parse(ignore, ".dockerignore"));

    private static List<Diagnostic> Analyze(DockerfileSyntaxTree tree, Dictionary<string, string> files, string? ignore = null) =>
        DockerfileAnalysis.Analyze(tree, new AnalysisOptions { BuildContext = Context(files, ignore) }).ToList();

    private static List<CodeFix> FixesFor(string dockerfile, Dictionary<string, string> files, string? ignore = null) =>
        FixesFor(DockerfileSyntaxTree.ParseText(dockerfile), Context(files, ignore));

    private static List<CodeFix> FixesFor(DockerfileSyntaxTree tree, BuildContext context)
    {
        var options = new AnalysisOptions { BuildContext = context };
        var diagnostics = DockerfileAnalysis.Analyze(tree, options).Where(d => d.Id == "DF2004").ToList();
        Assert.That(diagnostics, Is.Not.Empty, "DF2004 is reported");
        return diagnostics.SelectMany(d => Fixes.GetFixes(tree, d, options)).ToList();
    }

    private static CodeFix SingleFix(string dockerfile, Dictionary<string, string> files, string? ignore = null)
    {
        var fixes = FixesFor(dockerfile, files, ignore);
        Assert.That(fixes, Has.Count.EqualTo(1));
        return fixes[0];
    }

    private static string[] AddedLines(CodeFix fix)
    {
        var change = fix.DocumentChanges.Single();
        string added = string.Concat(change.Changes.Select(c => c.NewText));
        return added.Replace("\r\n", "\n").Split('\n').Where(l => l.Length > 0 && !l.StartsWith("#", StringComparison.Ordinal)).ToArray();
    }
}
