using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Dockerfile.Analysis.CodeFixes;
using Dockerfile.Analysis.Rules;
using Dockerfile.Analysis.Testing;
using Dockerfile.Syntax;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using NUnit.Framework;
using SyntaxKind = Dockerfile.Syntax.SyntaxKind;

namespace Dockerfile.Analysis.Tests.Testing;

/// <summary>The fix of <see cref="InternalRegistryAnalyzer"/>.</summary>
public sealed class InternalRegistryCodeFix : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create("ACME001");

    public override IEnumerable<CodeFix> GetFixes(DockerfileSyntaxTree tree, Diagnostic diagnostic)
    {
        string image = tree.GetText().ToString(diagnostic.Location.SourceSpan);
        int slash = image.IndexOf('/');
        if (slash >= 0 && (image.Substring(0, slash).Contains('.') || image.Substring(0, slash).Contains(':')))
        {
            yield break; // Another registry: its mirror may not exist, so there is no safe fix.
        }

        yield return new CodeFix("Pull from registry.acme.test", "ACME001", ImmutableArray.Create(new TextChange(new TextSpan(diagnostic.Location.SourceSpan.Start, 0), "registry.acme.test/")));
    }
}

public class VerifierTests
{
    [Test]
    public void Markup_marks_the_expected_diagnostics()
    {
        DockerfileAnalyzerVerifier<InternalRegistryAnalyzer>.VerifyAnalyzer("FROM [|alpine:3.20|] AS build\nFROM build\nFROM registry.acme.test/alpine:3.20\nFROM scratch\n");
    }

    [Test]
    public void A_missing_diagnostic_fails_with_what_was_found_written_as_code()
    {
        DockerfileAnalyzerVerifier<InternalRegistryAnalyzer>.VerifyAnalyzer("FROM [|alpine:3.20|]\nFROM [|debian:12|]\nFROM registry.acme.test/x\n");

        var failure = Assert.Throws<VerificationException>(() => DockerfileAnalyzerVerifier<InternalRegistryAnalyzer>.VerifyAnalyzer("FROM alpine:3.20\n"));
        Assert.That(failure!.Message, Does.Contain("found, not expected: ACME001 at 1:6-1:17 Warning: `alpine:3.20` is not pulled"));
        Assert.That(failure.Message, Does.Contain("DiagnosticResult.Create(\"ACME001\").WithSpan(1, 6, 1, 17).WithMessage(\"`alpine:3.20` is not pulled from registry.acme.test; use its mirror there\")"));

        failure = Assert.Throws<VerificationException>(() => DockerfileAnalyzerVerifier<InternalRegistryAnalyzer>.VerifyAnalyzer("FROM [|registry.acme.test/alpine|]\n"));
        Assert.That(failure!.Message, Does.Contain("expected, not found: ACME001 at 1:6-1:31"));
    }

    [Test]
    public void Arguments_messages_and_severities_are_compared()
    {
        var diagnostic = DockerfileAnalyzerVerifier<InternalRegistryAnalyzer>.Diagnostic().WithSpan(1, 6, 1, 12);
        DockerfileAnalyzerVerifier<InternalRegistryAnalyzer>.VerifyAnalyzer("FROM alpine\n", diagnostic.WithArguments("alpine").WithSeverity(DiagnosticSeverity.Warning));
        Assert.Throws<VerificationException>(() => DockerfileAnalyzerVerifier<InternalRegistryAnalyzer>.VerifyAnalyzer("FROM alpine\n", diagnostic.WithArguments("debian")));
        Assert.Throws<VerificationException>(() => DockerfileAnalyzerVerifier<InternalRegistryAnalyzer>.VerifyAnalyzer("FROM alpine\n", diagnostic.WithSeverity(DiagnosticSeverity.Error)));
        Assert.Throws<VerificationException>(() => DockerfileAnalyzerVerifier<InternalRegistryAnalyzer>.VerifyAnalyzer("FROM alpine\n", diagnostic.WithSpan(1, 1, 1, 5)));
        DockerfileAnalyzerVerifier<InternalRegistryAnalyzer>.VerifyAnalyzer("FROM alpine\n", diagnostic.WithMessage("`alpine` is not pulled from registry.acme.test; use its mirror there"));
    }

