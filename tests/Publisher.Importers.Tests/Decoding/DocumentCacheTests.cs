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
}
