using System;
using System.Collections.Generic;
using Dockerfile.Syntax.InternalSyntax;

namespace Dockerfile.Syntax;

/// <summary>
/// Rewrites a syntax tree bottom up. Override a <c>Visit…</c> method to return a replacement for one
/// node type, or <see cref="VisitToken"/> to replace tokens. A node is rebuilt only when one of its
/// children changed, so untouched subtrees are shared with the original tree. The node returned for
/// the root is a new root (position 0, no parent); wrap it with <see cref="DockerfileSyntaxTree.Create"/>
/// when it is a <see cref="DockerfileSyntax"/>.
/// </summary>
public abstract class DockerfileSyntaxRewriter
{
    /// <summary>Creates a rewriter.</summary>
    /// <param name="visitIntoTrivia">Whether <see cref="VisitToken"/> passes each trivia of a token through <see cref="VisitTrivia"/>.</param>
    protected DockerfileSyntaxRewriter(bool visitIntoTrivia = false)
    {
        VisitIntoTrivia = visitIntoTrivia;
    }

    /// <summary>Whether trivia are offered to <see cref="VisitTrivia"/>.</summary>
    protected bool VisitIntoTrivia { get; }

    /// <summary>Rewrites <paramref name="node"/> by calling the <c>Visit…</c> method for its type.</summary>
    /// <param name="node">The node to rewrite.</param>
    /// <returns>The replacement node, the same node when nothing changed, or <see langword="null"/> to remove it from its parent.</returns>
    public virtual SyntaxNode? Visit(SyntaxNode node)
    {
        if (node == null)
        {
            throw new ArgumentNullException(nameof(node));
        }

        return node switch
        {
            AddInstructionSyntax addInstruction => VisitAddInstruction(addInstruction),
            ArgDeclarationSyntax argDeclaration => VisitArgDeclaration(argDeclaration),
            ArgInstructionSyntax argInstruction => VisitArgInstruction(argInstruction),
            BracedVariableReferenceSyntax bracedVariableReference => VisitBracedVariableReference(bracedVariableReference),
            CmdInstructionSyntax cmdInstruction => VisitCmdInstruction(cmdInstruction),
            CopyInstructionSyntax copyInstruction => VisitCopyInstruction(copyInstruction),
            DockerfileSyntax dockerfile => VisitDockerfile(dockerfile),
            DoubleQuotedStringSyntax doubleQuotedString => VisitDoubleQuotedString(doubleQuotedString),
            EntrypointInstructionSyntax entrypointInstruction => VisitEntrypointInstruction(entrypointInstruction),
            EnvInstructionSyntax envInstruction => VisitEnvInstruction(envInstruction),
            ExecFormSyntax execForm => VisitExecForm(execForm),
            ExposeInstructionSyntax exposeInstruction => VisitExposeInstruction(exposeInstruction),
            FlagSyntax flag => VisitFlag(flag),
            FromInstructionSyntax fromInstruction => VisitFromInstruction(fromInstruction),
            HealthcheckInstructionSyntax healthcheckInstruction => VisitHealthcheckInstruction(healthcheckInstruction),
            HeredocSyntax heredoc => VisitHeredoc(heredoc),
            KeyValuePairSyntax keyValuePair => VisitKeyValuePair(keyValuePair),
            LabelInstructionSyntax labelInstruction => VisitLabelInstruction(labelInstruction),
            MaintainerInstructionSyntax maintainerInstruction => VisitMaintainerInstruction(maintainerInstruction),
            OnbuildInstructionSyntax onbuildInstruction => VisitOnbuildInstruction(onbuildInstruction),
            ParserDirectiveSyntax parserDirective => VisitParserDirective(parserDirective),
            RawTextSyntax rawText => VisitRawText(rawText),
            RunInstructionSyntax runInstruction => VisitRunInstruction(runInstruction),
            ShellFormSyntax shellForm => VisitShellForm(shellForm),
            ShellInstructionSyntax shellInstruction => VisitShellInstruction(shellInstruction),
            SimpleVariableReferenceSyntax simpleVariableReference => VisitSimpleVariableReference(simpleVariableReference),
            SingleQuotedStringSyntax singleQuotedString => VisitSingleQuotedString(singleQuotedString),
            StopsignalInstructionSyntax stopsignalInstruction => VisitStopsignalInstruction(stopsignalInstruction),
            UnknownInstructionSyntax unknownInstruction => VisitUnknownInstruction(unknownInstruction),
            UserInstructionSyntax userInstruction => VisitUserInstruction(userInstruction),
            VolumeInstructionSyntax volumeInstruction => VisitVolumeInstruction(volumeInstruction),
            WordSyntax word => VisitWord(word),
            WorkdirInstructionSyntax workdirInstruction => VisitWorkdirInstruction(workdirInstruction),
            _ => DefaultVisit(node),
        };
    }

