using Publisher.Model;
using Publisher.Writers.Ris;

namespace Publisher.Writers.Tests.BibTeX;

/// <summary>What a round trip through a citation format must keep: titles, persons, dates, ids and links.</summary>
internal static class RoundTrip
{
    /// <summary>Asserts entry by entry (same order) that the essentials survived.</summary>
    public static void AssertSame(IReadOnlyList<Entry> expected, IReadOnlyList<Entry> actual, bool keepsOthers, bool particleAmbiguous = false)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            var (e, a) = (expected[i], actual[i]);
            var what = $"entry {i} ({e.Id})";
            Assert.True(e.Title == a.Title, $"{what}: title '{a.Title}', expected '{e.Title}'");
            var persons = e.Authors.Where(p => keepsOthers || !p.IsOthers).ToList();
            Assert.True(persons.Count == a.Authors.Count, $"{what}: {a.Authors.Count} persons, expected {persons.Count}");
            for (var k = 0; k < persons.Count; k++)
                Assert.True(particleAmbiguous ? Joined(persons[k]) == Joined(a.Authors[k]) : persons[k] == a.Authors[k],
                    $"{what}: person {k} is {Show(a.Authors[k])}, expected {Show(persons[k])}");
            Assert.True(Equals(RisWriter.EffectiveDate(e), a.Date), $"{what}: date {a.Date}, expected {RisWriter.EffectiveDate(e)}");
            Assert.True(Equals(e.ArxivId, a.ArxivId), $"{what}: arXiv id {a.ArxivId}, expected {e.ArxivId}");
            Assert.True(Equals(e.Doi, a.Doi), $"{what}: DOI {a.Doi}, expected {e.Doi}");
            foreach (var link in e.Links.Where(l => l.IsSafeToOpen))
                Assert.True(a.Links.Any(l => l.Url == link.Url), $"{what}: link {link.Url} lost");
            Assert.True(a.Links.All(l => l.IsSafeToOpen), $"{what}: an unsafe link was exported");
        }
    }

    // RIS writes "de la Cruz, Maria" for both a particle and a lower-case family name: only the joined name can survive.
    private static Person Joined(Person p) => p.Particle is null ? p : p with { Particle = null, Family = p.Particle + " " + p.Family };

    private static string Show(Person p) => $"[given={p.Given} family={p.Family} particle={p.Particle} suffix={p.Suffix} literal={p.Literal}]";
}
