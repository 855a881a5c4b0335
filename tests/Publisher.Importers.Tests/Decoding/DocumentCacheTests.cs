using CsCheck;
using Publisher.Importers.Decoding;

namespace Publisher.Importers.Tests.Decoding;

/// <summary>The document pass of mojibake repair: a file's confident guesses decide its doubtful ones (<see cref="DocumentCache"/>).</summary>
public class DocumentCacheTests
{
    // Invented text. Under 1254, 语种 (both characters damaged) in the last line alone comes back as
    // 话瞧; the first two lines hold 语种 three times in contexts that decide it.
    private const string RepeatedTerm = "本工具支持语种识别，也能做多语种翻译。\n每个语种的样本数相同，小语种也一样。\n下表给出每个模型支持的语种，以及训练数据的来源。";

    [Fact]
    public void Repair_TermDecidedElsewhereInTheFile_DecidesItsDoubtfulOccurrence()
    {
        var lastLine = RepeatedTerm.Split('\n')[^1];

        var alone = MojibakeRepairer.Repair(MojibakeRepairer.Damage(lastLine, 1254));
        var inFile = MojibakeRepairer.Repair(MojibakeRepairer.Damage(RepeatedTerm, 1254));

        Assert.NotEqual(lastLine, alone.Text);
        Assert.Equal(RepeatedTerm, inFile.Text);
    }

    private const string CleanAlphabet = "的一是不了在人有我他这个们中来上大为和国地模型语言数据训练种法条与，。、：（）「」 abcXYZ019-_.:/éü";

    // The second pass sees every line of the file: copies of one line get the same evidence and so
    // the same repair, and no repair gains or loses a character or touches ASCII.
    [Fact]
    public void Repair_RepeatedDamagedLines_RepairedAlikeAndInPlace() =>
        Gen.String[Gen.Char[CleanAlphabet], 1, 40].Array[1, 4].Select(Gen.Int[2, 4])
            .Sample((lines, copies) =>
            {
                var clean = string.Join('\n', Enumerable.Repeat(lines, copies).SelectMany(x => x));
                foreach (var codePage in new[] { 1252, 1254 })
                {
                    var damaged = MojibakeRepairer.Damage(clean, codePage).Split('\n');
                    var repaired = MojibakeRepairer.Repair(string.Join('\n', damaged)).Text.Split('\n');
                    var original = clean.Split('\n');
                    if (repaired.Length != original.Length) return false;
                    for (var i = 0; i < original.Length; i++)
                    {
                        if (repaired[i] != repaired[i % lines.Length]) return false;
                        if (repaired[i] == damaged[i]) continue;
                        if (repaired[i].Length != original[i].Length) return false;
                        if (original[i].Zip(repaired[i]).Any(p => p.First < 0x80 && p.First != p.Second)) return false;
                    }
                }
                return true;
            }, iter: 300);
}
