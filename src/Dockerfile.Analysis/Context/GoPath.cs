using System.Collections.Generic;

namespace Dockerfile.Analysis.Context
{
    /// <summary>
    /// Slash-separated path helpers that behave like Go's <c>path/filepath</c> on Unix:
    /// lexical cleaning, wildcard detection and the per-segment <c>filepath.Match</c> glob.
    /// </summary>
    internal static class GoPath
    {
        /// <summary>
        /// Lexically shortens a slash-separated path like Go's <c>filepath.Clean</c>:
        /// repeated separators collapse, <c>.</c> elements go, <c>..</c> removes the element before it
        /// (or is dropped at the root of a rooted path), trailing separators go, and an empty result is <c>.</c>.
        /// </summary>
        public static string Clean(string path)
        {
            if (path.Length == 0)
            {
                return ".";
            }

            bool rooted = path[0] == '/';
            var parts = new List<string>();
            foreach (string part in path.Split('/'))
            {
                if (part.Length == 0 || part == ".")
                {
                    continue;
                }

                if (part == "..")
                {
                    if (parts.Count > 0 && parts[parts.Count - 1] != "..")
                    {
                        parts.RemoveAt(parts.Count - 1);
                    }
                    else if (!rooted)
                    {
                        parts.Add(part);
                    }

                    continue;
                }

                parts.Add(part);
            }

            string joined = string.Join("/", parts);
            if (rooted)
            {
                return "/" + joined;
            }

            return joined.Length == 0 ? "." : joined;
        }

        /// <summary>
        /// Turns a path given relative to the build context (optionally with a leading <c>/</c> or <c>./</c>)
        /// into the canonical form used for lookups: cleaned, no leading separator, <c>..</c> cannot leave the root.
        /// The context root itself becomes the empty string.
        /// </summary>
        public static string NormalizeContextPath(string path)
        {
            string cleaned = Clean("/" + path.Trim());
            return cleaned.Substring(1);
        }

        /// <summary>Returns the parent of a canonical context path, or the empty string for top-level entries.</summary>
        public static string Parent(string path)
        {
            int slash = path.LastIndexOf('/');
            return slash < 0 ? string.Empty : path.Substring(0, slash);
        }

