using System;
using Dockerfile.Analysis.Semantics;
using Dockerfile.Syntax;

namespace Dockerfile.Analysis.Rules.Support;

/// <summary>Whether a stage is built on a Windows base image (servercore, nanoserver, <c>/windows/</c>).</summary>
internal static class WindowsStages
{
    /// <summary>Whether an image reference names a Windows base image.</summary>
    private static bool IsWindowsImage(string? image) =>
        image != null && (image.IndexOf("/windows/", StringComparison.OrdinalIgnoreCase) >= 0
            || image.IndexOf("nanoserver", StringComparison.OrdinalIgnoreCase) >= 0
            || image.IndexOf("servercore", StringComparison.OrdinalIgnoreCase) >= 0);

    /// <summary>
    /// Whether the stage of a top-level instruction is built on a Windows image, followed through
    /// <c>FROM &lt;stage&gt;</c> to the image at the bottom.
    /// </summary>
    public static bool IsOnWindows(DockerfileSemanticModel model, InstructionSyntax instruction) => IsOnWindows(model.GetStage(instruction));

    /// <summary>Whether a stage is built on a Windows image, followed through <c>FROM &lt;stage&gt;</c> to the image at the bottom.</summary>
    public static bool IsOnWindows(DockerfileStage? stage)
    {
        for (int depth = 0; stage?.BaseStage != null && depth < 1000; depth++)
        {
            stage = stage.BaseStage;
        }

        return IsWindowsImage(stage?.ExpandedBaseImage);
    }
}
