using System;

namespace Dockerfile.Syntax;

/// <summary>
/// Visits a syntax tree depth first, in source order. Override a <c>Visit…</c> method to act on one
/// node type (call the base method to keep descending), <see cref="VisitToken"/> and
/// <see cref="VisitTrivia"/> to see tokens and trivia; <see cref="Depth"/> says how deep the walk goes.
/// </summary>
public abstract class DockerfileSyntaxWalker
{
    /// <summary>Creates a walker that descends to <paramref name="depth"/>.</summary>
    /// <param name="depth">Whether tokens and trivia are visited as well as nodes.</param>
    protected DockerfileSyntaxWalker(SyntaxWalkerDepth depth = SyntaxWalkerDepth.Node)
    {
        Depth = depth;
    }

    /// <summary>How far below nodes this walker descends.</summary>
    protected SyntaxWalkerDepth Depth { get; }

    /// <summary>Visits <paramref name="node"/> by calling the <c>Visit…</c> method for its type.</summary>
    /// <param name="node">The node to visit.</param>
    public virtual void Visit(SyntaxNode node)
    {
        if (node == null)
        {
            throw new ArgumentNullException(nameof(node));
        }

        switch (node)
        {
            case AddInstructionSyntax addInstruction:
                VisitAddInstruction(addInstruction);
                break;
            case ArgDeclarationSyntax argDeclaration:
                VisitArgDeclaration(argDeclaration);
                break;
            case ArgInstructionSyntax argInstruction:
                VisitArgInstruction(argInstruction);
                break;
            case BracedVariableReferenceSyntax bracedVariableReference:
                VisitBracedVariableReference(bracedVariableReference);
                break;
            case CmdInstructionSyntax cmdInstruction:
                VisitCmdInstruction(cmdInstruction);
                break;
            case CopyInstructionSyntax copyInstruction:
                VisitCopyInstruction(copyInstruction);
                break;
            case DockerfileSyntax dockerfile:
                VisitDockerfile(dockerfile);
                break;
            case DoubleQuotedStringSyntax doubleQuotedString:
                VisitDoubleQuotedString(doubleQuotedString);
                break;
            case EntrypointInstructionSyntax entrypointInstruction:
                VisitEntrypointInstruction(entrypointInstruction);
                break;
            case EnvInstructionSyntax envInstruction:
                VisitEnvInstruction(envInstruction);
                break;
            case ExecFormSyntax execForm:
                VisitExecForm(execForm);
                break;
            case ExposeInstructionSyntax exposeInstruction:
                VisitExposeInstruction(exposeInstruction);
                break;
            case FlagSyntax flag:
                VisitFlag(flag);
                break;
            case FromInstructionSyntax fromInstruction:
                VisitFromInstruction(fromInstruction);
                break;
            case HealthcheckInstructionSyntax healthcheckInstruction:
                VisitHealthcheckInstruction(healthcheckInstruction);
                break;
            case HeredocSyntax heredoc:
                VisitHeredoc(heredoc);
                break;
            case KeyValuePairSyntax keyValuePair:
                VisitKeyValuePair(keyValuePair);
                break;
            case LabelInstructionSyntax labelInstruction:
                VisitLabelInstruction(labelInstruction);
                break;
            case MaintainerInstructionSyntax maintainerInstruction:
                VisitMaintainerInstruction(maintainerInstruction);
                break;
            case OnbuildInstructionSyntax onbuildInstruction:
                VisitOnbuildInstruction(onbuildInstruction);
                break;
            case ParserDirectiveSyntax parserDirective:
                VisitParserDirective(parserDirective);
                break;
            case RawTextSyntax rawText:
                VisitRawText(rawText);
                break;
            case RunInstructionSyntax runInstruction:
                VisitRunInstruction(runInstruction);
                break;
            case ShellFormSyntax shellForm:
                VisitShellForm(shellForm);
                break;
            case ShellInstructionSyntax shellInstruction:
                VisitShellInstruction(shellInstruction);
                break;
            case SimpleVariableReferenceSyntax simpleVariableReference:
                VisitSimpleVariableReference(simpleVariableReference);
                break;
            case SingleQuotedStringSyntax singleQuotedString:
                VisitSingleQuotedString(singleQuotedString);
                break;
            case StopsignalInstructionSyntax stopsignalInstruction:
                VisitStopsignalInstruction(stopsignalInstruction);
                break;
            case UnknownInstructionSyntax unknownInstruction:
                VisitUnknownInstruction(unknownInstruction);
                break;
            case UserInstructionSyntax userInstruction:
                VisitUserInstruction(userInstruction);
                break;
            case VolumeInstructionSyntax volumeInstruction:
                VisitVolumeInstruction(volumeInstruction);
                break;
            case WordSyntax word:
                VisitWord(word);
                break;
            case WorkdirInstructionSyntax workdirInstruction:
                VisitWorkdirInstruction(workdirInstruction);
                break;
            default:
                DefaultVisit(node);
                break;
        }
    }

