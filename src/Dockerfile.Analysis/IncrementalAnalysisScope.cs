namespace Dockerfile.Analysis;

/// <summary>
/// What an analyzer's node and stage actions depend on, declared with
/// <see cref="AnalysisContext.ConfigureIncrementalAnalysis"/>; the driver reuses results only as far as the declaration allows.
/// </summary>
public enum IncrementalAnalysisScope
{
    /// <summary>Anything in the file: every action runs on every analysis (the default).</summary>
    None = 0,

    /// <summary>
    /// The stage. What the node actions report for an instruction, and what the stage actions report for a stage,
    /// depends only on: that stage's text; the text of the stages it is built on through <c>FROM &lt;stage&gt;</c>
    /// (transitively); the text before the first <c>FROM</c> (parser directives, global ARGs); the names and order of
    /// all stages; the line each of those stages starts on; the file's path; and the <see cref="AnalysisOptions"/>
    /// (its build context included). The diagnostics lie in that stage, the stages it is built on, or the text before
    /// the first <c>FROM</c>. Not allowed: looking at a stage that is not an ancestor (what copies from this stage,
    /// whether it is the last or reachable from the target, another stage's instructions). File actions always run.
    /// </summary>
    /// <remarks>
    /// When a stage and everything it depends on are unchanged, the driver takes the stage's diagnostics from the
    /// last analysis of an earlier version of the tree (<see cref="AnalysisOptions.Cache"/>), moved to the stage's new
    /// position, instead of running the actions there again: an edit re-runs such analyzers on the edited stage (and
    /// the stages built on it) only. Diagnostics reported through the descriptor overloads of
    /// <see cref="SyntaxNodeAnalysisContext.ReportDiagnostic(Microsoft.CodeAnalysis.DiagnosticDescriptor, Microsoft.CodeAnalysis.Location, object[])"/>
    /// can be moved; a stage with a ready-made <see cref="Microsoft.CodeAnalysis.Diagnostic"/> is reused only where it
    /// did not move.
    /// </remarks>
    Stage = 1,
}
