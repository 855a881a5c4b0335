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

    /// <summary>Documents whose digits are not ASCII where each importer reads a number (years, ids, months).</summary>
    public static TheoryData<string, string> NonAsciiDigitDocuments()
    {
        string[] docs =
        [
            "@article{k,\n  title = {Invented Title},\n  year = {٢٠٢٣},\n  eprint = {٢٤٠١.٠٠٠٠١}\n}\n",
            "@misc{k, title = {Invented}, year = {c. ٢٠٢٣}, note = {arXiv:٢٤٠١.٠٠٠٠١}}\n",
            "TY  - JOUR\nTI  - Invented Title\nPY  - ٢٠٢٣/٠١/٠٢/\nUR  - https://arxiv.org/abs/٢٤٠١.٠٠٠٠١\nN1  - arXiv:٢٤٠١.٠٠٠٠١\nER  - \n",
            "# 列表\n\n- [Invented Title](https://arxiv.org/abs/٢٤٠١.٠٠٠٠١) 20٢٣\n- Invented Other, NeurIPS 20٢٣\n- 虚构 arXiv:٢٤٠١.٠٠٠٠٢\n",
            "| 名称 | 年份 |\n|---|---|\n| [Invented](https://example.org/x) | 20٢٣ |\n",
            "- [[paper](https://arxiv.org/abs/٢٤٠١.٠٠٠٠١)] Invented Title, ACL, 20٢٣\n",
            "id,title,year\narxiv:٢٤٠١.٠٠٠٠١,Invented Title,٢٠٢٣\n",
        ];
        var data = new TheoryData<string, string>();
        foreach (var name in ImporterNames()) foreach (var doc in docs) data.Add(name, doc);
        return data;
    }

    [Theory]
    [MemberData(nameof(NonAsciiDigitDocuments))]
    public void Import_NonAsciiDigits_NeverThrows(string name, string text)
    {
        var importer = Importer(name);
        if (importer is null) return;
        Check(importer, text);
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

    [Fact]
    public void Repair_DamagedRandomChineseLines_LexiconScorerKeepsShapeAndReportsInRange()
    {
        // Ideographs, CJK punctuation (brackets included) and ASCII, damaged with either code page.
        var alphabet = Gen.OneOf(Gen.Char['\u4E00', '\u9FFF'], Gen.Char["，。、：；（）「」『』【】《》“”—…·中语量参与不 aZ09#-"]);
        Gen.Select(alphabet.Array[1, 60].Select(c => new string(c)).Array[1, 4], Gen.Int[0, 1].Select(i => i == 0 ? 1252 : 1254)).Sample((lines, codePage) =>
        {
            var clean = string.Join('\n', lines);
            var result = MojibakeRepairer.Repair(MojibakeRepairer.Damage(clean, codePage));
            var repaired = result.Text.Split('\n');
            Assert.Equal(lines.Length, repaired.Length);
            Assert.All(result.UncertainCharacters, u =>
            {
                Assert.InRange(u.Line, 1, repaired.Length);
                Assert.Equal(u.Chosen, repaired[u.Line - 1].Substring(u.Column - 1, u.Chosen.Length));
            });
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