    [Test]
    public void Configuration_files_beside_the_Dockerfile_apply()
    {
        var test = new DockerfileAnalyzerTest
        {
            TestCode = "FROM alpine\n",
            EditorConfig = "root = true\n[Dockerfile]\ndotnet_diagnostic.ACME001.severity = error\n",
        };
        test.Analyzers.Add(new InternalRegistryAnalyzer());
        test.ExpectedDiagnostics.Add(DiagnosticResult.Create("ACME001").WithSpan(1, 6, 1, 12).WithSeverity(DiagnosticSeverity.Error));
        test.Run();

        var ignored = new DockerfileAnalyzerTest { TestCode = "FROM alpine\n", HadolintConfig = "ignored:\n  - ACME001\n" };
        ignored.Analyzers.Add(new InternalRegistryAnalyzer());
        ignored.Run();
    }

    [Test]
    public void Ids_in_markup_name_rules_of_several_analyzers_and_the_build_context_is_given_as_files()
    {
        var test = new DockerfileAnalyzerTest
        {
            TestCode =
                "FROM {|ACME001:python:3.12-slim|}\n" +
                "WORKDIR /app\n" +
                "COPY . .\n" +
                "{|DF2001:RUN pipenv install --deploy --system|}\n",
        };
        test.Analyzers.Add(new InternalRegistryAnalyzer());
        test.Analyzers.Add(new DF2001DependencyInstallAfterSourceCopy());
        test.ContextFiles["Pipfile"] = "[packages]\nflask = \"*\"\n";
        test.ContextFiles["Pipfile.lock"] = "{}\n";
        test.ContextFiles["app.py"] = "print(1)\n";
        test.Run();

        // `[|...|]` is for one rule: with two analyzers it asks for ids.
        var ambiguous = new DockerfileAnalyzerTest { TestCode = "FROM [|alpine|]\n" };
        ambiguous.Analyzers.Add(new InternalRegistryAnalyzer());
        ambiguous.Analyzers.Add(new DF2001DependencyInstallAfterSourceCopy());
        Assert.That(() => ambiguous.Run(), Throws.InvalidOperationException.With.Message.Contains("{|ID:...|}"));
    }

    [Test]
    public void A_fix_is_applied_one_diagnostic_at_a_time_and_by_fix_all()
    {
        DockerfileCodeFixVerifier<InternalRegistryAnalyzer, InternalRegistryCodeFix>.VerifyCodeFix(
            "FROM [|alpine:3.20|] AS a\nFROM [|debian:12|]\n",
            "FROM registry.acme.test/alpine:3.20 AS a\nFROM registry.acme.test/debian:12\n");

        // No safe fix for another registry: the fixed text is the test text, and the diagnostic stays.
        var test = new DockerfileCodeFixTest
        {
            TestCode = "FROM [|ghcr.io/acme/tool:1|]\n",
            FixedCode = "FROM [|ghcr.io/acme/tool:1|]\n",
        };
        test.Analyzers.Add(new InternalRegistryAnalyzer());
        test.CodeFixProviders.Add(new InternalRegistryCodeFix());
        test.Run();

        var wrong = Assert.Throws<VerificationException>(() => DockerfileCodeFixVerifier<InternalRegistryAnalyzer, InternalRegistryCodeFix>.VerifyCodeFix("FROM [|alpine|]\n", "FROM alpine\n"));
        Assert.That(wrong!.Message, Does.Contain("expected: FROM alpine").And.Contain("found:    FROM registry.acme.test/alpine"));
    }

