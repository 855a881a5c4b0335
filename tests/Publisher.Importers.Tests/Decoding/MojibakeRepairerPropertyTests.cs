using CsCheck;
using Publisher.Importers.Decoding;

namespace Publisher.Importers.Tests.Decoding;

public class MojibakeRepairerPropertyTests
{
    // Clean text: Chinese, ASCII, full-width punctuation and accented letters that, alone, are UTF-8 lead bytes.
    private const string CleanAlphabet = "的一是不了在人有我他这个们中来上大为和国地模型语言数据训练，。、：（）「」 abcXYZ019-_.:/éüñßàçÉ";

    // Whole words among the characters, so that damaged lines hold words of the web vocabulary
    // (TokenLexicon: 乱码, 字段, 中文) and of jieba's dictionary that random characters rarely spell.
    private static readonly Gen<string> CleanLine =
        Gen.OneOf(Gen.Char[CleanAlphabet].Select(c => c.ToString()), Gen.OneOf("乱码", "字段", "中文", "连接", "华人", "模型", "编码"))
            .Array[1, 30].Select(string.Concat);

    [Fact]
    public void Repair_AnyCleanText_IsNeverChanged() =>
        Gen.String[Gen.Char[CleanAlphabet], 0, 80]
            .Select(Gen.String[Gen.Char[CleanAlphabet], 0, 80], (a, b) => a + "\n" + b)
            .Sample(text =>
            {
                var result = MojibakeRepairer.Repair(text);
                return !result.Applied && ReferenceEquals(text, result.Text);
            }, iter: 2000);

    [Fact]
    public void Repair_DamagedText_RepairsLinesInPlaceOrLeavesThemAlone() =>
        CleanLine.Array[1, 5]
            .Sample(lines =>
            {
                var clean = string.Join('\n', lines);
                var damaged = MojibakeRepairer.Damage(clean);
                var repaired = MojibakeRepairer.Repair(damaged).Text;
                var cleanLines = clean.Split('\n');
                var damagedLines = damaged.Split('\n');
                var repairedLines = repaired.Split('\n');
                // A line with too little evidence is left as it was; a repaired one may hold a wrong
                // guess but never gains or loses a character, and its ASCII is untouched.
                return cleanLines.Length == repairedLines.Length
                    && cleanLines.Select((c, i) => repairedLines[i] == damagedLines[i]
                        || (c.Length == repairedLines[i].Length && c.Zip(repairedLines[i]).All(p => p.First >= 0x80 || p.First == p.Second)))
                       .All(ok => ok);
            }, iter: 1000);
}
