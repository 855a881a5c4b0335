using System.Runtime.CompilerServices;

namespace Publisher.Importers.Decoding;

/// <summary>
/// The edges of a character trie, (node, character) → child node, as one open-addressing hash table
/// of packed 64-bit entries. Mojibake repair looks up millions of trie steps per megabyte; a
/// <see cref="Dictionary{TKey, TValue}"/> costs two cache misses per lookup (bucket, then entry)
/// and this costs one, and it is also built several times faster.
/// </summary>
internal sealed class TrieEdgeTable
{
    // An entry is (node << 16 | character) << NodeBits | child; 0 marks an empty slot (the root
    // never has a child for U+0000).
    private const int NodeBits = 21;
    private const long NodeMask = (1L << NodeBits) - 1;

    /// <summary>Most nodes a table can address.</summary>
    public const int MaxNodes = 1 << NodeBits;

    private long[] slots;
    private int mask, shift, count;

    /// <summary>A table sized for about <paramref name="capacity"/> edges.</summary>
    public TrieEdgeTable(int capacity)
    {
        var size = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, capacity * 2));
        slots = new long[size];
        mask = size - 1;
        shift = 64 - System.Numerics.BitOperations.Log2((uint)size);
    }

    /// <summary>The child of <paramref name="node"/> by <paramref name="c"/>, if there is one.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryGet(int node, char c, out int child)
    {
        var key = ((long)node << 16) | c;
        for (var i = Slot(key); ; i = (i + 1) & mask)
        {
            var entry = slots[i];
            if (entry == 0) { child = 0; return false; }
            if (entry >>> NodeBits == key) { child = (int)(entry & NodeMask); return true; }
        }
    }

    /// <summary>The child of <paramref name="node"/> by <paramref name="c"/>, created as <paramref name="next"/> when missing; <paramref name="added"/> says which.</summary>
    public int GetOrAdd(int node, char c, int next, out bool added)
    {
        if (next >= MaxNodes) throw new InvalidOperationException($"a trie of more than {MaxNodes} nodes does not fit the table");
        if (2 * (count + 1) > slots.Length) Grow();
        var key = ((long)node << 16) | c;
        for (var i = Slot(key); ; i = (i + 1) & mask)
        {
            var entry = slots[i];
            if (entry == 0)
            {
                slots[i] = (key << NodeBits) | (long)next;
                count++;
                added = true;
                return next;
            }
            if (entry >>> NodeBits == key) { added = false; return (int)(entry & NodeMask); }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Slot(long key) => (int)((ulong)(key * unchecked((long)0x9E3779B97F4A7C15UL)) >> shift);

    private void Grow()
    {
        var old = slots;
        slots = new long[old.Length * 2];
        mask = slots.Length - 1;
        shift--;
        foreach (var entry in old)
        {
            if (entry == 0) continue;
            var i = Slot(entry >>> NodeBits);
            while (slots[i] != 0) i = (i + 1) & mask;
            slots[i] = entry;
        }
    }
}
