using System.Text;
using System.Text.RegularExpressions;
using Publisher.Model;
using Publisher.Writers.BibTeX;
using Xunit.Abstractions;

namespace Publisher.Writers.Tests.BibTeX;

/// <summary>Our BibTeX through the real programs: bibtex with plain.bst and biber's data-model check. Messages are read, not just exit codes.</summary>
public class BibTeXConsumerTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("default")]
    [InlineData("ascii")]
    public void Bibtex_PlainBst_SeedsAndSyntheticCatalog_NoWarningOrError(string variant)
    {
        if (ExternalTool.Require("bibtex", output, "install the Debian packages texlive-binaries and texlive-base") is not { } bibtex) return;
        var catalog = CitationFixtures.SeedsAndSynthetic();
        var dir = ExternalTool.ScratchDirectory("bibtex-" + variant);
        File.WriteAllText(Path.Combine(dir, "library.bib"), CitationFixtures.Write(new BibTeXWriter(), catalog, CitationFixtures.OptionsFor(variant)), new UTF8Encoding(false));
        File.WriteAllText(Path.Combine(dir, "doc.aux"), "\\citation{*}\n\\bibdata{library}\n\\bibstyle{plain}\n");

        var (exit, console) = ExternalTool.Run(bibtex, dir, "doc");
        var blg = File.ReadAllText(Path.Combine(dir, "doc.blg"));
        output.WriteLine(blg);
        var problems = blg.Split('\n').Where(l => l.StartsWith("Warning--", StringComparison.Ordinal) || l.Contains("error message", StringComparison.Ordinal)
                                                   || l.StartsWith("I was expecting", StringComparison.Ordinal) || l.StartsWith("---", StringComparison.Ordinal)).ToList();
        Assert.True(problems.Count == 0, "bibtex complained:\n" + string.Join("\n", problems));
        Assert.Equal(0, exit);
        var bbl = File.ReadAllText(Path.Combine(dir, "doc.bbl"));
        Assert.Equal(catalog.Entries.Count, Regex.Matches(bbl, @"\\bibitem\{").Count);
        Assert.Contains("{LoRA-Synth:}", bbl); // protected capitals reach the typeset text
        Assert.DoesNotContain(@"\write18", bbl);
        _ = console;
    }

    [Theory]
    [InlineData("default")]
    [InlineData("ascii")]
    public void Bibtex_PlainBst_RandomHardCharacters_NoWarningOrError(string variant)
    {
        if (ExternalTool.Require("bibtex", output, "install the Debian packages texlive-binaries and texlive-base") is not { } bibtex) return;
        var dir = ExternalTool.ScratchDirectory("bibtex-random-" + variant);
        File.WriteAllText(Path.Combine(dir, "library.bib"), CitationFixtures.Write(new BibTeXWriter(), CitationFixtures.RandomCatalog(), CitationFixtures.OptionsFor(variant)), new UTF8Encoding(false));
        File.WriteAllText(Path.Combine(dir, "doc.aux"), "\\citation{*}\n\\bibdata{library}\n\\bibstyle{plain}\n");
        var (exit, _) = ExternalTool.Run(bibtex, dir, "doc");
        var blg = File.ReadAllText(Path.Combine(dir, "doc.blg"));
        var problems = blg.Split('\n').Where(l => l.StartsWith("Warning--", StringComparison.Ordinal) || l.StartsWith("I was expecting", StringComparison.Ordinal) || l.StartsWith("---", StringComparison.Ordinal)).ToList();
        Assert.True(problems.Count == 0, "bibtex complained:\n" + string.Join("\n", problems));
        Assert.Equal(0, exit);
        Assert.Equal(300, Regex.Matches(File.ReadAllText(Path.Combine(dir, "doc.bbl")), @"\\bibitem\{").Count);
    }

    [Fact]
    public void Biber_ValidateDatamodel_SeedsAndSyntheticCatalog_OnlyUndatedEntriesWarned()
    {
        if (ExternalTool.Require("biber", output, "install the Debian package biber") is not { } biber) return;
        var catalog = CitationFixtures.SeedsAndSynthetic();
        var dir = ExternalTool.ScratchDirectory("biber");
        var keys = BibTeXKeyGenerator.Assign(catalog.Entries);
        File.WriteAllText(Path.Combine(dir, "library.bib"), CitationFixtures.Write(new BibTeXWriter(), catalog, CitationFixtures.OptionsFor("biblatex")), new UTF8Encoding(false));

        var (exit, console) = ExternalTool.Run(biber, dir, "--tool", "--validate-datamodel", "--output-directory", dir, "library.bib");
        output.WriteLine(console);
        Assert.Equal(0, exit);
        var undated = new HashSet<string>(keys.Where((_, i) => BibTeXTypeMap.EffectiveDate(catalog.Entries[i]) is null));
        var unexpected = new List<string>();
        foreach (var line in console.Split('\n').Where(l => l.StartsWith("WARN", StringComparison.Ordinal) || l.StartsWith("ERROR", StringComparison.Ordinal)))
        {
            // biblatex makes a date mandatory; we never invent one, so an undated work is the one warning we accept.
            var m = Regex.Match(line, @"Entry '([^']+)' .*Missing mandatory field - one of 'date, year' must be defined");
            if (m.Success && undated.Contains(m.Groups[1].Value)) continue;
            unexpected.Add(line);
        }
        Assert.True(unexpected.Count == 0, "biber complained:\n" + string.Join("\n", unexpected));
    }
}