    /// <summary>Rewrites every child of <paramref name="node"/>; returns <paramref name="node"/> itself when no child changed, otherwise a new node of the same kind over the new children.</summary>
    /// <param name="node">The node whose children are rewritten.</param>
    /// <returns>The node, or its rebuilt copy.</returns>
    public virtual SyntaxNode DefaultVisit(SyntaxNode node)
    {
        if (node == null)
        {
            throw new ArgumentNullException(nameof(node));
        }

        var oldChildren = node.Green.Children;
        List<GreenNode>? newChildren = null;
        int index = 0;
        foreach (var child in node.ChildNodesAndTokens())
        {
            GreenNode? oldGreen = oldChildren[index];
            GreenNode? newGreen;
            if (child.AsNode() is { } childNode)
            {
                newGreen = Visit(childNode)?.Green;
            }
            else
            {
                var token = VisitToken(child.AsToken());
                newGreen = token.Green ?? throw new InvalidOperationException("VisitToken returned an empty token; tokens cannot be removed by a rewriter.");
            }

            if (newChildren == null && !ReferenceEquals(newGreen, oldGreen))
            {
                newChildren = new List<GreenNode>(oldChildren.Length);
                for (int i = 0; i < index; i++)
                {
                    newChildren.Add(oldChildren[i]);
                }
            }

            if (newChildren != null && newGreen != null)
            {
                newChildren.Add(newGreen);
            }

            index++;
        }

        return newChildren == null ? node : SyntaxNodeFactory.CreateRed(node.Green.WithChildren(newChildren.ToArray()), null, 0);
    }

    /// <summary>Rewrites a token; by default returns it unchanged, or with its trivia rewritten through <see cref="VisitTrivia"/> when <see cref="VisitIntoTrivia"/> is set.</summary>
    /// <param name="token">The token to rewrite.</param>
    /// <returns>The replacement token (it must not be empty).</returns>
    public virtual SyntaxToken VisitToken(SyntaxToken token)
    {
        if (!VisitIntoTrivia || token.Green == null)
        {
            return token;
        }

        var leading = RewriteTrivia(token.LeadingTrivia, out bool leadingChanged);
        var trailing = RewriteTrivia(token.TrailingTrivia, out bool trailingChanged);
        if (!leadingChanged && !trailingChanged)
        {
            return token;
        }

        var green = token.Green;
        if (leadingChanged)
        {
            green = green.WithLeading(leading);
        }

        if (trailingChanged)
        {
            green = green.WithTrailing(trailing);
        }

        return new SyntaxToken(null, green, 0, 0);
    }

    /// <summary>Rewrites one piece of trivia; by default returns it unchanged.</summary>
    /// <param name="trivia">The trivia to rewrite.</param>
    /// <returns>The replacement trivia.</returns>
    public virtual SyntaxTrivia VisitTrivia(SyntaxTrivia trivia) => trivia;

    private GreenTrivia[] RewriteTrivia(SyntaxTriviaList list, out bool changed)
    {
        changed = false;
        var result = new GreenTrivia[list.Count];
        for (int i = 0; i < list.Count; i++)
        {
            var old = list[i];
            var rewritten = VisitTrivia(old);
            result[i] = rewritten.Green ?? old.Green;
            changed |= !ReferenceEquals(result[i], old.Green);
        }

        return result;
    }

    /// <summary>Rewrites a <see cref="AddInstructionSyntax"/>; by default rewrites its children.</summary>
    /// <param name="node">The node to rewrite.</param>
    /// <returns>The replacement node, the node itself, or <see langword="null"/> to remove it.</returns>
    public virtual SyntaxNode? VisitAddInstruction(AddInstructionSyntax node) => DefaultVisit(node);

