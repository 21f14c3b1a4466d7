namespace Dockerfile.Cli;

/// <summary>The process exit codes.</summary>
internal static class ExitCodes
{
    /// <summary>Nothing at or above the failure threshold.</summary>
    public const int Clean = 0;

    /// <summary>Findings.</summary>
    public const int Findings = 1;

    /// <summary>Usage or I/O error.</summary>
    public const int BadInput = 2;
}
