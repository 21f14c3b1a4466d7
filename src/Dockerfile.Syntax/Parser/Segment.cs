namespace Dockerfile.Syntax.Parser;

/// <summary>A piece of physical text copied into an instruction's logical line.</summary>
internal readonly struct Segment
{
    public Segment(int logicalStart, int physicalStart, int length)
    {
        LogicalStart = logicalStart;
        PhysicalStart = physicalStart;
        Length = length;
    }

    public int LogicalStart { get; }

    public int PhysicalStart { get; }

    public int Length { get; }

    public int LogicalEnd => LogicalStart + Length;
}
