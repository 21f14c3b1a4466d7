using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("Dockerfile.Syntax.Tests")]
[assembly: InternalsVisibleTo("Dockerfile.Analysis")]
[assembly: InternalsVisibleTo("Dockerfile.Analysis.Tests")]
[assembly: InternalsVisibleTo("Dockerfile.Benchmarks")]
