using System;
using System.Collections;
using System.Collections.Generic;
using Dockerfile.Syntax.InternalSyntax;

namespace Dockerfile.Syntax;

/// <summary>The leading or trailing trivia of a token.</summary>
public readonly struct SyntaxTriviaList : IReadOnlyList<SyntaxTrivia>
{
    private readonly GreenTrivia[]? _trivia;

    internal SyntaxTriviaList(SyntaxToken token, GreenTrivia[] trivia, int position)
    {
        Token = token;
        _trivia = trivia;
        Position = position;
    }

    /// <summary>The token that owns this list.</summary>
    public SyntaxToken Token { get; }

    /// <summary>The absolute position of the first trivia.</summary>
    public int Position { get; }

    /// <summary>The number of trivia.</summary>
    public int Count => _trivia?.Length ?? 0;

    /// <summary>The trivia at <paramref name="index"/>.</summary>
    public SyntaxTrivia this[int index]
    {
        get
        {
            if (_trivia == null || (uint)index >= (uint)_trivia.Length)
            {
                throw new ArgumentOutOfRangeException(nameof(index));
            }

            int position = Position;
            for (int i = 0; i < index; i++)
            {
                position += _trivia[i].FullWidth;
            }

            return new SyntaxTrivia(Token, _trivia[index], position);
        }
    }

    /// <summary>The combined text of every trivia in the list.</summary>
    public string ToFullString()
    {
        if (_trivia == null || _trivia.Length == 0)
        {
            return string.Empty;
        }

        var builder = new System.Text.StringBuilder();
        foreach (var t in _trivia)
        {
            builder.Append(t.Text);
        }

        return builder.ToString();
    }

    /// <inheritdoc />
    public override string ToString() => ToFullString();

    /// <summary>Whether any trivia of the given kind is in the list.</summary>
    public bool Any(SyntaxKind kind)
    {
        if (_trivia != null)
        {
            foreach (var t in _trivia)
            {
                if (t.Kind == kind)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Gets an enumerator over the trivia (a struct: <c>foreach</c> does not allocate).</summary>
    public Enumerator GetEnumerator() => new(this);

    IEnumerator<SyntaxTrivia> IEnumerable<SyntaxTrivia>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Enumerates the trivia of a list.</summary>
    public struct Enumerator : IEnumerator<SyntaxTrivia>
    {
        private readonly SyntaxToken _token;
        private readonly GreenTrivia[]? _trivia;
        private int _index;
        private int _position;
        private int _next;

        internal Enumerator(SyntaxTriviaList list)
        {
            _token = list.Token;
            _trivia = list._trivia;
            _index = -1;
            _position = 0;
            _next = list.Position;
        }

        /// <inheritdoc />
        public readonly SyntaxTrivia Current => new(_token, _trivia![_index], _position);

        readonly object IEnumerator.Current => Current;

        /// <inheritdoc />
        public bool MoveNext()
        {
            if (_trivia == null || _index + 1 >= _trivia.Length)
            {
                return false;
            }

            _index++;
            _position = _next;
            _next += _trivia[_index].FullWidth;
            return true;
        }

        /// <inheritdoc />
        public void Reset() => throw new NotSupportedException();

        /// <inheritdoc />
        public readonly void Dispose()
        {
        }
    }
}