        /// <summary>
        /// Reports whether a COPY/ADD source contains an unescaped <c>*</c>, <c>?</c> or <c>[</c>,
        /// which makes BuildKit resolve it as a glob instead of a literal path.
        /// </summary>
        public static bool ContainsWildcards(string path)
        {
            for (int i = 0; i < path.Length; i++)
            {
                char c = path[i];
                if (c == '\\')
                {
                    i++;
                }
                else if (c == '*' || c == '?' || c == '[')
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Matches <paramref name="name"/> against a shell pattern with the rules of Go's
        /// <c>filepath.Match</c> on Unix: <c>*</c> is any run of non-separator characters, <c>?</c> one
        /// non-separator character, <c>[...]</c> a class with ranges and <c>^</c> negation, and <c>\</c>
        /// escapes the next character. The whole name must match.
        /// </summary>
        /// <param name="pattern">The pattern.</param>
        /// <param name="name">The text to test.</param>
        /// <param name="badPattern">Set when the pattern is malformed (Go's <c>ErrBadPattern</c>); the result is then <see langword="false"/>.</param>
        public static bool Match(string pattern, string name, out bool badPattern)
        {
            badPattern = false;
            int p = 0;
            int n = 0;
            while (p < pattern.Length)
            {
                ScanChunk(pattern, ref p, out bool star, out int chunkStart, out int chunkEnd);
                if (star && chunkStart == chunkEnd)
                {
                    // A trailing star matches the rest of the name unless a separator follows.
                    return name.IndexOf('/', n) < 0;
                }

                bool lastChunk = p >= pattern.Length;
                int rest = MatchChunk(pattern, chunkStart, chunkEnd, name, n, out bool error);
                if (rest >= 0 && (rest == name.Length || !lastChunk))
                {
                    n = rest;
                    continue;
                }

                if (error)
                {
                    badPattern = true;
                    return false;
                }

                if (star)
                {
                    bool found = false;
                    for (int i = n; i < name.Length && name[i] != '/'; i++)
                    {
                        int t = MatchChunk(pattern, chunkStart, chunkEnd, name, i + 1, out error);
                        if (t >= 0)
                        {
                            if (lastChunk && t < name.Length)
                            {
                                continue;
                            }

                            n = t;
                            found = true;
                            break;
                        }

                        if (error)
                        {
                            badPattern = true;
                            return false;
                        }
                    }

                    if (found)
                    {
                        continue;
                    }
                }

                // No match: still report a syntax error anywhere in the remaining pattern.
                while (p < pattern.Length)
                {
                    ScanChunk(pattern, ref p, out _, out int start, out int end);
                    MatchChunk(pattern, start, end, string.Empty, 0, out error);
                    if (error)
                    {
                        badPattern = true;
                        return false;
                    }
                }

                return false;
            }

            return n == name.Length;
        }

        /// <summary>Reads one code point (a surrogate pair counts as one) and advances <paramref name="index"/>.</summary>
        public static int ReadRune(string text, ref int index)
        {
            char c = text[index];
            if (char.IsHighSurrogate(c) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
            {
                int rune = char.ConvertToUtf32(c, text[index + 1]);
                index += 2;
                return rune;
            }

            index++;
            return c;
        }

        private static void ScanChunk(string pattern, ref int p, out bool star, out int start, out int end)
        {
            star = false;
            while (p < pattern.Length && pattern[p] == '*')
            {
                p++;
                star = true;
            }

            bool inRange = false;
            int i = p;
            for (; i < pattern.Length; i++)
            {
                char c = pattern[i];
                if (c == '\\')
                {
                    if (i + 1 < pattern.Length)
                    {
                        i++;
                    }
                }
                else if (c == '[')
                {
                    inRange = true;
                }
                else if (c == ']')
                {
                    inRange = false;
                }
                else if (c == '*' && !inRange)
                {
                    break;
                }
            }

            start = p;
            end = i;
            p = i;
        }

        // Returns the index in s after the chunk, or -1 when the chunk does not match there.
        private static int MatchChunk(string pattern, int c, int end, string s, int si, out bool error)
        {
            error = false;
            bool failed = false;
            while (c < end)
            {
                if (!failed && si >= s.Length)
                {
                    failed = true;
                }

                char ch = pattern[c];
                if (ch == '[')
                {
                    int r = -1;
                    if (!failed)
                    {
                        r = ReadRune(s, ref si);
                    }

                    c++;
                    bool negated = false;
                    if (c < end && pattern[c] == '^')
                    {
                        negated = true;
                        c++;
                    }

                    bool match = false;
                    int ranges = 0;
                    while (true)
                    {
                        if (c < end && pattern[c] == ']' && ranges > 0)
                        {
                            c++;
                            break;
                        }

                        if (!ReadClassChar(pattern, ref c, end, out int lo))
                        {
                            error = true;
                            return -1;
                        }

                        int hi = lo;
                        if (pattern[c] == '-')
                        {
                            c++;
                            if (!ReadClassChar(pattern, ref c, end, out hi))
                            {
                                error = true;
                                return -1;
                            }
                        }

                        if (lo <= r && r <= hi)
                        {
                            match = true;
                        }

                        ranges++;
                    }

                    if (match == negated)
                    {
                        failed = true;
                    }
                }
                else if (ch == '?')
                {
                    if (!failed)
                    {
                        if (s[si] == '/')
                        {
                            failed = true;
                        }

                        ReadRune(s, ref si);
                    }

                    c++;
                }
                else
                {
                    if (ch == '\\')
                    {
                        c++;
                        if (c >= end)
                        {
                            error = true;
                            return -1;
                        }

                        ch = pattern[c];
                    }

                    if (!failed)
                    {
                        if (ch != s[si])
                        {
                            failed = true;
                        }

                        si++;
                    }

                    c++;
                }
            }

            return failed ? -1 : si;
        }

        // One end of a class range; false on malformed syntax (also when nothing follows it).
        private static bool ReadClassChar(string pattern, ref int c, int end, out int rune)
        {
            rune = 0;
            if (c >= end || pattern[c] == '-' || pattern[c] == ']')
            {
                return false;
            }

            if (pattern[c] == '\\')
            {
                c++;
                if (c >= end)
                {
                    return false;
                }
            }

            rune = ReadRune(pattern, ref c);
            return c < end;
        }
    }
}
