using Publisher.Importers.Tests.Common;

namespace Publisher.Importers.Tests;

/// <summary>Every reading-list fixture imports to exactly its expected JSON (entries, lines, diagnostics).</summary>
public sealed class ReadingListFixtureTests
{
    /// <summary>Fixture inputs of the four styles and of the block shapes the coverage pass recognises.</summary>
    public static IEnumerable<object[]> Cases() =>
        new[] { "Digest", "Reposted", "Awesome", "GenericMarkdown", "Blocks" }.SelectMany(FixtureCases.Inputs);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Import_Fixture_MatchesExpectedJson(string fixture) => FixtureCases.AssertMatchesExpected(fixture);
}
