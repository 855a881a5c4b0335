using System.Runtime.InteropServices;
using Publisher.Importers.Decoding;

namespace Publisher.DictionaryCompiler;

/// <summary>Writes what <see cref="CompiledDictionary"/> reads: its header, then values and arrays in the loader's order.</summary>
internal sealed class DictionaryWriter : IDisposable
{
    private readonly FileStream stream;

    /// <summary>Creates <paramref name="path"/> holding a dictionary of <paramref name="kind"/> (a <see cref="CompiledDictionary"/> constant).</summary>
    public DictionaryWriter(string path, int kind)
    {
        // The loaders cast bytes to values in place, so the file has the machine's byte order, as everywhere .NET runs here.
        if (!BitConverter.IsLittleEndian) throw new PlatformNotSupportedException("compiled dictionaries are little-endian");
        stream = File.Create(path);
        Write(CompiledDictionary.Magic);
        Write(CompiledDictionary.FormatVersion);
        Write(kind);
    }

    /// <summary>Writes a 32-bit integer.</summary>
    public void Write(int value) => stream.Write(MemoryMarshal.AsBytes(new ReadOnlySpan<int>(ref value)));

    /// <summary>Writes a 64-bit integer.</summary>
    public void Write(long value) => stream.Write(MemoryMarshal.AsBytes(new ReadOnlySpan<long>(ref value)));

    /// <summary>Writes a 32-bit float.</summary>
    public void Write(float value) => Write(BitConverter.SingleToInt32Bits(value));

    /// <summary>Writes an array after its length.</summary>
    public void Write<T>(ReadOnlySpan<T> values) where T : unmanaged
    {
        Write(values.Length);
        stream.Write(MemoryMarshal.AsBytes(values));
    }

    /// <inheritdoc />
    public void Dispose() => stream.Dispose();
}
