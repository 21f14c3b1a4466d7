namespace Dockerfile.Syntax;

/// <summary>The kind of a node, token or trivia in a Dockerfile syntax tree.</summary>
public enum SyntaxKind : ushort
{
    /// <summary>No kind; the default value.</summary>
    None = 0,

    // ----- trivia -----
    /// <summary>Spaces, tabs and other non-newline whitespace.</summary>
    WhitespaceTrivia,
    /// <summary>A line break (<c>\n</c>, <c>\r\n</c>, or a run of <c>\r</c> before <c>\n</c>).</summary>
    EndOfLineTrivia,
    /// <summary>A comment line's text from <c>#</c> up to (not including) the line break.</summary>
    CommentTrivia,
    /// <summary>The escape character that ends a line, the spaces after it and the line break: a line continuation.</summary>
    LineContinuationTrivia,
    /// <summary>The UTF-8 byte order mark at the start of the file.</summary>
    ByteOrderMarkTrivia,
    /// <summary>Text the parser could not place in any token.</summary>
    SkippedTextTrivia,

    // ----- tokens -----
    /// <summary>The zero-width token that ends the file; its leading trivia holds trailing comments and blank lines.</summary>
    EndOfFileToken,
    /// <summary>The line break that ends an instruction, a directive or a heredoc terminator (empty at the end of a file without a final newline).</summary>
    EndOfLineToken,
    /// <summary>An instruction keyword (FROM, RUN, ...); the instruction node's kind tells which.</summary>
    InstructionKeywordToken,
    /// <summary>The <c>#</c> that starts a parser directive.</summary>
    HashToken,
    /// <summary>A parser directive's name (<c>syntax</c>, <c>escape</c>, <c>check</c>).</summary>
    DirectiveNameToken,
    /// <summary>A parser directive's value.</summary>
    DirectiveValueToken,
    /// <summary><c>=</c>.</summary>
    EqualsToken,
    /// <summary>A flag's name including its leading dashes, such as <c>--mount</c>.</summary>
    FlagNameToken,
    /// <summary>An unquoted run of literal text inside a word (it may contain escape sequences).</summary>
    LiteralToken,
    /// <summary>The text between quotes in a quoted string.</summary>
    QuotedTextToken,
    /// <summary><c>'</c>.</summary>
    SingleQuoteToken,
    /// <summary><c>"</c>.</summary>
    DoubleQuoteToken,
    /// <summary><c>$</c> starting a variable reference.</summary>
    DollarToken,
    /// <summary><c>${</c>.</summary>
    DollarOpenBraceToken,
    /// <summary><c>}</c>.</summary>
    CloseBraceToken,
    /// <summary>A variable name inside a reference.</summary>
    VariableNameToken,
    /// <summary>A substitution modifier: <c>:-</c>, <c>-</c>, <c>:+</c>, <c>+</c>, <c>:?</c>, <c>?</c>, <c>#</c>, <c>##</c>, <c>%</c>, <c>%%</c>, <c>/</c>, <c>//</c>.</summary>
    ModifierToken,
    /// <summary>The <c>/</c> between pattern and replacement in <c>${VAR/pattern/replacement}</c>.</summary>
    SlashToken,
    /// <summary>A run of shell-form command text (one per physical line when a continuation splits it).</summary>
    ShellTextToken,
    /// <summary>A run of text kept verbatim (MAINTAINER, unknown instructions).</summary>
    TextToken,
    /// <summary><c>[</c> of an exec-form JSON array.</summary>
    OpenBracketToken,
    /// <summary><c>]</c> of an exec-form JSON array.</summary>
    CloseBracketToken,
    /// <summary><c>,</c> of an exec-form JSON array.</summary>
    CommaToken,
    /// <summary>A JSON string in an exec-form array; its value is the unescaped string.</summary>
    StringLiteralToken,
    /// <summary>A JSON value that is not a string (a number, object, nested array, ...): an error in exec form.</summary>
    JsonValueToken,
    /// <summary>A keyword inside an instruction: <c>AS</c> in FROM, <c>CMD</c>/<c>NONE</c> in HEALTHCHECK.</summary>
    KeywordToken,
    /// <summary>The lines of a heredoc's body, line breaks included.</summary>
    HeredocBodyToken,
    /// <summary>The line that closes a heredoc.</summary>
    HeredocTerminatorToken,

    // ----- nodes -----
    /// <summary>The root: parser directives, instructions, end of file.</summary>
    Dockerfile,
    /// <summary>A parser directive line such as <c># syntax=docker/dockerfile:1</c>.</summary>
    ParserDirective,
    /// <summary>A <c>--name=value</c> flag.</summary>
    Flag,
    /// <summary>A word: literal text, quoted strings and variable references.</summary>
    Word,
    /// <summary>A <c>'...'</c> string inside a word.</summary>
    SingleQuotedString,
    /// <summary>A <c>"..."</c> string inside a word.</summary>
    DoubleQuotedString,
    /// <summary><c>$NAME</c>.</summary>
    SimpleVariableReference,
    /// <summary><c>${NAME}</c> and its modifier forms.</summary>
    BracedVariableReference,
    /// <summary>Shell-form command text.</summary>
    ShellForm,
    /// <summary>Exec-form JSON array.</summary>
    ExecForm,
    /// <summary>Verbatim text arguments.</summary>
    RawText,
    /// <summary>A <c>key=value</c> (or legacy <c>key value</c>) pair in ENV or LABEL.</summary>
    KeyValuePair,
    /// <summary>One <c>name[=default]</c> of an ARG instruction.</summary>
    ArgDeclaration,
    /// <summary>A heredoc body and its terminator line.</summary>
    Heredoc,

    // ----- instructions (keep in this order; see SyntaxFacts) -----
    /// <summary>ADD.</summary>
    AddInstruction,
    /// <summary>ARG.</summary>
    ArgInstruction,
    /// <summary>CMD.</summary>
    CmdInstruction,
    /// <summary>COPY.</summary>
    CopyInstruction,
    /// <summary>ENTRYPOINT.</summary>
    EntrypointInstruction,
    /// <summary>ENV.</summary>
    EnvInstruction,
    /// <summary>EXPOSE.</summary>
    ExposeInstruction,
    /// <summary>FROM.</summary>
    FromInstruction,
    /// <summary>HEALTHCHECK.</summary>
    HealthcheckInstruction,
    /// <summary>LABEL.</summary>
    LabelInstruction,
    /// <summary>MAINTAINER.</summary>
    MaintainerInstruction,
    /// <summary>ONBUILD.</summary>
    OnbuildInstruction,
    /// <summary>RUN.</summary>
    RunInstruction,
    /// <summary>SHELL.</summary>
    ShellInstruction,
    /// <summary>STOPSIGNAL.</summary>
    StopsignalInstruction,
    /// <summary>USER.</summary>
    UserInstruction,
    /// <summary>VOLUME.</summary>
    VolumeInstruction,
    /// <summary>WORKDIR.</summary>
    WorkdirInstruction,
    /// <summary>An instruction whose keyword BuildKit does not know.</summary>
    UnknownInstruction,
}
