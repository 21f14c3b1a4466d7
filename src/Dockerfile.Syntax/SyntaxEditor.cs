using System;
using System.Collections.Generic;
using Dockerfile.Syntax.InternalSyntax;

namespace Dockerfile.Syntax;

/// <summary>Rebuilds the spine of a tree around a replaced node or token; everything else is shared.</summary>
internal static class SyntaxEditor
{
    public static SyntaxNode ReplaceChildren(SyntaxNode root, SyntaxNode oldNode, GreenNode[] replacement)
    {
        if (oldNode.Parent == null || !IsAncestorOrSelf(root, oldNode))
        {
            if (ReferenceEquals(root, oldNode) && replacement.Length == 1 && replacement[0] is GreenInner single)
            {
                return SyntaxNodeFactory.CreateRed(single, null, 0);
            }

            throw new ArgumentException("The node is not a descendant of the root.", nameof(oldNode));
        }

        var parent = oldNode.Parent;
        int index = IndexOf(parent, oldNode.Green, oldNode.Position);
        var children = parent.Green.Children;
        var list = new List<GreenNode>(children.Length + replacement.Length);
        for (int i = 0; i < index; i++)
        {
            list.Add(children[i]);
        }

        list.AddRange(replacement);
        for (int i = index + 1; i < children.Length; i++)
        {
            list.Add(children[i]);
        }

        return Rebuild(root, parent, parent.Green.WithChildren(list.ToArray()));
    }

    public static SyntaxNode ReplaceToken(SyntaxNode root, SyntaxToken oldToken, SyntaxToken newToken)
    {
        var parent = oldToken.Parent ?? throw new ArgumentException("The token has no parent.", nameof(oldToken));
        if (newToken.Green == null)
        {
            throw new ArgumentException("The new token is empty.", nameof(newToken));
        }

        var children = (GreenNode[])parent.Green.Children.Clone();
        children[oldToken.Index] = newToken.Green;
        return Rebuild(root, parent, parent.Green.WithChildren(children));
    }

    private static SyntaxNode Rebuild(SyntaxNode root, SyntaxNode changed, GreenInner newGreen)
    {
        var current = changed;
        var green = newGreen;
        while (!ReferenceEquals(current, root))
        {
            var parent = current.Parent ?? throw new ArgumentException("The node is not a descendant of the root.");
            int index = IndexOf(parent, current.Green, current.Position);
            var children = (GreenNode[])parent.Green.Children.Clone();
            children[index] = green;
            green = parent.Green.WithChildren(children);
            current = parent;
        }

        return SyntaxNodeFactory.CreateRed(green, null, 0);
    }

    private static int IndexOf(SyntaxNode parent, GreenNode child, int position)
    {
        int p = parent.Position;
        var children = parent.Green.Children;
        for (int i = 0; i < children.Length; i++)
        {
            if (ReferenceEquals(children[i], child) && p == position)
            {
                return i;
            }

            p += children[i].FullWidth;
        }

        throw new ArgumentException("The node is not a child of its parent.");
    }

    private static bool IsAncestorOrSelf(SyntaxNode ancestor, SyntaxNode node)
    {
        for (var n = node; n != null; n = n.Parent)
        {
            if (ReferenceEquals(n, ancestor))
            {
                return true;
            }
        }

        return false;
    }
}
