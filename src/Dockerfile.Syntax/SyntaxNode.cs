using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Dockerfile.Syntax.InternalSyntax;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Dockerfile.Syntax;

/// <summary>
/// A node of a Dockerfile syntax tree: an immutable view over a shared green node that knows its
/// parent and absolute position. Children are created lazily and cached.
/// </summary>
public abstract class SyntaxNode
{
    private SyntaxNode?[]? _children;
    private DockerfileSyntaxTree? _tree;

    private protected SyntaxNode(GreenNode green, SyntaxNode? parent, int position)
    {
        Green = (GreenInner)green;
        Parent = parent;
        Position = position;
    }

    internal GreenInner Green { get; }

    /// <summary>The parent node, or null for the root.</summary>
    public SyntaxNode? Parent { get; }

    /// <summary>The absolute start of the node's full span.</summary>
    public int Position { get; }

    /// <summary>The kind of the node.</summary>
    public SyntaxKind Kind => Green.Kind;

    /// <summary>The span of the node including the leading trivia of its first token and the trailing trivia of its last.</summary>
    public TextSpan FullSpan => new(Position, Green.FullWidth);

    /// <summary>The span of the node without its outer trivia.</summary>
    public TextSpan Span
    {
        get
        {
            // Works on the green tree: the first and last tokens with text, without creating red nodes.
            if (!FirstTextStart(Green, Position, out int start) || !LastTextEnd(Green, Position + Green.FullWidth, out int end))
            {
                return new TextSpan(FullSpan.End, 0);
            }

            return end >= start ? TextSpan.FromBounds(start, end) : new TextSpan(start, 0);
        }
    }

    private static bool FirstTextStart(GreenNode green, int position, out int start)
    {
        if (green is GreenToken token)
        {
            start = position + token.LeadingWidth;
            return token.TextLength > 0;
        }

        var inner = (GreenInner)green;
        int count = inner.SlotCount;
        for (int i = 0; i < count; i++)
        {
            var slot = inner.GetSlot(i);
            if (slot.FullWidth > 0 && FirstTextStart(slot, position, out start))
            {
                return true;
            }

            position += slot.FullWidth;
        }

        start = 0;
        return false;
    }

    private static bool LastTextEnd(GreenNode green, int end, out int result)
    {
        if (green is GreenToken token)
        {
            result = end - token.FullWidth + token.LeadingWidth + token.TextLength;
            return token.TextLength > 0;
        }

        var inner = (GreenInner)green;
        for (int i = inner.SlotCount - 1; i >= 0; i--)
        {
            var slot = inner.GetSlot(i);
            if (slot.FullWidth > 0 && LastTextEnd(slot, end, out result))
            {
                return true;
            }

            end -= slot.FullWidth;
        }

        result = 0;
        return false;
    }

    /// <summary>The syntax tree this node belongs to (a detached node gets a tree of its own).</summary>
    public DockerfileSyntaxTree SyntaxTree
    {
        get
        {
            if (_tree != null)
            {
                return _tree;
            }

            var root = this;
            while (root.Parent != null)
            {
                root = root.Parent;
            }

            if (root._tree == null)
            {
                Interlocked.CompareExchange(ref root._tree, DockerfileSyntaxTree.CreateForRoot(root), null);
            }

            _tree = root._tree;
            return _tree!;
        }
    }

    internal void AttachTree(DockerfileSyntaxTree tree) => _tree = tree;

    internal DockerfileSyntaxTree? SyntaxTreeIfAttached => _tree;

    /// <summary>Whether this node or a descendant has a parse diagnostic.</summary>
    public bool ContainsDiagnostics => Green.ContainsDiagnostics;

    /// <summary>Whether this node or a descendant has a token that the parser inserted without text.</summary>
    public bool ContainsMissing => (Green.Flags & NodeFlags.ContainsMissing) != 0;

    /// <summary>The text of the node with its outer trivia.</summary>
    public string ToFullString() => Green.ToFullString();

    /// <summary>The text of the node without its outer trivia.</summary>
    public override string ToString()
    {
        var span = Span;
        if (span.Length == 0)
        {
            return string.Empty;
        }

        return ToFullString().Substring(span.Start - Position, span.Length);
    }

    /// <summary>The node's children, nodes and tokens, in order.</summary>
    public IEnumerable<SyntaxNodeOrToken> ChildNodesAndTokens()
    {
        int position = Position;
        int count = Green.SlotCount;
        for (int i = 0; i < count; i++)
        {
            var slot = Green.GetSlot(i);
            if (slot is GreenToken token)
            {
                yield return new SyntaxToken(this, token, position, i);
            }
            else
            {
                yield return GetChildNode(i, position);
            }

            position += slot.FullWidth;
        }
    }

