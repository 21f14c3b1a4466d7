using System;
using System.Collections.Generic;

namespace Dockerfile.Analysis.Context
{
    /// <summary>
    /// A parsed <c>.dockerignore</c> file, read and matched with the rules of Docker's
    /// <c>moby/patternmatcher</c> package (<c>ignorefile.ReadAll</c> and <c>MatchesOrParentMatches</c>).
    /// </summary>
    /// <remarks>
    /// Reading: a UTF-8 byte order mark is dropped; a line whose very first character is <c>#</c> is a comment
    /// (an indented <c>#</c> is a pattern); other lines are trimmed and blank ones skipped; a leading <c>!</c>
    /// marks an exception; the pattern is cleaned like Go's <c>filepath.Clean</c> and one leading <c>/</c> removed.
    /// Matching: every rule is tried in order and the last rule that matches the path, or one of its parent
    /// directories, decides; an exception only re-includes paths that an earlier rule ignored.
    /// </remarks>
    public sealed class DockerIgnoreFile
    {
        private static readonly char[] LineBreak = { '\n' };

        private DockerIgnoreFile(string? path, IReadOnlyList<DockerIgnorePattern> patterns, IReadOnlyList<DockerIgnoreError> errors, string? text = null)
        {
            Text = text;
            Path = path;
            Patterns = patterns;
            Errors = errors;
        }

        /// <summary>The path the text came from, as given to <see cref="Parse"/>; <see langword="null"/> when unknown.</summary>
        public string? Path { get; }

        /// <summary>
        /// The text the rules were parsed from (as given to <see cref="Parse"/>); <see langword="null"/> for rules made with
        /// <see cref="FromPatterns"/>. A fix that extends the file edits this text.
        /// </summary>
        public string? Text { get; }

        /// <summary>The valid rules in file order.</summary>
        public IReadOnlyList<DockerIgnorePattern> Patterns { get; }

        /// <summary>The rejected rules in file order; empty when the file is valid.</summary>
        public IReadOnlyList<DockerIgnoreError> Errors { get; }

        /// <summary>Parses the text of a <c>.dockerignore</c> file. Never throws; bad rules go to <see cref="Errors"/>.</summary>
        /// <param name="text">The file content (<see langword="null"/> is treated as empty).</param>
        /// <param name="path">Optional path of the file, kept in <see cref="Path"/>.</param>
        public static DockerIgnoreFile Parse(string text, string? path = null)
        {
            var patterns = new List<DockerIgnorePattern>();
            var errors = new List<DockerIgnoreError>();
            string content = text ?? string.Empty;
            if (content.Length == 0)
            {
                return new DockerIgnoreFile(path, patterns, errors, content);
            }

            string[] lines = content.Split(LineBreak);
            int count = lines.Length;

            // Like a Go line scanner: a final line break does not start another line.
            if (lines[count - 1].Length == 0)
            {
                count--;
            }

            for (int i = 0; i < count; i++)
            {
                string line = lines[i];
                if (line.EndsWith("\r", StringComparison.Ordinal))
                {
                    line = line.Substring(0, line.Length - 1);
                }

                if (i == 0 && line.Length > 0 && line[0] == '\uFEFF')
                {
                    line = line.Substring(1);
                }

                // Only a '#' in the first column starts a comment; this check happens before trimming.
                if (line.StartsWith("#", StringComparison.Ordinal))
                {
                    continue;
                }

                string trimmed = line.Trim();
                if (trimmed.Length == 0)
                {
                    continue;
                }

                int column = line.IndexOf(trimmed[0]) + 1;
                bool invert = trimmed[0] == '!';
                string pattern = invert ? trimmed.Substring(1).Trim() : trimmed;
                if (pattern.Length > 0)
                {
                    pattern = GoPath.Clean(pattern);
                    if (pattern.Length > 1 && pattern[0] == '/')
                    {
                        pattern = pattern.Substring(1);
                    }
                }

                if (invert)
                {
                    pattern = "!" + pattern;
                }

                Add(pattern, i + 1, column, trimmed, patterns, errors);
            }

            return new DockerIgnoreFile(path, patterns, errors, content);
        }

        /// <summary>
        /// Reports whether the builder leaves <paramref name="relativePath"/> out of the build context.
        /// </summary>
        /// <param name="relativePath">
        /// A file or directory path relative to the context root, with <c>/</c> separators; a leading <c>/</c> or
        /// <c>./</c> and a trailing <c>/</c> are accepted. The context root itself is never ignored.
        /// </param>
        /// <returns><see langword="true"/> when the last rule matching the path (or one of its parents) is not an exception.</returns>
        public bool IsIgnored(string relativePath) => Evaluate(Patterns, relativePath);

        /// <summary>
        /// Same as <see cref="IsIgnored"/>: <see langword="true"/> when the path is excluded from the context.
        /// Named after Docker's wording, in which <c>.dockerignore</c> rules are "exclude patterns".
        /// </summary>
        /// <param name="relativePath">A path relative to the context root, as for <see cref="IsIgnored"/>.</param>
        public bool Excludes(string relativePath) => IsIgnored(relativePath);

        /// <summary>
        /// Builds a matcher from a plain list of patterns (for example <c>COPY --exclude</c> values), applying
        /// only patternmatcher's own normalisation (trim, clean, <c>!</c>). Line numbers are the 1-based list positions.
        /// </summary>
        internal static DockerIgnoreFile FromPatterns(IEnumerable<string> patterns)
        {
            var valid = new List<DockerIgnorePattern>();
            var errors = new List<DockerIgnoreError>();
            int index = 0;
            foreach (string? pattern in patterns)
            {
                index++;
                if (pattern != null)
                {
                    Add(pattern, index, 1, pattern, valid, errors);
                }
            }

            return new DockerIgnoreFile(null, valid, errors);
        }

        /// <summary>The decision rule of patternmatcher's <c>MatchesOrParentMatches</c>.</summary>
        internal static bool Evaluate(IReadOnlyList<DockerIgnorePattern> patterns, string relativePath)
        {
            if (relativePath == null || patterns.Count == 0)
            {
                return false;
            }

            string path = GoPath.NormalizeContextPath(relativePath);
            if (path.Length == 0)
            {
                return false;
            }

            bool matched = false;
            foreach (DockerIgnorePattern pattern in patterns)
            {
                // An ordinary rule cannot change an already ignored path, nor an exception a kept one.
                if (pattern.IsExclusion != matched)
                {
                    continue;
                }

                if (pattern.MatchesOrParentMatches(path))
                {
                    matched = !pattern.IsExclusion;
                }
            }

            return matched;
        }

        // patternmatcher.New for one entry: trim, skip empty, clean, split off '!', validate and compile.
        private static void Add(string entry, int line, int column, string original, List<DockerIgnorePattern> patterns, List<DockerIgnoreError> errors)
        {
            string pattern = entry.Trim();
            if (pattern.Length == 0)
            {
                return;
            }

            pattern = GoPath.Clean(pattern);
            bool exclusion = false;
            if (pattern[0] == '!')
            {
                if (pattern.Length == 1)
                {
                    errors.Add(new DockerIgnoreError(line, column, original, "illegal exclusion pattern: \"!\""));
                    return;
                }

                exclusion = true;
                pattern = pattern.Substring(1);
            }

            DockerIgnorePattern? compiled = DockerIgnorePattern.TryCreate(pattern, exclusion, line, column, out string? error);
            if (compiled == null)
            {
                errors.Add(new DockerIgnoreError(line, column, original, error ?? "invalid pattern"));
                return;
            }

            patterns.Add(compiled);
        }
    }
}
