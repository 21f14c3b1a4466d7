namespace Dockerfile.Analysis.ShellCheck;

/// <summary>One finding of shellcheck's json1 output: 1-based lines and columns, the end column exclusive, tabs counted as one column.</summary>
internal sealed class ShellCheckComment
{
    public ShellCheckComment(string file, int line, int column, int endLine, int endColumn, string level, int code, string message)
    {
        File = file;
        Line = line;
        Column = column;
        EndLine = endLine;
        EndColumn = endColumn;
        Level = level;
        Code = code;
        Message = message;
    }

    public string File { get; }

    public int Line { get; }

    public int Column { get; }

    public int EndLine { get; }

    public int EndColumn { get; }

    public string Level { get; }

    public int Code { get; }

    public string Message { get; }
}