    /// <summary>Rewrites a <see cref="ArgDeclarationSyntax"/>; by default rewrites its children.</summary>
    /// <param name="node">The node to rewrite.</param>
    /// <returns>The replacement node, the node itself, or <see langword="null"/> to remove it.</returns>
    public virtual SyntaxNode? VisitArgDeclaration(ArgDeclarationSyntax node) => DefaultVisit(node);

    /// <summary>Rewrites a <see cref="ArgInstructionSyntax"/>; by default rewrites its children.</summary>
    /// <param name="node">The node to rewrite.</param>
    /// <returns>The replacement node, the node itself, or <see langword="null"/> to remove it.</returns>
    public virtual SyntaxNode? VisitArgInstruction(ArgInstructionSyntax node) => DefaultVisit(node);

    /// <summary>Rewrites a <see cref="BracedVariableReferenceSyntax"/>; by default rewrites its children.</summary>
    /// <param name="node">The node to rewrite.</param>
    /// <returns>The replacement node, the node itself, or <see langword="null"/> to remove it.</returns>
    public virtual SyntaxNode? VisitBracedVariableReference(BracedVariableReferenceSyntax node) => DefaultVisit(node);

    /// <summary>Rewrites a <see cref="CmdInstructionSyntax"/>; by default rewrites its children.</summary>
    /// <param name="node">The node to rewrite.</param>
    /// <returns>The replacement node, the node itself, or <see langword="null"/> to remove it.</returns>
    public virtual SyntaxNode? VisitCmdInstruction(CmdInstructionSyntax node) => DefaultVisit(node);

    /// <summary>Rewrites a <see cref="CopyInstructionSyntax"/>; by default rewrites its children.</summary>
    /// <param name="node">The node to rewrite.</param>
    /// <returns>The replacement node, the node itself, or <see langword="null"/> to remove it.</returns>
    public virtual SyntaxNode? VisitCopyInstruction(CopyInstructionSyntax node) => DefaultVisit(node);

    /// <summary>Rewrites a <see cref="DockerfileSyntax"/>; by default rewrites its children.</summary>
    /// <param name="node">The node to rewrite.</param>
    /// <returns>The replacement node, the node itself, or <see langword="null"/> to remove it.</returns>
    public virtual SyntaxNode? VisitDockerfile(DockerfileSyntax node) => DefaultVisit(node);

    /// <summary>Rewrites a <see cref="DoubleQuotedStringSyntax"/>; by default rewrites its children.</summary>
    /// <param name="node">The node to rewrite.</param>
    /// <returns>The replacement node, the node itself, or <see langword="null"/> to remove it.</returns>
    public virtual SyntaxNode? VisitDoubleQuotedString(DoubleQuotedStringSyntax node) => DefaultVisit(node);

    /// <summary>Rewrites a <see cref="EntrypointInstructionSyntax"/>; by default rewrites its children.</summary>
    /// <param name="node">The node to rewrite.</param>
    /// <returns>The replacement node, the node itself, or <see langword="null"/> to remove it.</returns>
    public virtual SyntaxNode? VisitEntrypointInstruction(EntrypointInstructionSyntax node) => DefaultVisit(node);

    /// <summary>Rewrites a <see cref="EnvInstructionSyntax"/>; by default rewrites its children.</summary>
    /// <param name="node">The node to rewrite.</param>
    /// <returns>The replacement node, the node itself, or <see langword="null"/> to remove it.</returns>
    public virtual SyntaxNode? VisitEnvInstruction(EnvInstructionSyntax node) => DefaultVisit(node);

    /// <summary>Rewrites a <see cref="ExecFormSyntax"/>; by default rewrites its children.</summary>
    /// <param name="node">The node to rewrite.</param>
    /// <returns>The replacement node, the node itself, or <see langword="null"/> to remove it.</returns>
    public virtual SyntaxNode? VisitExecForm(ExecFormSyntax node) => DefaultVisit(node);

