using System;
using System.Linq;
using System.Reflection;
using Dockerfile.Analysis.CodeFixes;
using Dockerfile.Analysis.Rules;
using NUnit.Framework;

namespace Dockerfile.Analysis.Tests.Catalog;

/// <summary>
/// The built-in analyzers and code fix providers are listed by hand (no reflection, so a trimmed or native dfa keeps
/// them all). These tests find the types by reflection, here only, so that a new rule or fix cannot be left out of
/// the lists or listed twice.
/// </summary>
public class BuiltInListTests
{
    private static readonly Assembly Library = typeof(DockerfileAnalysis).Assembly;

    [Test]
    public void Every_analyzer_type_of_the_rules_namespace_is_listed_once_in_type_name_order()
    {
        var expected = Library.GetTypes()
            .Where(t => t.IsPublic && !t.IsAbstract && typeof(DockerfileAnalyzer).IsAssignableFrom(t)
                && t.Namespace == typeof(DF2001DependencyInstallAfterSourceCopy).Namespace && t.GetConstructor(Type.EmptyTypes) != null)
            .Select(t => t.FullName)
            .OrderBy(n => n, StringComparer.Ordinal)
            .ToList();

        Assert.That(expected, Has.Count.GreaterThanOrEqualTo(90));
        Assert.That(DockerfileAnalysis.BuiltInAnalyzers.Select(a => a.GetType().FullName), Is.EqualTo(expected));
    }

    [Test]
    public void No_analyzer_type_is_left_outside_the_rules_namespace()
    {
        // A public analyzer elsewhere in the library would not be a built-in one: keep them all in Dockerfile.Analysis.Rules.
        var elsewhere = Library.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DockerfileAnalyzer).IsAssignableFrom(t) && t.Namespace != typeof(DF2001DependencyInstallAfterSourceCopy).Namespace)
            .Select(t => t.FullName);
        Assert.That(elsewhere, Is.Empty);
    }

    [Test]
    public void Every_code_fix_provider_type_is_listed_once()
    {
        var expected = Library.GetTypes()
            .Where(t => !t.IsAbstract && typeof(CodeFixProvider).IsAssignableFrom(t))
            .Select(t => t.FullName)
            .OrderBy(n => n, StringComparer.Ordinal)
            .ToList();

        Assert.That(expected, Has.Count.GreaterThanOrEqualTo(14));
        Assert.That(global::Dockerfile.Analysis.CodeFixes.CodeFixes.BuiltInProviders.Select(p => p.GetType().FullName).OrderBy(n => n, StringComparer.Ordinal), Is.EqualTo(expected));
        Assert.That(global::Dockerfile.Analysis.CodeFixes.CodeFixes.BuiltInProviders.Select(p => p.GetType()).Distinct().Count(), Is.EqualTo(expected.Count));
    }
}
