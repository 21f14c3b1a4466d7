using System.Collections.Generic;

namespace Dockerfile.Cli;

/// <summary>What linting one file gave: its findings, or the error that stopped it from being read.</summary>
internal sealed record FileResult(string Path, DockerfileDocument? Document, IReadOnlyList<Finding> Findings, InputError? Error);
