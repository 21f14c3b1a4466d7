using System.Collections.Generic;

namespace Dockerfile.Analysis;

/// <summary>The order of the driver's output: start, id, end, then the order the diagnostics were produced in.</summary>
internal readonly struct DiagnosticOrder : IComparer<DiagnosticOrder.Key>
{
    public int Compare(Key x, Key y)
    {
        int c = x.Start.CompareTo(y.Start);
        if (c == 0)
        {
            c = string.CompareOrdinal(x.Id, y.Id);
        }

        if (c == 0)
        {
            c = x.End.CompareTo(y.End);
        }

        return c != 0 ? c : x.Index.CompareTo(y.Index);
    }

    /// <summary>The sort key of one diagnostic.</summary>
    internal readonly struct Key
    {
        public Key(int start, string id, int end, int index)
        {
            Start = start;
            Id = id;
            End = end;
            Index = index;
        }

        public int Start { get; }

        public string Id { get; }

        public int End { get; }

        public int Index { get; }
    }
}
