using System.Runtime.InteropServices;

namespace Publisher.Importers.Decoding;

/// <summary>
/// Reads a dictionary that tools/DictionaryCompiler turned, at build time, into the arrays its
/// loader keeps (embedded as a resource): loading is then a copy, not a parse. The format is a
/// header (<see cref="Magic"/>, <see cref="FormatVersion"/>, the kind of dictionary) followed by
/// 32-bit integers, floats and arrays of fixed-size values (each after its 32-bit length), all
/// little-endian, in the order the loader reads them.
/// </summary>
internal sealed class CompiledDictionary : IDisposable
{
    /// <summary>"PDIC": marks a file written by the dictionary compiler.</summary>
    public const int Magic = 0x43494450;

    /// <summary>Bumped whenever a layout changes, so a stale build output is refused rather than misread.</summary>
    public const int FormatVersion = 1;

    /// <summary>Kind of a compiled dictionary: jieba's words (<see cref="ChineseLexicon"/>).</summary>
    public const int Lexicon = 1;

    /// <summary>Kind of a compiled dictionary: SmartCn's words and word bigrams (<see cref="WordBigramDictionary"/>).</summary>
    public const int WordBigrams = 2;

    /// <summary>Kind of a compiled dictionary: jieba's character-position model (<see cref="CharacterStates"/>).</summary>
    public const int CharacterPositions = 3;

    /// <summary>Kind of a compiled dictionary: how jieba's person names are spelled (<see cref="PersonNames"/>).</summary>
    public const int PersonNameCharacters = 4;

    /// <summary>Kind of a compiled dictionary: the Chinese words of a web tokenizer's vocabulary (<see cref="TokenLexicon"/>).</summary>
    public const int WebTokens = 5;

    private readonly Stream stream;

    private CompiledDictionary(Stream stream) => this.stream = stream;

    /// <summary>Opens the embedded resource <paramref name="name"/> and checks it holds a dictionary of <paramref name="kind"/>.</summary>
    public static CompiledDictionary Open(string name, int kind)
    {
        var stream = typeof(CompiledDictionary).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"embedded resource {name} is missing from the build");
        var dictionary = new CompiledDictionary(stream);
        if (dictionary.ReadInt32() != Magic || dictionary.ReadInt32() != FormatVersion || dictionary.ReadInt32() != kind)
        {
            stream.Dispose();
            throw new InvalidOperationException($"embedded resource {name} was written by another version of the dictionary compiler; rebuild");
        }
        return dictionary;
    }

    /// <summary>The next 32-bit integer.</summary>
    public int ReadInt32()
    {
        Span<int> value = stackalloc int[1];
        stream.ReadExactly(MemoryMarshal.AsBytes(value));
        return value[0];
    }

    /// <summary>The next 64-bit integer.</summary>
    public long ReadInt64()
    {
        Span<long> value = stackalloc long[1];
        stream.ReadExactly(MemoryMarshal.AsBytes(value));
        return value[0];
    }

    /// <summary>The next 32-bit float.</summary>
    public float ReadSingle() => BitConverter.Int32BitsToSingle(ReadInt32());

    /// <summary>The next array, copied straight into place.</summary>
    public T[] ReadArray<T>() where T : unmanaged
    {
        var array = GC.AllocateUninitializedArray<T>(ReadInt32());
        stream.ReadExactly(MemoryMarshal.AsBytes(array.AsSpan()));
        return array;
    }

    /// <inheritdoc />
    public void Dispose() => stream.Dispose();
}