    /// <summary>Rewrites a <see cref="ExposeInstructionSyntax"/>; by default rewrites its children.</summary>
    /// <param name="node">The node to rewrite.</param>
    /// <returns>The replacement node, the node itself, or <see langword="null"/> to remove it.</returns>
    public virtual SyntaxNode? VisitExposeInstruction(ExposeInstructionSyntax node) => DefaultVisit(node);

    /// <summary>Rewrites a <see cref="FlagSyntax"/>; by default rewrites its children.</summary>
    /// <param name="node">The node to rewrite.</param>
    /// <returns>The replacement node, the node itself, or <see langword="null"/> to remove it.</returns>
    public virtual SyntaxNode? VisitFlag(FlagSyntax node) => DefaultVisit(node);

    /// <summary>Rewrites a <see cref="FromInstructionSyntax"/>; by default rewrites its children.</summary>
    /// <param name="node">The node to rewrite.</param>
    /// <returns>The replacement node, the node itself, or <see langword="null"/> to remove it.</returns>
    public virtual SyntaxNode? VisitFromInstruction(FromInstructionSyntax node) => DefaultVisit(node);

    /// <summary>Rewrites a <see cref="HealthcheckInstructionSyntax"/>; by default rewrites its children.</summary>
    /// <param name="node">The node to rewrite.</param>
    /// <returns>The replacement node, the node itself, or <see langword="null"/> to remove it.</returns>
    public virtual SyntaxNode? VisitHealthcheckInstruction(HealthcheckInstructionSyntax node) => DefaultVisit(node);

    /// <summary>Rewrites a <see cref="HeredocSyntax"/>; by default rewrites its children.</summary>
    /// <param name="node">The node to rewrite.</param>
    /// <returns>The replacement node, the node itself, or <see langword="null"/> to remove it.</returns>
    public virtual SyntaxNode? VisitHeredoc(HeredocSyntax node) => DefaultVisit(node);

    /// <summary>Rewrites a <see cref="KeyValuePairSyntax"/>; by default rewrites its children.</summary>
    /// <param name="node">The node to rewrite.</param>
    /// <returns>The replacement node, the node itself, or <see langword="null"/> to remove it.</returns>
    public virtual SyntaxNode? VisitKeyValuePair(KeyValuePairSyntax node) => DefaultVisit(node);

    /// <summary>Rewrites a <see cref="LabelInstructionSyntax"/>; by default rewrites its children.</summary>
    /// <param name="node">The node to rewrite.</param>
    /// <returns>The replacement node, the node itself, or <see langword="null"/> to remove it.</returns>
    public virtual SyntaxNode? VisitLabelInstruction(LabelInstructionSyntax node) => DefaultVisit(node);

    /// <summary>Rewrites a <see cref="MaintainerInstructionSyntax"/>; by default rewrites its children.</summary>
    /// <param name="node">The node to rewrite.</param>
    /// <returns>The replacement node, the node itself, or <see langword="null"/> to remove it.</returns>
    public virtual SyntaxNode? VisitMaintainerInstruction(MaintainerInstructionSyntax node) => DefaultVisit(node);

    /// <summary>Rewrites a <see cref="OnbuildInstructionSyntax"/>; by default rewrites its children.</summary>
    /// <param name="node">The node to rewrite.</param>
    /// <returns>The replacement node, the node itself, or <see langword="null"/> to remove it.</returns>
    public virtual SyntaxNode? VisitOnbuildInstruction(OnbuildInstructionSyntax node) => DefaultVisit(node);

    /// <summary>Rewrites a <see cref="ParserDirectiveSyntax"/>; by default rewrites its children.</summary>
    /// <param name="node">The node to rewrite.</param>
    /// <returns>The replacement node, the node itself, or <see langword="null"/> to remove it.</returns>
    public virtual SyntaxNode? VisitParserDirective(ParserDirectiveSyntax node) => DefaultVisit(node);

    /// <summary>Rewrites a <see cref="RawTextSyntax"/>; by default rewrites its children.</summary>
    /// <param name="node">The node to rewrite.</param>
    /// <returns>The replacement node, the node itself, or <see langword="null"/> to remove it.</returns>
    public virtual SyntaxNode? VisitRawText(RawTextSyntax node) => DefaultVisit(node);

