using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;

namespace Publisher.Cli.Tests;

/// <summary>
/// Kills a real <c>publisher build</c> with SIGKILL at random moments and checks that every output is
/// either the previous complete version or the new complete version, and that the next run succeeds.
/// Inputs are generated: every title and id is invented.
/// </summary>
public class InterruptionTests
{
    private static void WriteList(string path, int count)
    {
        var sb = new StringBuilder("# Synthetic list (invented titles and ids)\n\n## Section\n\n");
        for (var i = 0; i < count; i++)
            sb.Append($"+ **An Invented Study Number {i} of Toy Widgets.**\n\n    *Ann Example, Bo Sample.* **arxiv, 2024.** [[arxiv](https://arxiv.org/abs/2401.{i + 1:D5})] [[code](https://github.com/example/widget{i})]\n\n    虚构的摘要 {i}。\n\n");
        File.WriteAllText(path, sb.ToString());
    }

    private static Dictionary<string, string> Snapshot(string outDir) =>
        Directory.EnumerateFiles(outDir, "*", SearchOption.AllDirectories)
            .Where(f => !Path.GetFileName(f).StartsWith('.'))
            .Where(f => !f.Contains(Path.DirectorySeparatorChar + "cache" + Path.DirectorySeparatorChar))
            .ToDictionary(f => Path.GetRelativePath(outDir, f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))));

    private static string EntriesOf(string catalogPath) =>
        Publisher.Model.Serialization.CatalogJson.Serialize(Publisher.Model.Serialization.CatalogJson.Load(catalogPath) with { Diagnostics = [] });

    private static void CopyDirectory(string from, string to)
    {
        foreach (var dir in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories))
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, dir)));
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)), overwrite: true);
    }

    [Fact]
    public void Build_KilledAtRandomPoints_OutputsAreOldOrNewCompleteVersions()
    {
        var work = CliRunner.TempDir("kill");
        Directory.CreateDirectory(Path.Combine(work, "in"));
        File.WriteAllText(Path.Combine(work, "publisher.json"), """{ "inputs": ["in"], "output": "out", "enrich": { "offline": true }, "newsletter": { "max": 0 } }""");
        WriteList(Path.Combine(work, "in", "list.md"), 150);
        var (first, _, err1) = CliRunner.Run(work, "build");
        Assert.True(first is 0 or 1, err1);
        var before = Snapshot(Path.Combine(work, "out"));
        var beforeEntries = EntriesOf(Path.Combine(work, "out", "catalog.json"));
        Assert.Contains("catalog.json", before.Keys);

        // The new complete version, built uninterrupted from a copy of the same state.
        var reference = CliRunner.TempDir("kill-ref");
        CopyDirectory(work, reference);
        WriteList(Path.Combine(reference, "in", "list.md"), 400);
        var sw = Stopwatch.StartNew();
        var (refCode, _, refErr) = CliRunner.Run(reference, "build");
        var fullDuration = sw.Elapsed;
        Assert.True(refCode is 0 or 1, refErr);
        var after = Snapshot(Path.Combine(reference, "out"));

        WriteList(Path.Combine(work, "in", "list.md"), 400);
        var random = new Random(20261125);
        for (var attempt = 0; attempt < 6; attempt++)
        {
            using var p = CliRunner.Start(work, "build");
            Thread.Sleep(TimeSpan.FromMilliseconds(random.Next(50, Math.Max(100, (int)fullDuration.TotalMilliseconds))));
            if (!p.HasExited) p.Kill(entireProcessTree: true); // SIGKILL on Linux
            p.WaitForExit();
            foreach (var (file, hash) in Snapshot(Path.Combine(work, "out")))
            {
                if (file == "catalog.json")
                {
                    var entries = EntriesOf(Path.Combine(work, "out", file)); // also proves it is complete, parseable JSON
                    Assert.True(entries == beforeEntries || entries == EntriesOf(Path.Combine(reference, "out", file)),
                        $"after kill #{attempt}, catalog.json holds neither the previous nor the new entries");
                    continue;
                }
                var known = (before.TryGetValue(file, out var b) && b == hash) || (after.TryGetValue(file, out var a) && a == hash);
                Assert.True(known, $"after kill #{attempt}, {file} is neither the previous nor the new complete version");
            }
        }

        // (The newsletter takes every new entry at once here, so a completed build leaves nothing for
        // the next one and the final state does not depend on how many killed builds got that far.)
        var (last, _, lastErr) = CliRunner.Run(work, "build");
        Assert.True(last is 0 or 1, lastErr);
        var final = Snapshot(Path.Combine(work, "out"));
        foreach (var (file, hash) in after)
        {
            // catalog.json also records this run's messages (e.g. "no new entries for the newsletter"),
            // which rightly depend on what earlier runs finished; its entries must match exactly.
            if (file == "catalog.json")
                Assert.Equal(EntriesOf(Path.Combine(reference, "out", file)), EntriesOf(Path.Combine(work, "out", file)));
            else
                Assert.True(final.TryGetValue(file, out var h) && h == hash, $"{file} differs from an uninterrupted build");
        }
        Assert.Equal(after.Keys.Order(), final.Keys.Order());
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(work, "out"), "*.tmp", SearchOption.AllDirectories));
    }
}
