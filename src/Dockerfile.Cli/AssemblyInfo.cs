using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("Dockerfile.Cli.Tests")]
