using System.Text.RegularExpressions;
using Publisher.Model;
using Publisher.Testing;

namespace Publisher.Importers.Tests.Common;

/// <summary>Every valid arXiv id written in seeds 000–002 reaches an entry.</summary>
public sealed class SeedArxivCoverageTests
{
    [Theory]
    [InlineData("000")]
    [InlineData("001")]
    [InlineData("002")]
    public void Import_Seed_FindsEveryValidArxivIdInTheFile(string prefix)
    {
        var text = File.ReadAllText(RepoPaths.Seed(prefix));
        var written = Regex.Matches(text, @"arxiv\.org/(?:abs|pdf)/(?<id>[0-9.v]+?)(?:\.pdf)?(?=[)\s\]]|$)")
            .Select(m => ArxivId.TryParse(m.Groups["id"].Value, out var id) ? id.Base : null)
            .OfType<string>().ToHashSet();
        var found = SeedImport.Run(prefix).Result.Entries.Where(e => e.ArxivId is not null).Select(e => e.ArxivId!.Base).ToHashSet();
        Assert.NotEmpty(written);
        Assert.Empty(written.Except(found));
    }
}
