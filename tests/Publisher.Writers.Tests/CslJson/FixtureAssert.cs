using System.Text;
using Publisher.Testing;

namespace Publisher.Writers.Tests;

/// <summary>Compares output with an expected file beside the fixture; <c>PUBLISHER_UPDATE_FIXTURES=1</c> rewrites the expected files.</summary>
internal static class FixtureAssert
{
    /// <summary>The fixtures folder of this test project in the build output.</summary>
    public static string Dir(string area) => Path.Combine(AppContext.BaseDirectory, "Fixtures", area);

    /// <summary>Names (without the <c>.catalog.json</c> suffix) of the catalogs in a fixture area, for <c>[MemberData]</c>.</summary>
    public static TheoryData<string> Catalogs(string area)
    {
        var data = new TheoryData<string>();
        foreach (var f in Directory.GetFiles(Dir(area), "*.catalog.json").Order(StringComparer.Ordinal))
            data.Add(Path.GetFileName(f)[..^".catalog.json".Length]);
        return data;
    }

    /// <summary>Asserts the bytes equal the expected file's (reporting the first differing line).</summary>
    public static void Matches(string area, string expectedName, byte[] actual)
    {
        if (Environment.GetEnvironmentVariable("PUBLISHER_UPDATE_FIXTURES") == "1")
        {
            var source = Path.Combine(RepoPaths.Root, "tests", "Publisher.Writers.Tests", "Fixtures", area, expectedName);
            File.WriteAllBytes(source, actual);
        }
        var path = Path.Combine(Dir(area), expectedName);
        Assert.True(File.Exists(path), $"missing expected file {path}");
        var expected = File.ReadAllBytes(path);
        if (expected.AsSpan().SequenceEqual(actual)) return;
        var e = Encoding.UTF8.GetString(expected).Split('\n');
        var a = Encoding.UTF8.GetString(actual).Split('\n');
        for (var i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            var el = i < e.Length ? e[i] : "<end of file>";
            var al = i < a.Length ? a[i] : "<end of file>";
            Assert.True(el == al, $"{expectedName} line {i + 1}:\n expected: {el}\n actual:   {al}");
        }
        Assert.Fail($"{expectedName}: bytes differ (BOM or line endings)");
    }
}
