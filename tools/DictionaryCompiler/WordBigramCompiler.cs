using System.Buffers.Binary;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices;
using System.Text;
using Publisher.Importers.Decoding;

namespace Publisher.DictionaryCompiler;

/// <summary>
/// SmartCn's word and word-bigram dictionaries, two resources inside Lucene.Net.Analysis.SmartCn.dll
/// (read as a file, never loaded as code) → what <see cref="WordBigramDictionary"/> loads: the words
/// most frequent first with their counts, and the bigram keys with their counts.
/// </summary>
internal static class WordBigramCompiler
{
    private const string WordsResource = "Lucene.Net.Analysis.SmartCn.Hhmm.coredict.mem";
    private const string BigramsResource = "Lucene.Net.Analysis.SmartCn.Hhmm.bigramdict.mem";

    /// <summary>Reads <paramref name="smartCnDll"/> and writes the compiled dictionary to <paramref name="output"/>.</summary>
    public static void Compile(string smartCnDll, string output)
    {
        // The word file names its first characters by GB2312 position.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        using var pe = new PEReader(File.OpenRead(smartCnDll), PEStreamOptions.PrefetchEntireImage);
        var (words, total) = ReadWords(Resource(pe, WordsResource));
        var (keys, counts) = ReadBigrams(Resource(pe, BigramsResource));
        // In the order of their slots in the loader's table, so that filling it writes memory front to back.
        var size = WordBigramDictionary.BigramTableSize(keys.Length);
        var slotOrder = Enumerable.Range(0, keys.Length).ToArray();
        Array.Sort(keys.Select(k => WordBigramDictionary.HomeSlot(k, size)).ToArray(), slotOrder);
        keys = slotOrder.Select(i => keys[i]).ToArray();
        counts = slotOrder.Select(i => counts[i]).ToArray();

        // Most frequent first, ties in SmartCn's order (the word file's order; Array.Sort is
        // deterministic), so that the loader's first N words are the N most frequent.
        var order = words.Values.Select(v => -(long)v).ToArray();
        var texts = words.Keys.ToArray();
        Array.Sort(order, texts);
        var chars = new StringBuilder();
        var ends = new int[texts.Length];
        for (var i = 0; i < texts.Length; i++) ends[i] = chars.Append(texts[i]).Length;

        using var writer = new DictionaryWriter(output, CompiledDictionary.WordBigrams);
        writer.Write(total);
        writer.Write<char>(chars.ToString());
        writer.Write<int>(ends);
        writer.Write<int>(texts.Select(t => words[t]).ToArray());
        writer.Write<long>(keys);
        writer.Write<int>(counts);
    }

    /// <summary>The bytes of the managed resource <paramref name="name"/> of the assembly <paramref name="pe"/>.</summary>
    internal static byte[] Resource(PEReader pe, string name)
    {
        var metadata = pe.GetMetadataReader();
        foreach (var handle in metadata.ManifestResources)
        {
            var resource = metadata.GetManifestResource(handle);
            if (!resource.Implementation.IsNil || metadata.GetString(resource.Name) != name) continue;
            // The resources section holds each resource as a 32-bit length followed by its bytes.
            var section = pe.GetSectionData(pe.PEHeaders.CorHeader!.ResourcesDirectory.RelativeVirtualAddress);
            var blob = section.GetReader((int)resource.Offset, section.Length - (int)resource.Offset);
            return blob.ReadBytes(blob.ReadInt32());
        }
        throw new InvalidOperationException($"resource {name} is missing from the SmartCn assembly");
    }

    // coredict.mem, as SmartCn's WordDictionary writes it with a BinaryWriter (chars as UTF-8, each
    // array after its 32-bit length, -1 for none): a hash index (skipped), its characters (skipped),
    // then per GB2312 character the endings of the words starting with it, then their counts in the
    // same order.
    private static (Dictionary<string, int>, long) ReadWords(byte[] bytes)
    {
        var at = 0;
        var hashIndex = Int(bytes, ref at);
        at += 2 * hashIndex;
        var indexChars = Int(bytes, ref at);
        for (var i = 0; i < indexChars; i++) Char(bytes, ref at);
        var endings = new string[Int(bytes, ref at)][];
        for (var i = 0; i < endings.Length; i++)
        {
            var n = Int(bytes, ref at);
            if (n < 0) continue;
            endings[i] = new string[n];
            for (var k = 0; k < n; k++)
            {
                // A null ending (length -1) is the character alone, like an empty one.
                var chars = new char[Math.Max(0, Int(bytes, ref at))];
                for (var c = 0; c < chars.Length; c++) chars[c] = Char(bytes, ref at);
                endings[i][k] = new string(chars);
            }
        }
        var gb2312 = Encoding.GetEncoding(936);
        var words = new Dictionary<string, int>(90_000, StringComparer.Ordinal);
        long total = 0;
        var rows = Int(bytes, ref at);
        for (var i = 0; i < rows; i++)
        {
            var n = Int(bytes, ref at);
            if (n < 0) continue;
            // Row i is the GB2312 character in row i / 94, cell i % 94 (both offset by 0xA1).
            var first = gb2312.GetString([(byte)(0xA1 + i / 94), (byte)(0xA1 + i % 94)]);
            for (var k = 0; k < n; k++)
            {
                var count = Int(bytes, ref at);
                if (i >= endings.Length || endings[i] is not { } row || k >= row.Length || count <= 0) continue;
                var word = first + row[k];
                words[word] = words.GetValueOrDefault(word) + count;
                total += count;
            }
        }
        return (words, total);
    }

    private static int Int(byte[] bytes, ref int at)
    {
        var value = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(at));
        at += 4;
        return value;
    }

    // One UTF-16 unit written as UTF-8 (one to three bytes; the files hold no surrogates).
    private static char Char(byte[] bytes, ref int at)
    {
        var lead = bytes[at++];
        if (lead < 0x80) return (char)lead;
        if (lead < 0xE0) return (char)(((lead & 0x1F) << 6) | (bytes[at++] & 0x3F));
        var value = ((lead & 0x0F) << 12) | ((bytes[at] & 0x3F) << 6) | (bytes[at + 1] & 0x3F);
        at += 2;
        return (char)value;
    }

    // bigramdict.mem: the open-addressing table of 64-bit keys (0 = empty), then the counts in the
    // same slots, each array after its 32-bit length, little-endian as BinaryWriter writes them.
    // Kept: each distinct key with a positive count (summed, should a key repeat).
    private static (long[], int[]) ReadBigrams(byte[] bytes)
    {
        var slots = BinaryPrimitives.ReadInt32LittleEndian(bytes);
        var keys = MemoryMarshal.Cast<byte, long>(bytes.AsSpan(4, 8 * slots));
        var counts = MemoryMarshal.Cast<byte, int>(bytes.AsSpan(8 + 8 * slots, 4 * BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(4 + 8 * slots))));
        var pairs = new Dictionary<long, int>();
        for (var i = 0; i < Math.Min(keys.Length, counts.Length); i++)
            if (keys[i] != 0 && counts[i] > 0) pairs[keys[i]] = pairs.GetValueOrDefault(keys[i]) + counts[i];
        return (pairs.Keys.ToArray(), pairs.Values.ToArray());
    }
}