    /// <summary>Visits every child of <paramref name="node"/> in order: nodes through <see cref="Visit"/>, tokens through <see cref="VisitToken"/> when <see cref="Depth"/> allows.</summary>
    /// <param name="node">The node whose children are visited.</param>
    public virtual void DefaultVisit(SyntaxNode node)
    {
        if (node == null)
        {
            throw new ArgumentNullException(nameof(node));
        }

        foreach (var child in node.ChildNodesAndTokens())
        {
            if (child.AsNode() is { } childNode)
            {
                Visit(childNode);
            }
            else if (Depth >= SyntaxWalkerDepth.Token)
            {
                VisitToken(child.AsToken());
            }
        }
    }

    /// <summary>Visits a token; by default visits its leading then trailing trivia when <see cref="Depth"/> is <see cref="SyntaxWalkerDepth.Trivia"/>.</summary>
    /// <param name="token">The token to visit.</param>
    public virtual void VisitToken(SyntaxToken token)
    {
        if (Depth < SyntaxWalkerDepth.Trivia)
        {
            return;
        }

        foreach (var trivia in token.LeadingTrivia)
        {
            VisitTrivia(trivia);
        }

        foreach (var trivia in token.TrailingTrivia)
        {
            VisitTrivia(trivia);
        }
    }

    /// <summary>Visits one piece of trivia; does nothing by default.</summary>
    /// <param name="trivia">The trivia to visit.</param>
    public virtual void VisitTrivia(SyntaxTrivia trivia)
    {
    }

