using System.Collections.Immutable;

namespace AseanAi.Citations.Internal;

/// <summary>Element-wise equality and hashing for the immutable arrays that model types hold.</summary>
internal static class SequenceEquality
{
    public static bool Equal<T>(ImmutableArray<T> left, ImmutableArray<T> right)
    {
        if (left.IsDefaultOrEmpty || right.IsDefaultOrEmpty)
        {
            return left.IsDefaultOrEmpty && right.IsDefaultOrEmpty;
        }

        return left.AsSpan().SequenceEqual(right.AsSpan());
    }

    public static int Hash<T>(ImmutableArray<T> items)
    {
        var hash = default(HashCode);
        if (!items.IsDefault)
        {
            foreach (var item in items)
            {
                hash.Add(item);
            }
        }

        return hash.ToHashCode();
    }

    public static ImmutableArray<T> OrEmpty<T>(ImmutableArray<T> items) => items.IsDefault ? [] : items;
}
