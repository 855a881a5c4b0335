using Publisher.Model;

namespace Publisher.Model.Tests;

public class PersonNameParserTests
{
    [Theory]
    [InlineData("Vaswani, Ashish", "Ashish", null, "Vaswani")]
    [InlineData("Ashish Vaswani", "Ashish", null, "Vaswani")]
    [InlineData("Ludwig van Beethoven", "Ludwig", "van", "Beethoven")]
    [InlineData("van der Berg, Jan", "Jan", "van der", "Berg")]
    [InlineData("Quoc V. Le", "Quoc V.", null, "Le")]
    public void Parse_PersonalName_SplitsParts(string text, string? given, string? particle, string family)
    {
        var p = PersonNameParser.Parse(text);
        Assert.Equal(given, p.Given);
        Assert.Equal(particle, p.Particle);
        Assert.Equal(family, p.Family);
        Assert.Null(p.Literal);
    }

    [Theory]
    [InlineData("{OpenAI Team}", "OpenAI Team")]
    [InlineData("MLNLP community", "MLNLP community")]
    [InlineData("符尧", "符尧")]
    public void Parse_CorporateOrCjkName_KeepsLiteral(string text, string literal) => Assert.Equal(literal, PersonNameParser.Parse(text).Literal);

    [Fact]
    public void ParseFreeList_EtAl_AddsOthersMarker()
    {
        var people = PersonNameParser.ParseFreeList("Jason Wei, Xuezhi Wang et al.");
        Assert.Equal(3, people.Count);
        Assert.Equal("Wang", people[1].Family);
        Assert.True(people[2].IsOthers);
    }

    [Fact]
    public void ParseBibTeXList_AndSeparated_KeepsBracedAnd()
    {
        var people = PersonNameParser.ParseBibTeXList("Doe, Jane and {Research and Development Group} and others");
        Assert.Equal(3, people.Count);
        Assert.Equal("Doe", people[0].Family);
        Assert.Equal("Research and Development Group", people[1].Literal);
        Assert.True(people[2].IsOthers);
    }
}
