using NUnit.Framework;

namespace Dockerfile.Cli.Tests;

/// <summary>Ignores a test that cannot run here, saying why where <c>dotnet test</c> shows it at its default verbosity.</summary>
internal static class TestSkip
{
    /// <summary>
    /// Writes the reason on <see cref="TestContext.Error"/> (printed at the default verbosity, where an ignored test's
    /// reason and <c>TestContext.Progress</c> are not) and ignores the test.
    /// </summary>
    public static void Because(string reason)
    {
        TestContext.Error.WriteLine($"Skipped {TestContext.CurrentContext.Test.FullName}: {reason}");
        Assert.Ignore(reason);
    }
}
