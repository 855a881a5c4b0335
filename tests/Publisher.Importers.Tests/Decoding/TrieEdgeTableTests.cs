using Publisher.Importers.Decoding;

namespace Publisher.Importers.Tests.Decoding;

public class TrieEdgeTableTests
{
    [Fact]
    public void GetOrAdd_BeyondInitialCapacity_KeepsEveryEdgeFindable()
    {
        // Sized for 4 edges, filled with 5,000: the table grows several times on the way.
        var table = new TrieEdgeTable(4);
        var random = new Random(12);
        var edges = new Dictionary<(int, char), int>();
        while (edges.Count < 5000)
        {
            var key = (random.Next(0, 3000), (char)random.Next(0x4E00, 0x9FFF));
            if (edges.ContainsKey(key)) continue;
            var child = edges.Count + 1;
            Assert.Equal(child, table.GetOrAdd(key.Item1, key.Item2, child, out var added));
            Assert.True(added);
            edges[key] = child;
        }

        foreach (var ((node, c), child) in edges)
        {
            Assert.True(table.TryGet(node, c, out var found));
            Assert.Equal(child, found);
            Assert.Equal(child, table.GetOrAdd(node, c, 999_999, out var added));
            Assert.False(added);
        }
        Assert.False(table.TryGet(3001, '中', out _));
        Assert.False(table.TryGet(0, 'a', out _));
    }

    [Fact]
    public void GetOrAdd_ChildPastAddressableNodes_Throws()
    {
        var table = new TrieEdgeTable(4);

        Assert.Throws<InvalidOperationException>(() => table.GetOrAdd(0, '中', TrieEdgeTable.MaxNodes, out _));
    }
}
