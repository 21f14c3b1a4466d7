using System.Collections.Generic;
using System.IO;
using NUnit.Framework;

namespace Dockerfile.Cli.Tests;

/// <summary>A corpus test that cannot run says why in what <c>dotnet test</c> prints at its default verbosity.</summary>
public class SkipNoticeTests
{
    [Test]
    public void Corpus_test_without_the_corpus_says_why_at_default_verbosity()
    {
        // The syntax tests' assembly, built beside ours (same configuration) when the solution is built.
        string configurationFolder = Path.GetRelativePath(Path.Combine(CliRunner.RepositoryRoot, "tests", "Dockerfile.Cli.Tests"), System.AppContext.BaseDirectory);
        string assembly = Path.Combine(CliRunner.RepositoryRoot, "tests", "Dockerfile.Syntax.Tests", configurationFolder, "Dockerfile.Syntax.Tests.dll");
        if (!File.Exists(assembly))
        {
            TestSkip.Because("the syntax tests are not built (build the solution to run this test)");
        }

        var environment = new Dictionary<string, string> { ["DFA_TEST_CORPUS"] = string.Empty };
        var (_, output, error) = CliRunner.RunProcess("dotnet", CliRunner.RepositoryRoot, null, environment, "test", assembly, "--filter", "FullyQualifiedName~Corpus.RoundTripTests.EveryRealDockerfileRoundTrips");
        Assert.That(output + error, Does.Contain(
            "Skipped Dockerfile.Syntax.Tests.Corpus.RoundTripTests.EveryRealDockerfileRoundTrips: the shared corpus (shared/corpus beside the repository or above it) is not present"));
    }
}