    internal SyntaxNode GetChildNode(int index, int position)
    {
        _children ??= new SyntaxNode?[Green.SlotCount];
        var existing = Volatile.Read(ref _children[index]);
        if (existing != null)
        {
            return existing;
        }

        var created = SyntaxNodeFactory.CreateRed(Green.GetSlot(index), this, position);
        return Interlocked.CompareExchange(ref _children[index], created, null) ?? created;
    }

    /// <summary>The child nodes, in order.</summary>
    public IEnumerable<SyntaxNode> ChildNodes()
    {
        int position = Position;
        int count = Green.SlotCount;
        for (int i = 0; i < count; i++)
        {
            var slot = Green.GetSlot(i);
            if (slot is not GreenToken)
            {
                yield return GetChildNode(i, position);
            }

            position += slot.FullWidth;
        }
    }

    /// <summary>The child nodes of type <typeparamref name="T"/>, in order: <c>ChildNodes().OfType&lt;T&gt;()</c> with one iterator.</summary>
    internal IEnumerable<T> ChildNodesOfType<T>()
        where T : SyntaxNode
    {
        int position = Position;
        int count = Green.SlotCount;
        for (int i = 0; i < count; i++)
        {
            var slot = Green.GetSlot(i);
            if (slot is not GreenToken && GetChildNode(i, position) is T node)
            {
                yield return node;
            }

            position += slot.FullWidth;
        }
    }

    /// <summary>The child tokens, in order.</summary>
    public IEnumerable<SyntaxToken> ChildTokens()
    {
        int position = Position;
        int count = Green.SlotCount;
        for (int i = 0; i < count; i++)
        {
            var slot = Green.GetSlot(i);
            if (slot is GreenToken token)
            {
                yield return new SyntaxToken(this, token, position, i);
            }

            position += slot.FullWidth;
        }
    }

    /// <summary>The first child node of type <typeparamref name="T"/> (after skipping <paramref name="skip"/> of them), without enumerators.</summary>
    internal T? FirstChildNode<T>(int skip = 0)
        where T : SyntaxNode
    {
        int position = Position;
        int count = Green.SlotCount;
        for (int i = 0; i < count; i++)
        {
            var slot = Green.GetSlot(i);
            if (slot is not GreenToken && GetChildNode(i, position) is T found && skip-- == 0)
            {
                return found;
            }

            position += slot.FullWidth;
        }

        return null;
    }

    /// <summary>The first child token, or a default token.</summary>
    internal SyntaxToken FirstChildToken()
    {
        int position = Position;
        int count = Green.SlotCount;
        for (int i = 0; i < count; i++)
        {
            var slot = Green.GetSlot(i);
            if (slot is GreenToken token)
            {
                return new SyntaxToken(this, token, position, i);
            }

            position += slot.FullWidth;
        }

        return default;
    }

    /// <summary>The first child token; throws as <c>First()</c> when there is none.</summary>
    internal SyntaxToken FirstChildTokenOrThrow()
    {
        var token = FirstChildToken();
        return token.Green != null ? token : throw new InvalidOperationException("Sequence contains no elements");
    }

    /// <summary>The last child token; throws as <c>Last()</c> when there is none.</summary>
    internal SyntaxToken LastChildTokenOrThrow()
    {
        var token = LastChildToken();
        return token.Green != null ? token : throw new InvalidOperationException("Sequence contains no elements");
    }

    /// <summary>The last child token (of <paramref name="kind"/> when given), or a default token.</summary>
    internal SyntaxToken LastChildToken(SyntaxKind kind = SyntaxKind.None)
    {
        int position = Position + Green.FullWidth;
        for (int i = Green.SlotCount - 1; i >= 0; i--)
        {
            var slot = Green.GetSlot(i);
            position -= slot.FullWidth;
            if (slot is GreenToken token && (kind == SyntaxKind.None || token.Kind == kind))
            {
                return new SyntaxToken(this, token, position, i);
            }
        }

        return default;
    }

    /// <summary>All descendant nodes in document order (not this node).</summary>
    public IEnumerable<SyntaxNode> DescendantNodes(Func<SyntaxNode, bool>? descendIntoChildren = null)
    {
        if (descendIntoChildren != null && !descendIntoChildren(this))
        {
            yield break;
        }

        foreach (var item in Walk(descendIntoChildren, includeTokens: false))
        {
            yield return item.AsNode()!;
        }
    }