    /// <summary>Visits a <see cref="AddInstructionSyntax"/>; by default descends into its children.</summary>
    /// <param name="node">The node to visit.</param>
    public virtual void VisitAddInstruction(AddInstructionSyntax node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="ArgDeclarationSyntax"/>; by default descends into its children.</summary>
    /// <param name="node">The node to visit.</param>
    public virtual void VisitArgDeclaration(ArgDeclarationSyntax node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="ArgInstructionSyntax"/>; by default descends into its children.</summary>
    /// <param name="node">The node to visit.</param>
    public virtual void VisitArgInstruction(ArgInstructionSyntax node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="BracedVariableReferenceSyntax"/>; by default descends into its children.</summary>
    /// <param name="node">The node to visit.</param>
    public virtual void VisitBracedVariableReference(BracedVariableReferenceSyntax node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="CmdInstructionSyntax"/>; by default descends into its children.</summary>
    /// <param name="node">The node to visit.</param>
    public virtual void VisitCmdInstruction(CmdInstructionSyntax node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="CopyInstructionSyntax"/>; by default descends into its children.</summary>
    /// <param name="node">The node to visit.</param>
    public virtual void VisitCopyInstruction(CopyInstructionSyntax node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="DockerfileSyntax"/>; by default descends into its children.</summary>
    /// <param name="node">The node to visit.</param>
    public virtual void VisitDockerfile(DockerfileSyntax node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="DoubleQuotedStringSyntax"/>; by default descends into its children.</summary>
    /// <param name="node">The node to visit.</param>
    public virtual void VisitDoubleQuotedString(DoubleQuotedStringSyntax node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="EntrypointInstructionSyntax"/>; by default descends into its children.</summary>
    /// <param name="node">The node to visit.</param>
    public virtual void VisitEntrypointInstruction(EntrypointInstructionSyntax node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="EnvInstructionSyntax"/>; by default descends into its children.</summary>
    /// <param name="node">The node to visit.</param>
    public virtual void VisitEnvInstruction(EnvInstructionSyntax node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="ExecFormSyntax"/>; by default descends into its children.</summary>
    /// <param name="node">The node to visit.</param>
    public virtual void VisitExecForm(ExecFormSyntax node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="ExposeInstructionSyntax"/>; by default descends into its children.</summary>
    /// <param name="node">The node to visit.</param>
    public virtual void VisitExposeInstruction(ExposeInstructionSyntax node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="FlagSyntax"/>; by default descends into its children.</summary>
    /// <param name="node">The node to visit.</param>
    public virtual void VisitFlag(FlagSyntax node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="FromInstructionSyntax"/>; by default descends into its children.</summary>
    /// <param name="node">The node to visit.</param>
    public virtual void VisitFromInstruction(FromInstructionSyntax node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="HealthcheckInstructionSyntax"/>; by default descends into its children.</summary>
    /// <param name="node">The node to visit.</param>
    public virtual void VisitHealthcheckInstruction(HealthcheckInstructionSyntax node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="HeredocSyntax"/>; by default descends into its children.</summary>
    /// <param name="node">The node to visit.</param>
    public virtual void VisitHeredoc(HeredocSyntax node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="KeyValuePairSyntax"/>; by default descends into its children.</summary>
    /// <param name="node">The node to visit.</param>
    public virtual void VisitKeyValuePair(KeyValuePairSyntax node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="LabelInstructionSyntax"/>; by default descends into its children.</summary>
    /// <param name="node">The node to visit.</param>
    public virtual void VisitLabelInstruction(LabelInstructionSyntax node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="MaintainerInstructionSyntax"/>; by default descends into its children.</summary>
    /// <param name="node">The node to visit.</param>
    public virtual void VisitMaintainerInstruction(MaintainerInstructionSyntax node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="OnbuildInstructionSyntax"/>; by default descends into its children.</summary>
    /// <param name="node">The node to visit.</param>
    public virtual void VisitOnbuildInstruction(OnbuildInstructionSyntax node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="ParserDirectiveSyntax"/>; by default descends into its children.</summary>
    /// <param name="node">The node to visit.</param>
    public virtual void VisitParserDirective(ParserDirectiveSyntax node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="RawTextSyntax"/>; by default descends into its children.</summary>
    /// <param name="node">The node to visit.</param>
    public virtual void VisitRawText(RawTextSyntax node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="RunInstructionSyntax"/>; by default descends into its children.</summary>
    /// <param name="node">The node to visit.</param>
    public virtual void VisitRunInstruction(RunInstructionSyntax node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="ShellFormSyntax"/>; by default descends into its children.</summary>
    /// <param name="node">The node to visit.</param>
    public virtual void VisitShellForm(ShellFormSyntax node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="ShellInstructionSyntax"/>; by default descends into its children.</summary>
    /// <param name="node">The node to visit.</param>
    public virtual void VisitShellInstruction(ShellInstructionSyntax node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="SimpleVariableReferenceSyntax"/>; by default descends into its children.</summary>
    /// <param name="node">The node to visit.</param>
    public virtual void VisitSimpleVariableReference(SimpleVariableReferenceSyntax node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="SingleQuotedStringSyntax"/>; by default descends into its children.</summary>
    /// <param name="node">The node to visit.</param>
    public virtual void VisitSingleQuotedString(SingleQuotedStringSyntax node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="StopsignalInstructionSyntax"/>; by default descends into its children.</summary>
    /// <param name="node">The node to visit.</param>
    public virtual void VisitStopsignalInstruction(StopsignalInstructionSyntax node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="UnknownInstructionSyntax"/>; by default descends into its children.</summary>
    /// <param name="node">The node to visit.</param>
    public virtual void VisitUnknownInstruction(UnknownInstructionSyntax node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="UserInstructionSyntax"/>; by default descends into its children.</summary>
    /// <param name="node">The node to visit.</param>
    public virtual void VisitUserInstruction(UserInstructionSyntax node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="VolumeInstructionSyntax"/>; by default descends into its children.</summary>
    /// <param name="node">The node to visit.</param>
    public virtual void VisitVolumeInstruction(VolumeInstructionSyntax node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="WordSyntax"/>; by default descends into its children.</summary>
    /// <param name="node">The node to visit.</param>
    public virtual void VisitWord(WordSyntax node) => DefaultVisit(node);

    /// <summary>Visits a <see cref="WorkdirInstructionSyntax"/>; by default descends into its children.</summary>
    /// <param name="node">The node to visit.</param>
    public virtual void VisitWorkdirInstruction(WorkdirInstructionSyntax node) => DefaultVisit(node);
}
