using System.Text.Json;

namespace Publisher.Cli.Tests;

/// <summary><c>publisher convert</c>: every format out, located diagnostics, never a half-written file.</summary>
public class ConvertCommandTests
{
    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "Convert", name);

    [Fact]
    public void Convert_BibTeXThroughEveryFormat_KeepsBothEntries()
    {
        var work = CliRunner.TempDir("convert");
        var current = Fixture("two.bib");
        // bib → csljson → ris → csv → bib: each step reads what the one before wrote.
        foreach (var (format, ext) in new[] { ("csljson", "json"), ("ris", "ris"), ("csv", "csv"), ("bibtex", "bib") })
        {
            var next = Path.Combine(work, "step." + ext);
            var (code, stdout, stderr) = CliRunner.Run(work, "convert", current, "--to", format, "--out", next);
            Assert.True(code == 0, stdout + stderr);
            Assert.Contains("2 entries", stdout);
            current = next;
        }
        var bib = File.ReadAllText(current);
        Assert.Contains("A Synthetic Record Read Fine", bib);
        Assert.Contains("2401.00007", bib);
    }

    [Fact]
    public void Convert_RecordWithoutTitle_ExitCode1NamesFileAndLineAndWritesTheRest()
    {
        var work = CliRunner.TempDir("convert-bad");
        var output = Path.Combine(work, "out.json");
        var (code, stdout, _) = CliRunner.Run(work, "convert", Fixture("broken.ris"), "--to", "csljson", "--out", output);
        Assert.Equal(1, code);
        Assert.Contains("broken.ris", stdout);
        Assert.Contains("line 7", stdout);
        using var json = JsonDocument.Parse(File.ReadAllText(output));
        Assert.Equal(2, json.RootElement.GetArrayLength());
        Assert.Empty(Directory.GetFiles(work, "*.tmp"));
    }

    [Fact]
    public void Convert_NoCitationsInInput_ExitCode1AndPreviousOutputUntouched()
    {
        var work = CliRunner.TempDir("convert-none");
        var input = Path.Combine(work, "empty.json");
        File.WriteAllText(input, "[]");
        var output = Path.Combine(work, "out.ris");
        File.WriteAllText(output, "previous");
        var (code, stdout, _) = CliRunner.Run(work, "convert", input, "--to", "ris", "--out", output);
        Assert.Equal(1, code);
        Assert.Contains("no citations found", stdout);
        Assert.Equal("previous", File.ReadAllText(output));
    }

    [Fact]
    public void Convert_UnknownTargetFormat_ExitCode2ListsTheWriters()
    {
        var (code, _, stderr) = CliRunner.Run(CliRunner.TempDir("convert-usage"), "convert", Fixture("two.bib"), "--to", "docx", "--out", "x.docx");
        Assert.Equal(2, code);
        Assert.Contains("csljson", stderr);
    }
}
