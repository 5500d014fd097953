using System.Buffers;

namespace AseanAi.Citations.Parsing.Reading;

/// <summary>
/// A fixed list of words looked for anywhere in a text, ignoring case (ordinal): <see cref="IsIn"/> equals
/// <see cref="IsInOneByOne"/> (each word searched for in turn with <see cref="StringComparison.OrdinalIgnoreCase"/>), with
/// one pass over the text on .NET 9 and later. Immutable and thread-safe; <c>WordListTests</c> prove the two agree.
/// </summary>
internal sealed class WordList
{
    private readonly string[] _words;
#if NET9_0_OR_GREATER
    private readonly SearchValues<string> _values;
#endif

    public WordList(params string[] words)
    {
        _words = words;
#if NET9_0_OR_GREATER
        _values = SearchValues.Create(words, StringComparison.OrdinalIgnoreCase);
#endif
    }

    /// <summary>The words, as given.</summary>
    public IReadOnlyList<string> Words => _words;

    /// <summary>Whether <paramref name="text"/> contains any of the words, ignoring case.</summary>
    public bool IsIn(ReadOnlySpan<char> text) =>
#if NET9_0_OR_GREATER
        text.IndexOfAny(_values) >= 0;
#else
        IsInOneByOne(text);
#endif

    /// <summary>The slower call that <see cref="IsIn"/> equals: each word in turn.</summary>
    internal bool IsInOneByOne(ReadOnlySpan<char> text)
    {
        foreach (var word in _words)
        {
            if (text.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