    [Test]
    public void Built_in_rules_and_fixes_read_well_through_the_verifier()
    {
        DockerfileCodeFixVerifier<DF1001AptGetInstallWithoutYes, DF1001CodeFixProvider>.VerifyCodeFix(
            "FROM debian:12\nRUN apt-get update && [|apt-get install|] curl\n",
            "FROM debian:12\nRUN apt-get update && apt-get install -y curl\n");

        // DF2001 without a build context: reported, not fixed (the fix must know which files the install reads).
        var test = new DockerfileCodeFixTest
        {
            TestCode = "FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\n[|RUN pip install -r requirements.txt|]\n",
            FixedCode = "FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\n[|RUN pip install -r requirements.txt|]\n",
        };
        test.Analyzers.Add(new DF2001DependencyInstallAfterSourceCopy());
        test.CodeFixProviders.Add(new DF2001CodeFixProvider());
        test.Run();

        // With one, fixed.
        var withContext = new DockerfileCodeFixTest
        {
            TestCode = "FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\n[|RUN pip install -r requirements.txt|]\n",
            FixedCode = "FROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt ./\nRUN pip install -r requirements.txt\nCOPY . .\n",
        };
        withContext.Analyzers.Add(new DF2001DependencyInstallAfterSourceCopy());
        withContext.CodeFixProviders.Add(new DF2001CodeFixProvider());
        withContext.ContextFiles["requirements.txt"] = "flask==3.0.0\n";
        withContext.ContextFiles["app.py"] = "print(1)\n";
        withContext.Run();
    }

    [Test]
    public void A_fix_that_writes_a_context_file_is_checked_through_FixedContextFiles()
    {
        const string Comment = "# Generated and secret files, kept out of the build context (added by dfa fix)";
        DockerfileCodeFixTest Make()
        {
            var test = new DockerfileCodeFixTest
            {
                TestCode = "FROM node:22\nCOPY [|.|] /app\n",
                FixedCode = "FROM node:22\nCOPY . /app\n",
                FixAllFixedCode = "FROM node:22\nCOPY . /app\n",
                DockerIgnore = "*.md\n",
            };
            test.Analyzers.Add(new DF2004WholeContextCopyWithoutIgnore());
            test.CodeFixProviders.Add(new DF2004CodeFixProvider());
            test.ContextFiles["dist/app.js"] = "x";
            test.ContextFiles["server.js"] = "y";
            return test;
        }

        var right = Make();
        right.FixedContextFiles[".dockerignore"] = "*.md\n\n" + Comment + "\ndist\n";
        right.Run();

        var unlisted = Make();
        Assert.That(() => unlisted.Run(), Throws.TypeOf<VerificationException>().With.Message.Contains("a fix wrote .dockerignore, which FixedContextFiles does not list"));

        var wrong = Make();
        wrong.FixedContextFiles[".dockerignore"] = "*.md\ndist\n";
        Assert.That(() => wrong.Run(), Throws.TypeOf<VerificationException>().With.Message.Contains(".dockerignore differs from what was expected"));
    }

    [TestCase("FROM [|alpine\n", "not closed")]
    [TestCase("FROM alpine|]\n", "closes no marker")]
    [TestCase("FROM [|al[|pine|]|]\n", "do not nest")]
    [TestCase("FROM {|alpine|}\n", "an id and a colon")]
    public void Broken_markup_is_a_clear_error(string markup, string message)
    {
        Assert.That(() => TestMarkup.Parse(markup, out _), Throws.TypeOf<FormatException>().With.Message.Contains(message));
    }

    [Test]
    public void Markup_spans_are_offsets_in_the_text_without_markup()
    {
        var spans = TestMarkup.Parse("a[|bc|]d{|X1:e|}", out string text);
        Assert.That(text, Is.EqualTo("abcde"));
        Assert.That(spans, Is.EqualTo(new (string?, TextSpan)[] { (null, new TextSpan(1, 2)), ("X1", new TextSpan(4, 1)) }));
    }
}
