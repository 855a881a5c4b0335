using Publisher.Importers.Decoding;

namespace Publisher.Importers.Tests.Decoding;

/// <summary>
/// The accuracy harness on our own clean Chinese Markdown (Fixtures/Decoding/Harness), damaged as
/// seed 003 was. The README quotes the full figures (with real READMEs) from <c>publisher bench mojibake</c>.
/// </summary>
public class RepairHarnessTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Decoding", "Harness");

    // Most damaged ideographs each text may get wrong: the README's accuracy table (stop 20: 乱码 right), so a scorer that
    // loses any of its gains on our own texts fails here, not only one that falls under a shared floor.
    public static TheoryData<string, int, int> Texts() => new()
    {
        { "catalogue-zh.md", 1252, 4 },
        { "catalogue-zh.md", 1254, 9 },
        { "tutorial-zh.md", 1252, 3 },
        { "tutorial-zh.md", 1254, 3 },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Measure_OwnChineseMarkdown_RestoresNearlyEveryDamagedCharacter(string file, int codePage, int mostWrong)
    {
        var result = RepairHarness.Measure(file, File.ReadAllText(Path.Combine(Folder, file)), codePage);

        Assert.True(result.DamagedChineseChars > 100, $"{result.DamagedChineseChars} damaged");
        Assert.True(result.DamagedChineseChars - result.DamagedChineseCharsRight <= mostWrong, $"{result.DamagedChineseCharsRight}/{result.DamagedChineseChars} damaged Chinese characters right");
        Assert.Equal(result.ChineseChars - result.ChineseCharsRight, result.DamagedChineseChars - result.DamagedChineseCharsRight);
    }

    [Fact]
    public void Compare_OneWrongCharacter_CountsItInCharactersHeadingAndParagraph()
    {
        const string clean = "# 标题语言\n\n第一段：语言模型。\n第二行。\n\n另一段。";
        var repaired = clean.Replace("模型", "模重");
        var result = RepairHarness.Compare("x", clean, new MojibakeRepairResult(repaired, true, 0, 0), 1252);

        Assert.Equal(clean.Count(c => c is >= '\u4E00' and <= '\u9FFF'), result.ChineseChars);
        Assert.Equal(result.ChineseChars - 1, result.ChineseCharsRight);
        // 语 (E8 AF AD, twice) and 另 (E5 8F A6) lose a byte; 型 (E5 9E 8B) survives 1252.
        Assert.Equal(3, result.DamagedChineseChars);
        Assert.Equal(3, result.DamagedChineseCharsRight);
        Assert.Equal((1, 1), (result.Headings, result.HeadingsVerbatim));
        Assert.Equal((2, 1), (result.Paragraphs, result.ParagraphsVerbatim));
    }
}
