using System.Diagnostics;

namespace Publisher.Pdf.Tests;

/// <summary>Runs qpdf; CI (CI=true) must have it, a local run without it passes with a note.</summary>
internal static class ExternalTools
{
    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static void AssertQpdfCheck(string pdfPath)
    {
        var (found, code, output) = Run("qpdf", "--check", pdfPath);
        if (!found)
        {
            Assert.False(InCi, "qpdf is not installed: .ci/install-test-tools must install it (apt package qpdf)");
            return; // Locally without qpdf there is nothing to check against.
        }
        Assert.True(code == 0, $"qpdf --check exited {code}:\n{output}");
        Assert.Contains("No syntax or stream encoding errors", output);
    }

    public static (bool Found, int ExitCode, string Output) Run(string tool, params string[] args)
    {
        var psi = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) psi.ArgumentList.Add(a);
        try
        {
            using var p = Process.Start(psi)!;
            var stdout = p.StandardOutput.ReadToEndAsync();
            var stderr = p.StandardError.ReadToEndAsync();
            p.WaitForExit();
            return (true, p.ExitCode, stdout.Result + stderr.Result);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return (false, -1, "");
        }
    }
}
