using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("Dockerfile.Analysis.Tests")]
[assembly: InternalsVisibleTo("Dockerfile.Benchmarks")]
[assembly: InternalsVisibleTo("Dockerfile.Fuzz")]
