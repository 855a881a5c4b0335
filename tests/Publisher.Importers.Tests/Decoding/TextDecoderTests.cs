using System.Text;
using Publisher.Importers.Decoding;
using Publisher.Model;
using Publisher.Testing;

namespace Publisher.Importers.Tests.Decoding;

public class TextDecoderTests
{
    private const string Sample = "# 示例清单\n- A Synthetic Study of Decoding（虚构）\n";

    static TextDecoderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Theory]
    [InlineData("utf-8")]
    [InlineData("utf-8-bom")]
    [InlineData("utf-16le")]
    [InlineData("utf-16be")]
    [InlineData("utf-16le-nobom")]
    [InlineData("utf-16be-nobom")]
    [InlineData("gb18030")]
    public void Decode_KnownEncoding_GivesTextAndName(string encoding)
    {
        byte[] bytes = encoding switch
        {
            "utf-8" => Encoding.UTF8.GetBytes(Sample),
            "utf-8-bom" => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Sample)],
            "utf-16le" => [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Sample)],
            "utf-16be" => [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(Sample)],
            "utf-16le-nobom" => Encoding.Unicode.GetBytes(Sample),
            "utf-16be-nobom" => Encoding.BigEndianUnicode.GetBytes(Sample),
            _ => Encoding.GetEncoding("GB18030").GetBytes(Sample),
        };

        var decoded = TextDecoder.Decode(bytes, "x.md");

        Assert.Equal(Sample, decoded.Text);
        Assert.Equal(encoding.Replace("-nobom", ""), decoded.Encoding);
        Assert.Equal(0, decoded.RepairedChars);
    }

    [Fact]
    public void Decode_MojibakeSample_RepairsAndReports()
    {
        var bytes = File.ReadAllBytes(Path.Combine(RepoPaths.Samples, "catalogue-mojibake.md"));
        var clean = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Decoding", "catalogue-mojibake.clean.md"));

        var decoded = TextDecoder.Decode(bytes, "samples/catalogue-mojibake.md");

        Assert.Equal(clean, decoded.Text);
        Assert.Equal("utf-8+mojibake-repaired", decoded.Encoding);
        Assert.True(decoded.RepairedChars > 50);
        var diagnostic = Assert.Single(decoded.Diagnostics);
        Assert.Equal("PUB011", diagnostic.Code);
        Assert.Equal(Severity.Info, diagnostic.Severity);
    }

    [Fact]
    public void Decode_Utf8WithOneBadByte_StaysUtf8AndWarns()
    {
        var good = Encoding.UTF8.GetBytes("中文标题：示例清单。" + new string('x', 10) + "更多中文内容，用于测试。");
        byte[] bytes = [.. good[..12], 0xFF, .. good[12..]];

        var decoded = TextDecoder.Decode(bytes, "x.md");

        Assert.Equal("utf-8", decoded.Encoding);
        Assert.StartsWith("中文标题\uFFFD：", decoded.Text);
        Assert.Equal(Severity.Warning, Assert.Single(decoded.Diagnostics).Severity);
    }

    [Fact]
    public void Decode_CleanChineseUtf8_IsNotRepaired()
    {
        var decoded = TextDecoder.Decode(File.ReadAllBytes(RepoPaths.Seed("000")), "000.txt");

        Assert.Equal("utf-8", decoded.Encoding);
        Assert.Empty(decoded.Diagnostics);
    }
}
