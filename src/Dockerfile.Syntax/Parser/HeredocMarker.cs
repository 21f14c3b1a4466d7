namespace Dockerfile.Syntax.Parser;

/// <summary>A heredoc opened on an instruction line: its delimiter and whether leading tabs are stripped (<c>&lt;&lt;-</c>).</summary>
internal sealed class HeredocMarker
{
    public HeredocMarker(string name, bool chomp)
    {
        Name = name;
        Chomp = chomp;
    }

    public string Name { get; }

    public bool Chomp { get; }
}
