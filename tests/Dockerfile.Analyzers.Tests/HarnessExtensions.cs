using System;

namespace Dockerfile.Analyzers.Tests;

/// <summary>Small helpers for building harnesses fluently.</summary>
internal static class HarnessExtensions
{
    /// <summary>Applies a change to a harness and returns it.</summary>
    public static AnalyzerHarness Let(this AnalyzerHarness harness, Action<AnalyzerHarness> change)
    {
        change(harness);
        return harness;
    }
}
