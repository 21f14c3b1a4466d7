namespace Dockerfile.Analysis.Context
{
    /// <summary>
    /// A rule of a <c>.dockerignore</c> file that Docker rejects. A real build stops with an error on such a rule;
    /// this library reports it here and leaves the rule out of matching.
    /// </summary>
    public sealed class DockerIgnoreError
    {
        internal DockerIgnoreError(int line, int column, string pattern, string message)
        {
            Line = line;
            Column = column;
            Pattern = pattern;
            Message = message;
        }

        /// <summary>The 1-based line of the rejected rule (0 when the rule did not come from a file).</summary>
        public int Line { get; }

        /// <summary>The 1-based column of the rule's first non-blank character (0 when not from a file).</summary>
        public int Column { get; }

        /// <summary>The rule as it stood after trimming.</summary>
        public string Pattern { get; }

        /// <summary>A human-readable reason.</summary>
        public string Message { get; }

        /// <inheritdoc />
        public override string ToString() => "(" + Line + "," + Column + "): " + Message;
    }
}
