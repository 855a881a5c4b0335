using System.Text;
using Publisher.Importers.Decoding;
using Publisher.Testing;

namespace Publisher.Importers.Tests.Decoding;

public class MojibakeRepairerTests
{
    // Synthetic sentences (not from any list) chosen to exercise lost bytes in common characters and punctuation.
    public static TheoryData<string> DamagedRoundTrips => new()
    {
        "开源语言模型百宝箱：工具、数据和评测",
        "## 2 中文开源模型（Chinese Models）",
        "本项目提供中文指令数据，并基于开源底座进行增量预训练。",
        "高效对齐算法「示例」与奖励模型训练",
        "Mixed line: English words, 中文说明, and “quotes” — done.",
        "Émile visited the café, then wrote 中文笔记。",
    };

    [Theory]
    [MemberData(nameof(DamagedRoundTrips))]
    public void Repair_DamagedCp1252Text_RestoresOriginal(string clean)
    {
        var damaged = MojibakeRepairer.Damage(clean);
        Assert.NotEqual(clean, damaged);

        var result = MojibakeRepairer.Repair(damaged);

        Assert.True(result.Applied);
        Assert.Equal(clean, result.Text);
        Assert.Equal(0, result.Unrepaired);
    }

    [Fact]
    public void Repair_DamagedCp1254TextWithEmoji_RestoresBytesLostOnlyIn1254()
    {
        // 型 (E5 9E 8B) and 华 (E5 8D 8E) lose 0x9E/0x8E only in 1254; the emoji's F0 shows as 'ğ' there.
        const string clean = "🚀 中文大模型：华人团队的开源模型";
        var damaged = MojibakeRepairer.Damage(clean, 1254);
        Assert.Contains('ğ', damaged);

        var result = MojibakeRepairer.Repair(damaged);

        Assert.Equal(clean, result.Text);
        Assert.True(result.Guessed > 0);
    }

    [Theory]
    [InlineData("纯中文文本，没有任何问题。")]
    [InlineData("A plain English line with a café, a naïve résumé and a façade.")]
    [InlineData("Doğru bir Türkçe cümle: şimdi ılık İstanbul.")]
    [InlineData("Prix: 20 € — « déjà vu », Ørsted, Straße, niño.")]
    [InlineData("Non-breaking\u00A0space and soft\u00ADhyphen in clean text.")]
    public void Repair_CleanText_LeavesItUntouched(string clean)
    {
        var result = MojibakeRepairer.Repair(clean);

        Assert.False(result.Applied);
        Assert.Same(clean, result.Text);
        Assert.Equal(0, result.Repaired);
    }

    [Fact]
    public void Repair_MixedDocument_RepairsOnlyDamagedLines()
    {
        const string good = "这一行本来就是正确的中文。";
        const string cafe = "Un café au lait, s'il vous plaît.";
        var damaged = MojibakeRepairer.Damage("这一行被错误解码了，需要修复。");
        var text = string.Join('\n', good, damaged, cafe, MojibakeRepairer.Damage("第二行也有问题：模型和数据。"));

        var result = MojibakeRepairer.Repair(text);

        Assert.Equal(string.Join('\n', good, "这一行被错误解码了，需要修复。", cafe, "第二行也有问题：模型和数据。"), result.Text);
        Assert.Equal(2, result.LinesRepaired);
    }

    [Fact]
    public void Repair_CountsRepairedAndGuessedCharacters()
    {
        // 语 (E8 AF AD) loses its soft-hyphen byte; 言 (E8 A8 80) survives.
        var result = MojibakeRepairer.Repair(MojibakeRepairer.Damage("语言语言"));

        Assert.Equal("语言语言", result.Text);
        Assert.Equal(4, result.Repaired);
        Assert.Equal(2, result.Guessed);
        Assert.Equal(0, result.Unrepaired);
    }

    [Fact]
    public void Repair_ImplausibleSequence_IsCountedAsUnrepaired()
    {
        // "Ã©" proves the line is mojibake; "ó°€" (F3 B0 80) lacks one byte and every completion is a
        // private-use or unassigned code point, so it cannot be recovered.
        var result = MojibakeRepairer.Repair("cafÃ© ó°€ x");

        Assert.True(result.Applied);
        Assert.Equal("café \uFFFD x", result.Text);
        Assert.Equal(1, result.Unrepaired);
    }

    [Fact]
    public void Repair_Seed003_GivesReadableChineseHeadings()
    {
        var text = File.ReadAllText(RepoPaths.Seed("003"), Encoding.UTF8);

        var result = MojibakeRepairer.Repair(text);

        Assert.True(result.Applied);
        Assert.True(result.Repaired > 5000, $"repaired {result.Repaired}");
        var lines = result.Text.Split('\n');
        Assert.Contains("## 1 工具箱（Tools）", lines);
        Assert.Contains("## 2 中文开源模型（Chinese Open Source Language Models）", lines);
        Assert.Contains("### LLMPruner：大语言模型裁剪工具", lines);
        Assert.Contains("### 中文对话式大语言模型Firefly", lines);
        Assert.Contains("### 复旦MOSS", lines);
        Assert.Contains("### 凤凰", lines);
        Assert.Contains("### EVA: 大规模中文开放域对话系统", lines);
        foreach (var mojibake in new[] { "å¼", "æ¨", "è¯", "ä¸", "ï¼", "â€" })
            Assert.DoesNotContain(mojibake, result.Text);
    }
}