    /// <summary>Rewrites a <see cref="RunInstructionSyntax"/>; by default rewrites its children.</summary>
    /// <param name="node">The node to rewrite.</param>
    /// <returns>The replacement node, the node itself, or <see langword="null"/> to remove it.</returns>
    public virtual SyntaxNode? VisitRunInstruction(RunInstructionSyntax node) => DefaultVisit(node);

    /// <summary>Rewrites a <see cref="ShellFormSyntax"/>; by default rewrites its children.</summary>
    /// <param name="node">The node to rewrite.</param>
    /// <returns>The replacement node, the node itself, or <see langword="null"/> to remove it.</returns>
    public virtual SyntaxNode? VisitShellForm(ShellFormSyntax node) => DefaultVisit(node);

    /// <summary>Rewrites a <see cref="ShellInstructionSyntax"/>; by default rewrites its children.</summary>
    /// <param name="node">The node to rewrite.</param>
    /// <returns>The replacement node, the node itself, or <see langword="null"/> to remove it.</returns>
    public virtual SyntaxNode? VisitShellInstruction(ShellInstructionSyntax node) => DefaultVisit(node);

    /// <summary>Rewrites a <see cref="SimpleVariableReferenceSyntax"/>; by default rewrites its children.</summary>
    /// <param name="node">The node to rewrite.</param>
    /// <returns>The replacement node, the node itself, or <see langword="null"/> to remove it.</returns>
    public virtual SyntaxNode? VisitSimpleVariableReference(SimpleVariableReferenceSyntax node) => DefaultVisit(node);

    /// <summary>Rewrites a <see cref="SingleQuotedStringSyntax"/>; by default rewrites its children.</summary>
    /// <param name="node">The node to rewrite.</param>
    /// <returns>The replacement node, the node itself, or <see langword="null"/> to remove it.</returns>
    public virtual SyntaxNode? VisitSingleQuotedString(SingleQuotedStringSyntax node) => DefaultVisit(node);

    /// <summary>Rewrites a <see cref="StopsignalInstructionSyntax"/>; by default rewrites its children.</summary>
    /// <param name="node">The node to rewrite.</param>
    /// <returns>The replacement node, the node itself, or <see langword="null"/> to remove it.</returns>
    public virtual SyntaxNode? VisitStopsignalInstruction(StopsignalInstructionSyntax node) => DefaultVisit(node);

    /// <summary>Rewrites a <see cref="UnknownInstructionSyntax"/>; by default rewrites its children.</summary>
    /// <param name="node">The node to rewrite.</param>
    /// <returns>The replacement node, the node itself, or <see langword="null"/> to remove it.</returns>
    public virtual SyntaxNode? VisitUnknownInstruction(UnknownInstructionSyntax node) => DefaultVisit(node);

    /// <summary>Rewrites a <see cref="UserInstructionSyntax"/>; by default rewrites its children.</summary>
    /// <param name="node">The node to rewrite.</param>
    /// <returns>The replacement node, the node itself, or <see langword="null"/> to remove it.</returns>
    public virtual SyntaxNode? VisitUserInstruction(UserInstructionSyntax node) => DefaultVisit(node);

    /// <summary>Rewrites a <see cref="VolumeInstructionSyntax"/>; by default rewrites its children.</summary>
    /// <param name="node">The node to rewrite.</param>
    /// <returns>The replacement node, the node itself, or <see langword="null"/> to remove it.</returns>
    public virtual SyntaxNode? VisitVolumeInstruction(VolumeInstructionSyntax node) => DefaultVisit(node);

    /// <summary>Rewrites a <see cref="WordSyntax"/>; by default rewrites its children.</summary>
    /// <param name="node">The node to rewrite.</param>
    /// <returns>The replacement node, the node itself, or <see langword="null"/> to remove it.</returns>
    public virtual SyntaxNode? VisitWord(WordSyntax node) => DefaultVisit(node);

    /// <summary>Rewrites a <see cref="WorkdirInstructionSyntax"/>; by default rewrites its children.</summary>
    /// <param name="node">The node to rewrite.</param>
    /// <returns>The replacement node, the node itself, or <see langword="null"/> to remove it.</returns>
    public virtual SyntaxNode? VisitWorkdirInstruction(WorkdirInstructionSyntax node) => DefaultVisit(node);
}