    /// <summary>All descendant nodes and tokens in document order (not this node).</summary>
    public IEnumerable<SyntaxNodeOrToken> DescendantNodesAndTokens(Func<SyntaxNode, bool>? descendIntoChildren = null) =>
        descendIntoChildren != null && !descendIntoChildren(this)
            ? Array.Empty<SyntaxNodeOrToken>()
            : Walk(descendIntoChildren, includeTokens: true);

    /// <summary>
    /// The one walk behind the Descendant* methods: it reads the green slots directly with one stack for the
    /// whole walk, so it allocates nothing per node (analyzers walk whole files).
    /// </summary>
    private IEnumerable<SyntaxNodeOrToken> Walk(Func<SyntaxNode, bool>? descendIntoChildren, bool includeTokens)
    {
        var stack = new Stack<(SyntaxNode Node, int Index, int Position)>(16);
        stack.Push((this, 0, Position));
        while (stack.Count > 0)
        {
            var (node, index, position) = stack.Pop();
            var green = node.Green;
            int count = green.SlotCount;
            while (index < count)
            {
                var slot = green.GetSlot(index);
                int childPosition = position;
                position += slot.FullWidth;
                index++;
                if (slot is GreenToken token)
                {
                    if (includeTokens)
                    {
                        yield return new SyntaxToken(node, token, childPosition, index - 1);
                    }

                    continue;
                }

                var child = node.GetChildNode(index - 1, childPosition);
                stack.Push((node, index, position));
                yield return child;
                if (descendIntoChildren == null || descendIntoChildren(child))
                {
                    stack.Push((child, 0, childPosition));
                }

                break;
            }
        }
    }

    /// <summary>This node and all descendant nodes in document order.</summary>
    public IEnumerable<SyntaxNode> DescendantNodesAndSelf(Func<SyntaxNode, bool>? descendIntoChildren = null)
    {
        yield return this;
        foreach (var node in DescendantNodes(descendIntoChildren))
        {
            yield return node;
        }
    }

    /// <summary>All tokens under this node in document order.</summary>
    public IEnumerable<SyntaxToken> DescendantTokens()
    {
        foreach (var item in Walk(null, includeTokens: true))
        {
            if (item.IsToken)
            {
                yield return item.AsToken();
            }
        }
    }

    /// <summary>All trivia under this node in document order.</summary>
    public IEnumerable<SyntaxTrivia> DescendantTrivia()
    {
        foreach (var token in DescendantTokens())
        {
            foreach (var t in token.LeadingTrivia)
            {
                yield return t;
            }

            foreach (var t in token.TrailingTrivia)
            {
                yield return t;
            }
        }
    }

    /// <summary>The ancestors of this node, nearest first.</summary>
    public IEnumerable<SyntaxNode> Ancestors()
    {
        for (var node = Parent; node != null; node = node.Parent)
        {
            yield return node;
        }
    }

    /// <summary>This node and its ancestors, nearest first.</summary>
    public IEnumerable<SyntaxNode> AncestorsAndSelf()
    {
        for (var node = this; node != null; node = node.Parent)
        {
            yield return node;
        }
    }

    /// <summary>The nearest ancestor (or this node) of type <typeparamref name="T"/>.</summary>
    public T? FirstAncestorOrSelf<T>()
        where T : SyntaxNode
    {
        foreach (var node in AncestorsAndSelf())
        {
            if (node is T t)
            {
                return t;
            }
        }

        return null;
    }

    /// <summary>The first token under this node.</summary>
    public SyntaxToken GetFirstToken(bool includeZeroWidth = false)
    {
        foreach (var token in DescendantTokens())
        {
            if (includeZeroWidth || token.Span.Length > 0)
            {
                return token;
            }
        }

        return default;
    }

    /// <summary>The last token under this node.</summary>
    public SyntaxToken GetLastToken(bool includeZeroWidth = false)
    {
        // Walks backwards from the last slot, so it usually visits only the right edge of the subtree; the stack
        // (not recursion) lets it back up past children that hold no qualifying token.
        var stack = new Stack<(SyntaxNode Node, int Index, int End)>(16);
        stack.Push((this, Green.SlotCount - 1, Position + Green.FullWidth));
        while (stack.Count > 0)
        {
            var (node, index, end) = stack.Pop();
            var green = node.Green;
            while (index >= 0)
            {
                var slot = green.GetSlot(index);
                int start = end - slot.FullWidth;
                if (slot is GreenToken greenToken)
                {
                    var token = new SyntaxToken(node, greenToken, start, index);
                    if (includeZeroWidth || token.Span.Length > 0)
                    {
                        return token;
                    }
                }
                else
                {
                    var child = node.GetChildNode(index, start);
                    stack.Push((node, index - 1, start));
                    stack.Push((child, child.Green.SlotCount - 1, end));
                    break;
                }

                index--;
                end = start;
            }
        }

        return default;
    }

