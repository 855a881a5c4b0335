using Publisher.Importers.Csv;
using Publisher.Importers.Decoding;
using Publisher.Importers.IdList;
using Publisher.Testing;

namespace Publisher.Importers.Tests.IdList;

/// <summary>The CSV and id-list importers must never claim a reading list, however many arXiv links it holds.</summary>
public class SeedDetectionTests
{
    [Theory]
    [InlineData("000")]
    [InlineData("001")]
    [InlineData("002")]
    [InlineData("003")]
    [InlineData("004")]
    public void Detect_Seed_CsvAndIdListScoreZero(string seed)
    {
        var path = RepoPaths.Seed(seed);
        var decoded = TextDecoder.Decode(File.ReadAllBytes(path), Path.GetFileName(path));
        var doc = new SourceDocument(Path.GetFileName(path), decoded.Text, decoded.Encoding);
        Assert.Equal(0, new CsvImporter().Detect(doc));
        Assert.Equal(0, new ArxivIdListImporter().Detect(doc));
    }
}
