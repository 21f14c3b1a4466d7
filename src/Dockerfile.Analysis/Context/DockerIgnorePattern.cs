using System;
using System.Text;
using System.Text.RegularExpressions;

namespace Dockerfile.Analysis.Context
{
    /// <summary>
    /// One valid rule of a <c>.dockerignore</c> file (or of a <c>COPY --exclude</c> list), after Docker's
    /// normalisation: trimmed, cleaned like Go's <c>filepath.Clean</c>, leading <c>/</c> removed.
    /// </summary>
    public sealed class DockerIgnorePattern
    {
        private readonly MatchKind _kind;
        private readonly Regex? _regex;

        private DockerIgnorePattern(string text, bool isExclusion, int line, int column, MatchKind kind, Regex? regex)
        {
            Text = text;
            IsExclusion = isExclusion;
            Line = line;
            Column = column;
            _kind = kind;
            _regex = regex;
        }

        private enum MatchKind
        {
            Exact,
            Prefix,
            Suffix,
            Regex,
        }

        /// <summary>The normalised pattern, without the leading <c>!</c> of an exception.</summary>
        public string Text { get; }

        /// <summary>
        /// <see langword="true"/> for an exception (a line starting with <c>!</c>): paths it matches are
        /// put back into the context even if an earlier rule ignored them.
        /// </summary>
        public bool IsExclusion { get; }

        /// <summary>The 1-based line of the rule in its file (0 when the rule did not come from a file).</summary>
        public int Line { get; }

        /// <summary>The 1-based column of the rule's first non-blank character (0 when not from a file).</summary>
        public int Column { get; }

        /// <inheritdoc />
        public override string ToString() => IsExclusion ? "!" + Text : Text;

        /// <summary>
        /// Builds a pattern from its cleaned text the way moby/patternmatcher compiles one.
        /// Returns <see langword="null"/> and an error message when the text is not a valid pattern.
        /// </summary>
        internal static DockerIgnorePattern? TryCreate(string text, bool isExclusion, int line, int column, out string? error)
        {
            // patternmatcher validates through filepath.Match before anything else.
            GoPath.Match(text, ".", out bool badPattern);
            if (badPattern)
            {
                error = "syntax error in pattern '" + text + "'";
                return null;
            }

            var regex = new StringBuilder("^");
            var kind = MatchKind.Exact;
            int index = 0;
            for (int step = 0; index < text.Length; step++)
            {
                int start = index;
                int rune = GoPath.ReadRune(text, ref index);
                string symbol = text.Substring(start, index - start);
                if (rune == '*')
                {
                    if (index < text.Length && text[index] == '*')
                    {
                        index++;

                        // "**/" behaves like "**".
                        if (index < text.Length && text[index] == '/')
                        {
                            index++;
                        }

                        if (index >= text.Length)
                        {
                            // A trailing "**" accepts everything below.
                            if (kind == MatchKind.Exact)
                            {
                                kind = MatchKind.Prefix;
                            }
                            else
                            {
                                regex.Append(".*");
                                kind = MatchKind.Regex;
                            }
                        }
                        else
                        {
                            // Any number of directories, including none.
                            regex.Append("(.*/)?");
                            kind = MatchKind.Regex;
                        }

                        if (step == 0)
                        {
                            kind = MatchKind.Suffix;
                        }
                    }
                    else
                    {
                        regex.Append("[^/]*");
                        kind = MatchKind.Regex;
                    }
                }
                else if (rune == '?')
                {
                    // One code point other than the separator.
                    regex.Append("(?:[\\uD800-\\uDBFF][\\uDC00-\\uDFFF]|[^/])");
                    kind = MatchKind.Regex;
                }
                else if (rune == '.' || rune == '+' || rune == '(' || rune == ')' || rune == '|' || rune == '{' || rune == '}' || rune == '$')
                {
                    regex.Append('\\').Append(symbol);
                }
                else if (rune == '\\')
                {
                    if (index < text.Length)
                    {
                        int next = index;
                        GoPath.ReadRune(text, ref index);
                        regex.Append('\\').Append(text, next, index - next);
                        kind = MatchKind.Regex;
                    }
                    else
                    {
                        regex.Append("\\\\");
                    }
                }
                else if (rune == '[' || rune == ']')
                {
                    regex.Append(symbol);
                    kind = MatchKind.Regex;
                }
                else
                {
                    regex.Append(symbol);
                }
            }

            Regex? compiled = null;
            if (kind == MatchKind.Regex)
            {
                regex.Append("\\z");
                try
                {
                    compiled = new Regex(regex.ToString(), RegexOptions.CultureInvariant);
                }
                catch (ArgumentException)
                {
                    error = "invalid pattern '" + text + "'";
                    return null;
                }
            }

            error = null;
            return new DockerIgnorePattern(text, isExclusion, line, column, kind, compiled);
        }

        /// <summary>Tests one cleaned, slash-separated path against this pattern alone (no parent handling).</summary>
        internal bool Matches(string path)
        {
            switch (_kind)
            {
                case MatchKind.Exact:
                    return string.Equals(path, Text, StringComparison.Ordinal);
                case MatchKind.Prefix:
                    return path.StartsWith(Text.Substring(0, Text.Length - 2), StringComparison.Ordinal);
                case MatchKind.Suffix:
                    string suffix = Text.Substring(2);
                    if (path.EndsWith(suffix, StringComparison.Ordinal))
                    {
                        return true;
                    }

                    // "**/foo" also matches "foo" at the root.
                    return suffix.Length > 0 && suffix[0] == '/' && string.Equals(path, suffix.Substring(1), StringComparison.Ordinal);
                default:
                    return _regex!.IsMatch(path);
            }
        }

        /// <summary>Tests a path or, failing that, each of its ancestor directories, shortest first.</summary>
        internal bool MatchesOrParentMatches(string path)
        {
            if (Matches(path))
            {
                return true;
            }

            int slash = path.IndexOf('/');
            while (slash >= 0)
            {
                if (Matches(path.Substring(0, slash)))
                {
                    return true;
                }

                slash = path.IndexOf('/', slash + 1);
            }

            return false;
        }
    }
}