    /// <summary>The token whose full span contains <paramref name="position"/> (the end-of-file token at the end).</summary>
    public SyntaxToken FindToken(int position)
    {
        if (!FullSpan.Contains(position) && position != FullSpan.End)
        {
            throw new ArgumentOutOfRangeException(nameof(position));
        }

        // Each level finds the child by width on the green node (chunk by chunk for a long child list) and
        // creates only the red node it descends into: a lookup costs the depth, not the size of the file.
        SyntaxNode node = this;
        while (true)
        {
            int index = node.Green.FindSlot(position - node.Position, out int offset);
            if (index < 0)
            {
                return default;
            }

            int childPosition = node.Position + offset;
            if (node.Green.GetSlot(index) is GreenToken token)
            {
                return new SyntaxToken(node, token, childPosition, index);
            }

            node = node.GetChildNode(index, childPosition);
        }
    }

    /// <summary>The smallest node whose span contains <paramref name="span"/>.</summary>
    public SyntaxNode FindNode(TextSpan span, bool getInnermostNodeForTie = false)
    {
        if (!FullSpan.Contains(span))
        {
            throw new ArgumentOutOfRangeException(nameof(span));
        }

        SyntaxNode node = this;
        while (true)
        {
            SyntaxNode? next = null;
            foreach (var child in node.ChildNodes())
            {
                if (child.FullSpan.Contains(span))
                {
                    next = child;
                    break;
                }
            }

            if (next == null || (!getInnermostNodeForTie && next.Span != span && node.Span == span))
            {
                return node;
            }

            node = next;
        }
    }

    /// <summary>Whether this node has the same kinds, structure and text (trivia included) as <paramref name="other"/>.</summary>
    public bool IsEquivalentTo(SyntaxNode? other) => other != null && Green.IsEquivalentTo(other.Green);

    /// <summary>Whether the two nodes share the same underlying green node: proof that an incremental parse reused it.</summary>
    public bool IsIncrementallyIdenticalTo(SyntaxNode? other) => other != null && ReferenceEquals(Green, other.Green);

    /// <summary>The parse diagnostics of this node and its descendants.</summary>
    public IEnumerable<Diagnostic> GetDiagnostics() => SyntaxTree.GetDiagnostics(this);

    /// <summary>A location for this node's span.</summary>
    public Location GetLocation() => SyntaxTree.GetLocation(Span);

    /// <summary>Returns a new root in which <paramref name="oldNode"/> is replaced by <paramref name="newNode"/>.</summary>
    public TRoot ReplaceNode<TRoot>(SyntaxNode oldNode, SyntaxNode newNode)
        where TRoot : SyntaxNode
        => (TRoot)SyntaxEditor.ReplaceChildren(this, oldNode, new[] { newNode.Green });

    /// <summary>Returns a new root in which <paramref name="oldNode"/> is replaced by the given nodes.</summary>
    public SyntaxNode ReplaceNode(SyntaxNode oldNode, IEnumerable<SyntaxNode> newNodes) =>
        SyntaxEditor.ReplaceChildren(this, oldNode, newNodes.Select(n => (GreenNode)n.Green).ToArray());

    /// <summary>Returns a new root with <paramref name="newNodes"/> inserted before <paramref name="nodeInList"/>.</summary>
    public SyntaxNode InsertNodesBefore(SyntaxNode nodeInList, IEnumerable<SyntaxNode> newNodes) =>
        SyntaxEditor.ReplaceChildren(this, nodeInList, newNodes.Select(n => (GreenNode)n.Green).Append(nodeInList.Green).ToArray());

    /// <summary>Returns a new root with <paramref name="newNodes"/> inserted after <paramref name="nodeInList"/>.</summary>
    public SyntaxNode InsertNodesAfter(SyntaxNode nodeInList, IEnumerable<SyntaxNode> newNodes) =>
        SyntaxEditor.ReplaceChildren(this, nodeInList, new GreenNode[] { nodeInList.Green }.Concat(newNodes.Select(n => (GreenNode)n.Green)).ToArray());

    /// <summary>Returns a new root without <paramref name="node"/>.</summary>
    public SyntaxNode RemoveNode(SyntaxNode node) => SyntaxEditor.ReplaceChildren(this, node, Array.Empty<GreenNode>());

    /// <summary>Returns a new root in which the token <paramref name="oldToken"/> is replaced by <paramref name="newToken"/>.</summary>
    public SyntaxNode ReplaceToken(SyntaxToken oldToken, SyntaxToken newToken) => SyntaxEditor.ReplaceToken(this, oldToken, newToken);
}
