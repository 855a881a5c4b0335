using System.Text;
using CsCheck;
using Publisher.Importers.Decoding;

namespace Publisher.Importers.Tests.Fuzz;

/// <summary>
/// Property tests over every registered importer: no input may raise an exception out of an importer,
/// and every diagnostic must point inside the file. Crashes found here become regression fixtures.
/// </summary>
public class ImporterFuzzTests
{
    public static TheoryData<string> ImporterNames()
    {
        var data = new TheoryData<string>();
        var registry = ImporterRegistry.CreateDefault();
        foreach (var i in registry.Importers) data.Add(i.Name);
        if (registry.Fallback is { } f) data.Add(f.Name);
        if (data.Count == 0) data.Add("(none)");
        return data;
    }

    private static IImporter? Importer(string name) => ImporterRegistry.CreateDefault().Find(name);

    [Theory]
    [MemberData(nameof(ImporterNames))]
    public void Import_RandomText_NeverThrowsAndLinesAreInRange(string name)
    {
        var importer = Importer(name);
        if (importer is null) return; // only the "(none)" placeholder row
        FuzzInputs.Text.Sample(text => Check(importer, text), iter: FuzzInputs.Iterations, threads: 1);
    }

    [Theory]
    [MemberData(nameof(ImporterNames))]
    public void Import_MutatedRealLists_NeverThrowsAndLinesAreInRange(string name)
    {
        var importer = Importer(name);
        if (importer is null) return;
        FuzzInputs.Mutated.Sample(text => Check(importer, text), iter: FuzzInputs.Iterations, threads: 1);
    }

    [Fact]
    public void Decode_RandomBytes_NeverThrows()
    {
        Gen.Byte.Array[0, 600].Sample(bytes =>
        {
            var decoded = TextDecoder.Decode(bytes, "fuzz.bin");
            Assert.NotNull(decoded.Text);
        }, iter: FuzzInputs.Iterations * 4, threads: 1);
    }

    [Fact]
    public void Decode_MojibakeOfRandomCjk_NeverThrows()
    {
        var cp1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;
        Gen.Char['\u4E00', '\u9FFF'].Array[0, 80].Sample(chars =>
        {
            var bytes = Encoding.UTF8.GetBytes(new string(chars));
            var mojibake = cp1252.GetString(bytes);
            var decoded = TextDecoder.Decode(Encoding.UTF8.GetBytes(mojibake), "fuzz.txt");
            Assert.NotNull(decoded.Text);
        }, iter: FuzzInputs.Iterations, threads: 1);
    }

    private static void Check(IImporter importer, string text)
    {
        var doc = new SourceDocument("fuzz.txt", text);
        importer.Detect(doc);
        var result = importer.Import(doc);
        var lineCount = doc.Lines.Count;
        Assert.All(result.Diagnostics, d => Assert.InRange(d.Line, 0, lineCount));
        Assert.All(result.Entries, e => Assert.All(e.Sources, s => Assert.InRange(s.Line, 1, lineCount)));
    }
}
