using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using Publisher.Importers.Decoding;
using Publisher.Model;

namespace Publisher.Importers.Tests.Decoding;

public class LexiconScorerTests
{
    private delegate object Decode(ReadOnlySpan<byte> bytes, string file);

    // Synthetic sentences in which the damaged characters are only decided by the words they form.
    [Theory]
    [InlineData("高效对齐算法RAFT「木筏」", 1254)]
    [InlineData("本项目提供大量高质量的语料和模型参数。", 1254)]
    [InlineData("减少模型参数量，降低推理成本。", 1252)]
    [InlineData("这是一个关于数量的问题：总量、增量和批量。", 1254)]
    public void Repair_DamagedWords_ChosenByTheLexicon(string clean, int codePage)
    {
        var result = MojibakeRepairer.Repair(MojibakeRepairer.Damage(clean, codePage));

        Assert.Equal(clean, result.Text);
        Assert.True(result.Guessed > 0);
    }

    // 与, 不 and 中 arrive as the same two bytes under 1254 (and 不/中 under 1252): only the words
    // around them decide, which the unigram lexicon alone got wrong in every sentence but the last two.
    [Theory]
    [InlineData("我们比较了图像与文本两种输入。")]
    [InlineData("在多个任务中都取得了更好的效果。")]
    [InlineData("在实验中发现模型与人类的判断一致。")]
    [InlineData("这个工具对长文本的支持不够好。")]
    [InlineData("该方法不依赖外部知识库。")]
    public void Repair_FunctionWordBetweenWords_ChosenByItsNeighbours(string clean)
        => AssertRepairedUnderBothCodePages(clean);

    // Invented names and a term missing from both dictionaries: without the character-position
    // model they came back as 却晓峰 and 全重 (却 and 重 are common words on their own).
    [Theory]
    [InlineData("负责人：吴思远、吴晓峰。")]
    [InlineData("项目采用全量微调。")]
    public void Repair_WordUnknownToTheDictionaries_ChosenByCharacterPositions(string clean)
        => AssertRepairedUnderBothCodePages(clean);

    // Invented names in running text: jieba's dictionary lists neither; without the name model 谭 came back as 谁.
    [Theory]
    [InlineData("本节由吴嘉禾整理，谭晓峰校对。")]
    public void Repair_PersonNameUnknownToTheDictionaries_ChosenByHowNamesAreSpelled(string clean)
        => AssertRepairedUnderBothCodePages(clean);

    // Words jieba's 2013 dictionary ranks low (乱码 seen 10 times, 字段 6) but that are tokens of the
    // o200k web vocabulary (TokenLexicon): without it they came back as 乱砍 and 南段.
    [Theory]
    [InlineData("这个网页显示成了乱码。")]
    [InlineData("导出的表格出现乱码。")]
    [InlineData("表格里新增了一个字段。")]
    [InlineData("每条记录有三个字段：标题、作者和年份。")]
    public void Repair_WordTheWebVocabularyKnows_LiftedAboveRarerReadings(string clean)
        => AssertRepairedUnderBothCodePages(clean);

    // 条 after "64k" follows a number (SmartCn's 未##数), not a Latin word: it came back as 捡.
    [Theory]
    [InlineData("我们用约64k条提示微调模型。")]
    [InlineData("语料共有12w条问答，来自公开论坛。")]
    public void Repair_MeasureWordAfterMagnitude_ReadAfterANumber(string clean)
        => AssertRepairedUnderBothCodePages(clean);

    // Frames that span several words: 在 … 中, 与 … 相比/一起, and 与 between two words of one kind;
    // without them each sentence came back with 不 or 中 (在浏览器不打开, 新模型不上一版相比).
    [Theory]
    [InlineData("用户可以在浏览器中打开生成的页面。")]
    [InlineData("新模型与上一版相比更快。")]
    [InlineData("可以与用户一起完成任务。")]
    [InlineData("## 数据清洗与标注")]
    public void Repair_FunctionWordInAFrame_ChosenByTheClause(string clean)
        => AssertRepairedUnderBothCodePages(clean);

    private static void AssertRepairedUnderBothCodePages(string clean)
    {
        foreach (var codePage in new[] { 1252, 1254 })
            Assert.Equal(clean, MojibakeRepairer.Repair(MojibakeRepairer.Damage(clean, codePage)).Text);
    }

    [Fact]
    public void Repair_CloseCandidates_ListedAsUncertainWithLineAndColumn()
    {
        // 中 (E4 B8 AD), 不 (E4 B8 8D) and 与 (E4 B8 8E) all arrive as "ä¸": alone, no word decides.
        var clean = "第一行没有问题。\n单独的「中」";
        var result = MojibakeRepairer.Repair(MojibakeRepairer.Damage(clean, 1254));

        Assert.NotEmpty(result.UncertainCharacters);
        Assert.All(result.UncertainCharacters, u =>
        {
            var line = result.Text.Split('\n')[u.Line - 1];
            Assert.Equal(u.Chosen, line.Substring(u.Column - 1, u.Chosen.Length));
            Assert.NotEmpty(u.Alternatives);
            Assert.DoesNotContain(u.Chosen, u.Alternatives);
        });
    }

    [Fact]
    public void Decode_UncertainCharacters_CountedAndListedAsInfoDiagnostics()
    {
        var clean = "# 示例\n单独的「木筏」二字，以及华佗和降低。\n";
        var bytes = Encoding.UTF8.GetBytes(MojibakeRepairer.Damage(clean, 1254));

        var decoded = TextDecoder.Decode(bytes, "list.md");

        var uncertain = decoded.Diagnostics.Where(d => d.Code == "PUB013").ToList();
        Assert.NotEmpty(uncertain); // without one, the checks below would pass on nothing
        Assert.Equal(decoded.UncertainChars, uncertain.Count);
        Assert.All(uncertain, d => { Assert.Equal("list.md", d.File); Assert.Equal(Severity.Info, d.Severity); Assert.InRange(d.Line, 1, 3); Assert.Contains("alternatives", d.Message); });
    }

    [Theory]
    [InlineData("utf-8")]
    [InlineData("utf-16le")]
    [InlineData("gb18030")]
    public void Decode_CleanInput_NeverLoadsTheLexicon(string encoding)
    {
        // A fresh load context has its own statics, so other tests that loaded the lexicon do not count.
        var context = new AssemblyLoadContext(nameof(Decode_CleanInput_NeverLoadsTheLexicon), isCollectible: true);
        try
        {
            var assembly = context.LoadFromAssemblyPath(typeof(TextDecoder).Assembly.Location);
            var decoder = assembly.GetType(typeof(TextDecoder).FullName!)!;
            var repairer = assembly.GetType(typeof(MojibakeRepairer).FullName!)!;
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            var text = "# 中文清单\n- 语言模型与数据：量化、参数、架构。Café, naïve.\n";
            var bytes = encoding switch
            {
                "utf-8" => Encoding.UTF8.GetBytes(text),
                "utf-16le" => [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)],
                _ => Encoding.GetEncoding("GB18030").GetBytes(text),
            };

            var decode = decoder.GetMethod(nameof(TextDecoder.Decode))!.CreateDelegate<Decode>();
            decode(bytes, "clean.md");

            Assert.False((bool)repairer.GetProperty(nameof(MojibakeRepairer.LexiconLoaded))!.GetValue(null)!);
        }
        finally { context.Unload(); }
    }
}
