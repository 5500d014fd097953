using System.Runtime.CompilerServices;

namespace AseanAi.Citations.Publishers;

/// <summary>
/// An Aho–Corasick automaton over folded keys: one pass over a text finds every key that ends at each position.
/// The root has a dense transition row (most steps in CJK text start there); other states keep their few children in
/// flat arrays. Immutable and thread-safe once built; scanning state lives in the caller.
/// </summary>
internal sealed class KeyAutomaton
{
    private readonly ushort[] _symbolOf = new ushort[char.MaxValue + 1];
    private readonly int[] _rootNext;
    private readonly int[] _childStart;
    private readonly ushort[] _childSymbol;
    private readonly int[] _childTarget;
    private readonly int[] _fail;
    private readonly int[] _keyAt;
    private readonly int[] _outputLink;
    private readonly int[] _keyLength;
    private readonly bool[] _hasOutput;

    /// <summary>The symbol of characters that keys ignore (separators); scanning skips them without a step.</summary>
    public const ushort Ignored = ushort.MaxValue;

    public KeyAutomaton(IReadOnlyList<string> keys, Func<char, bool> isIgnored)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(isIgnored);

        // 1. Alphabet: every character that occurs in a key gets a symbol; 0 means "in no key".
        var symbolCount = 1;
        foreach (var key in keys)
        {
            foreach (var c in key)
            {
                if (_symbolOf[c] == 0)
                {
                    _symbolOf[c] = checked((ushort)symbolCount++);
                }
            }
        }

        for (var c = 0; c <= char.MaxValue; c++)
        {
            if (isIgnored((char)c))
            {
                if (_symbolOf[c] != 0)
                {
                    throw new ArgumentException($"A key holds the ignored character U+{c:X4}.", nameof(keys));
                }

                _symbolOf[c] = Ignored;
            }
        }

        // 2. Trie.
        var children = new List<Dictionary<ushort, int>> { new() };
        var keyAt = new List<int> { -1 };
        _keyLength = new int[keys.Count];
        for (var id = 0; id < keys.Count; id++)
        {
            var key = keys[id];
            if (key.Length == 0)
            {
                throw new ArgumentException("Keys cannot be empty.", nameof(keys));
            }

            var node = 0;
            foreach (var c in key)
            {
                var symbol = _symbolOf[c];
                if (!children[node].TryGetValue(symbol, out var next))
                {
                    next = children.Count;
                    children[node][symbol] = next;
                    children.Add([]);
                    keyAt.Add(-1);
                }

                node = next;
            }

            if (keyAt[node] >= 0)
            {
                throw new ArgumentException($"The key '{key}' occurs twice.", nameof(keys));
            }

            keyAt[node] = id;
            _keyLength[id] = key.Length;
            MaxKeyLength = Math.Max(MaxKeyLength, key.Length);
        }

        // 3. Flatten the children, sorted by symbol.
        var nodeCount = children.Count;
        _childStart = new int[nodeCount + 1];
        var totalChildren = 0;
        for (var node = 0; node < nodeCount; node++)
        {
            _childStart[node] = totalChildren;
            totalChildren += node == 0 ? 0 : children[node].Count;
        }

        _childStart[nodeCount] = totalChildren;
        _childSymbol = new ushort[totalChildren];
        _childTarget = new int[totalChildren];
        for (var node = 1; node < nodeCount; node++)
        {
            var position = _childStart[node];
            foreach (var (symbol, target) in children[node].OrderBy(pair => pair.Key))
            {
                _childSymbol[position] = symbol;
                _childTarget[position] = target;
                position++;
            }
        }

        _rootNext = new int[symbolCount];
        foreach (var (symbol, target) in children[0])
        {
            _rootNext[symbol] = target;
        }

        // 4. Failure and output links, breadth first.
        _fail = new int[nodeCount];
        _outputLink = new int[nodeCount];
        _keyAt = [.. keyAt];
        _outputLink[0] = -1;
        var queue = new Queue<int>();
        foreach (var target in children[0].Values)
        {
            _fail[target] = 0;
            _outputLink[target] = -1;
            queue.Enqueue(target);
        }

        while (queue.Count > 0)
        {
            var node = queue.Dequeue();
            foreach (var (symbol, target) in children[node])
            {
                var fallback = _fail[node];
                int next;
                while ((next = Goto(fallback, symbol)) < 0)
                {
                    fallback = _fail[fallback];
                }

                _fail[target] = next == target ? 0 : next;
                _outputLink[target] = _keyAt[_fail[target]] >= 0 ? _fail[target] : _outputLink[_fail[target]];
                queue.Enqueue(target);
            }
        }

        _hasOutput = new bool[nodeCount];
        for (var node = 0; node < nodeCount; node++)
        {
            _hasOutput[node] = _keyAt[node] >= 0 || _outputLink[node] >= 0;
        }
    }

    /// <summary>The symbol of a character: 0 when no key holds it, <see cref="Ignored"/> for a separator.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ushort SymbolOf(char c) => _symbolOf[c];

    /// <summary>Advances the automaton by a symbol from <see cref="SymbolOf(char)"/> (neither 0 nor <see cref="Ignored"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int StepSymbol(int state, ushort symbol)
    {
        while (state != 0)
        {
            var next = Child(state, symbol);
            if (next >= 0)
            {
                return next;
            }

            state = _fail[state];
        }

        return _rootNext[symbol];
    }

    /// <summary>The length of the longest key.</summary>
    public int MaxKeyLength { get; }

    /// <summary>The number of states, for diagnostics.</summary>
    public int StateCount => _fail.Length;

    /// <summary>The root state, where scanning starts.</summary>
    public static int Root => 0;

    /// <summary>The length of key <paramref name="keyId"/>.</summary>
    public int KeyLength(int keyId) => _keyLength[keyId];

    /// <summary>Advances the automaton by one folded character.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Step(int state, char c)
    {
        var symbol = _symbolOf[c];
        if (symbol is 0 or Ignored)
        {
            return symbol == 0 ? 0 : state;
        }

        while (state != 0)
        {
            var next = Child(state, symbol);
            if (next >= 0)
            {
                return next;
            }

            state = _fail[state];
        }

        return _rootNext[symbol];
    }

    /// <summary>The key that ends exactly at <paramref name="state"/>, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int KeyAt(int state) => _keyAt[state];

    /// <summary>The next state along the failure chain of <paramref name="state"/> where a key ends, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int NextOutput(int state) => _outputLink[state];

    /// <summary>Whether a key (or a suffix of the text that is a key) ends at <paramref name="state"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool HasOutput(int state) => _hasOutput[state];

    /// <summary>Follows the trie from <paramref name="state"/> without failure links: -1 when no key continues with <paramref name="c"/>.</summary>
    public int Descend(int state, char c)
    {
        var symbol = _symbolOf[c];
        if (symbol is 0 or Ignored)
        {
            return -1;
        }

        var next = Goto(state, symbol);
        return next == 0 ? -1 : next;
    }

    private int Goto(int state, ushort symbol)
    {
        if (state == 0)
        {
            // The root never fails: a symbol without a child stays at the root.
            return _rootNext[symbol];
        }

        return Child(state, symbol);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Child(int state, ushort symbol)
    {
        var start = _childStart[state];
        var end = _childStart[state + 1];
        for (var i = start; i < end; i++)
        {
            if (_childSymbol[i] == symbol)
            {
                return _childTarget[i];
            }
        }

        return -1;
    }
}
