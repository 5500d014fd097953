using System.Buffers;
using System.Runtime.CompilerServices;

namespace AseanAi.Citations.Publishers;

/// <summary>
/// An Aho–Corasick automaton over folded keys: one pass over a text finds every key that ends at each position.
/// The root has a dense transition row (most steps in CJK text start there); other states keep their few children in
/// flat arrays (in the order of their characters, searched in line). Immutable and thread-safe once built; scanning state lives in the caller.
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

    /// <summary>Builds the automaton of <paramref name="keys"/>; key <c>i</c> is reported as id <c>i</c>.</summary>
    /// <param name="keys">Non-empty, distinct keys, none holding a character of <paramref name="ignoredCharacters"/>.</param>
    /// <param name="ignoredCharacters">The separators that scanning skips (<see cref="Ignored"/>).</param>
    /// <exception cref="ArgumentException">A key is empty, occurs twice or holds an ignored character.</exception>
    public KeyAutomaton(IReadOnlyList<string> keys, ReadOnlySpan<char> ignoredCharacters)
    {
        ArgumentNullException.ThrowIfNull(keys);

        // 1. Alphabet: every character that occurs in a key gets a symbol; 0 means "in no key".
        var symbolCount = 1;
        var totalLength = 0;
        foreach (var key in keys)
        {
            if (key.Length == 0)
            {
                throw new ArgumentException("Keys cannot be empty.", nameof(keys));
            }

            totalLength += key.Length;
            foreach (var c in key)
            {
                if (_symbolOf[c] == 0)
                {
                    _symbolOf[c] = checked((ushort)symbolCount++);
                }
            }
        }

        foreach (var c in ignoredCharacters)
        {
            if (_symbolOf[c] != 0)
            {
                throw new ArgumentException($"A key holds the ignored character U+{(int)c:X4}.", nameof(keys));
            }

            _symbolOf[c] = Ignored;
        }

        // 2. Trie, from the keys in ordinal order: a key shares with the one before it the nodes of their common prefix
        // and adds one node for each character after it, so no node needs a table of its children while the trie grows.
        // A node is numbered when it is made; the children of a node are made in the order of their characters.
        var order = OrdinalOrder(keys);
        var pool = ArrayPool<int>.Shared;
        var parentOf = pool.Rent(totalLength + 1);
        var path = pool.Rent(MaxLength(keys) + 1);
        var keyAt = pool.Rent(totalLength + 1);
        try
        {
            var edgeChar = new char[totalLength + 1];
            keyAt[0] = -1;
            parentOf[0] = -1;
            var nodeCount = 1;
            _keyLength = new int[keys.Count];
            string? previous = null;
            foreach (var id in order)
            {
                var key = keys[id];
                var common = previous is null ? 0 : key.AsSpan().CommonPrefixLength(previous);
                if (common == key.Length)
                {
                    throw new ArgumentException($"The key '{key}' occurs twice.", nameof(keys));
                }

                var node = common == 0 ? 0 : path[common - 1];
                for (var i = common; i < key.Length; i++)
                {
                    parentOf[nodeCount] = node;
                    edgeChar[nodeCount] = key[i];
                    keyAt[nodeCount] = -1;
                    node = nodeCount++;
                    path[i] = node;
                }

                keyAt[node] = id;
                _keyLength[id] = key.Length;
                MaxKeyLength = Math.Max(MaxKeyLength, key.Length);
                previous = key;
            }

            // 3. Flatten the children: counted per parent, then placed in the order they were made.
            _childStart = new int[nodeCount + 1];
            for (var node = 1; node < nodeCount; node++)
            {
                _childStart[parentOf[node] + 1]++;
            }

            for (var node = 0; node < nodeCount; node++)
            {
                _childStart[node + 1] += _childStart[node];
            }

            var childCount = nodeCount - 1;
            _childSymbol = new ushort[childCount];
            _childTarget = new int[childCount];
            var fill = pool.Rent(nodeCount);
            try
            {
                _childStart.AsSpan(0, nodeCount).CopyTo(fill);
                for (var node = 1; node < nodeCount; node++)
                {
                    var position = fill[parentOf[node]]++;
                    _childSymbol[position] = _symbolOf[edgeChar[node]];
                    _childTarget[position] = node;
                }
            }
            finally
            {
                pool.Return(fill);
            }

            _rootNext = new int[symbolCount];
            for (var i = _childStart[0]; i < _childStart[1]; i++)
            {
                _rootNext[_childSymbol[i]] = _childTarget[i];
            }

            _keyAt = keyAt.AsSpan(0, nodeCount).ToArray();
        }
        finally
        {
            pool.Return(parentOf);
            pool.Return(path);
            pool.Return(keyAt);
        }

        // 4. Failure and output links, breadth first (a node's failure target is shallower, so it is done before it).
        var states = _keyAt.Length;
        _fail = new int[states];
        _outputLink = new int[states];
        _outputLink[0] = -1;
        var queue = pool.Rent(states);
        try
        {
            var tail = 0;
            for (var i = _childStart[0]; i < _childStart[1]; i++)
            {
                var target = _childTarget[i];
                _outputLink[target] = -1;
                queue[tail++] = target;
            }

            for (var head = 0; head < tail; head++)
            {
                var node = queue[head];
                for (var i = _childStart[node]; i < _childStart[node + 1]; i++)
                {
                    var symbol = _childSymbol[i];
                    var target = _childTarget[i];
                    var fallback = _fail[node];
                    int next;
                    while ((next = Goto(fallback, symbol)) < 0)
                    {
                        fallback = _fail[fallback];
                    }

                    _fail[target] = next == target ? 0 : next;
                    _outputLink[target] = _keyAt[_fail[target]] >= 0 ? _fail[target] : _outputLink[_fail[target]];
                    queue[tail++] = target;
                }
            }
        }
        finally
        {
            pool.Return(queue);
        }

        _hasOutput = new bool[states];
        for (var node = 0; node < states; node++)
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

    /// <summary>The ids of <paramref name="keys"/> in ordinal order of the keys; no sorting when they are in order already.</summary>
    private static int[] OrdinalOrder(IReadOnlyList<string> keys)
    {
        var order = new int[keys.Count];
        var sorted = true;
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
            sorted &= i == 0 || string.CompareOrdinal(keys[i - 1], keys[i]) <= 0;
        }

        if (!sorted)
        {
            Array.Sort(order, (a, b) => string.CompareOrdinal(keys[a], keys[b]));
        }

        return order;
    }

    private static int MaxLength(IReadOnlyList<string> keys)
    {
        var longest = 0;
        foreach (var key in keys)
        {
            longest = Math.Max(longest, key.Length);
        }

        return longest;
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
