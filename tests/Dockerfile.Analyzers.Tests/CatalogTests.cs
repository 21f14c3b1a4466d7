using System.Linq;
using Dockerfile.Analysis;
using NUnit.Framework;

namespace Dockerfile.Analyzers.Tests;

/// <summary>The analyzer declares every rule of the library's catalogue, as the library describes it.</summary>
public class CatalogTests
{
    [Test]
    public void SupportedDiagnostics_are_the_catalogue()
    {
        var supported = new DockerfileDiagnosticAnalyzer().SupportedDiagnostics;

        Assert.That(supported.Select(d => d.Id), Is.EqualTo(RuleCatalog.All.Select(r => r.Id)));
        Assert.That(supported.Select(d => d.Id), Is.Unique);
        Assert.That(supported.Select(d => d.Id), Does.Contain("DF2001").And.Contain("DF0001").And.Contain("DF0002"));
    }

    [Test]
    public void Each_descriptor_keeps_the_rule_and_links_its_published_page()
    {
        foreach (var descriptor in new DockerfileDiagnosticAnalyzer().SupportedDiagnostics)
        {
            var rule = RuleCatalog.Find(descriptor.Id)!.Descriptor;
            Assert.That(descriptor.HelpLinkUri, Is.EqualTo(RuleCatalog.GetRulePageUri(descriptor.Id)), descriptor.Id);
            Assert.That(descriptor.HelpLinkUri, Does.StartWith("https://"), descriptor.Id);
            Assert.That(descriptor.Title.ToString(), Is.EqualTo(rule.Title.ToString()), descriptor.Id);
            Assert.That(descriptor.DefaultSeverity, Is.EqualTo(rule.DefaultSeverity), descriptor.Id);
            Assert.That(descriptor.IsEnabledByDefault, Is.EqualTo(rule.IsEnabledByDefault), descriptor.Id);
            Assert.That(descriptor.Category, Is.EqualTo(rule.Category), descriptor.Id);
        }
    }

    [Test]
    public void Every_rule_page_the_help_links_name_exists()
    {
        foreach (var descriptor in new DockerfileDiagnosticAnalyzer().SupportedDiagnostics)
        {
            string page = System.IO.Path.Combine(Samples.RepositoryRoot, "docs", "rules", descriptor.Id + ".md");
            Assert.That(System.IO.File.Exists(page), Is.True, page);
        }
    }
}
