using System.Collections.Concurrent;
using System.Globalization;
using System.IO.Compression;
using System.Text.RegularExpressions;
using Jint;
using Jint.Runtime;
using Publisher.Pdf.Layout;

namespace Publisher.Pdf.Formulas;

/// <summary>
/// Typesets TeX math with MathJax (npm <c>mathjax-full</c>, TeX input → SVG output) running in-process
/// in Jint, and turns its SVG into a Skia picture (vector paths) with Svg.Skia. The bundle is an
/// embedded resource (built by <c>tools/mathjax/build.sh</c>), loaded on the first formula only, so a
/// book without math pays nothing. Formulas repeat in surveys: results are cached by (TeX, display).
/// <see cref="Preload"/> starts loading and typesetting a book's formulas on a thread of their own, so
/// that MathJax runs while the rest of the book is composed and shaped.
/// </summary>
public sealed partial class MathTypesetter
{
    private readonly Lazy<Engine> _engine;
    // Lazy values: a formula asked for by the book while the preloading thread converts it is converted once.
    private readonly ConcurrentDictionary<(string Tex, bool Display), Lazy<MathResult>> _cache = new();
    private readonly Lock _gate = new();

    /// <summary>
    /// Creates a typesetter; nothing is loaded until the first formula. With a <paramref name="cacheDirectory"/>,
    /// MathJax's SVG of each formula is kept there (one file per formula, named by a hash of the bundle, the
    /// TeX and the mode), so a later run that finds all its formulas never loads MathJax.
    /// </summary>
    public MathTypesetter(string? cacheDirectory = null)
    {
        _engine = new Lazy<Engine>(LoadEngine);
        CacheDirectory = cacheDirectory;
    }

    /// <summary>Folder of MathJax's SVG by formula, or null for none.</summary>
    public string? CacheDirectory { get; }
    /// <summary>Formulas read from <see cref="CacheDirectory"/> instead of MathJax.</summary>
    public int FromCache { get; private set; }
    /// <summary>Time spent turning cached SVG into pictures.</summary>
    public TimeSpan CacheTime { get; private set; }

    /// <summary>The shared instance (the engine takes ~1.5 s to load; one per process is enough).</summary>
    public static MathTypesetter Shared { get; } = new();

    /// <summary>Time spent loading MathJax (zero until a formula was typeset).</summary>
    public TimeSpan LoadTime { get; private set; }
    /// <summary>Formulas converted by MathJax (cache hits not counted).</summary>
    public int Converted { get; private set; }
    /// <summary>Time spent converting those formulas (TeX → SVG → picture).</summary>
    public TimeSpan ConvertTime { get; private set; }
    /// <summary>The part of <see cref="ConvertTime"/> spent reading MathJax's SVG into a picture (Svg.Skia).</summary>
    public TimeSpan PictureTime { get; private set; }

    /// <summary>
    /// A picture of the formula whose baseline is at the picture's y = <see cref="PictureBox.Top"/>,
    /// scaled to <paramref name="fontSize"/>; or the error MathJax gave (the caller prints the source).
    /// </summary>
    public MathResult Typeset(string tex, bool display, float fontSize)
    {
        var result = Cached(tex.Trim(), display);
        return result.Box is null ? result : result with { Box = result.Box.WithScale(fontSize / 1000f) };
    }

    private MathResult Cached(string tex, bool display) =>
        _cache.GetOrAdd((tex, display), key => new Lazy<MathResult>(() => Convert(key.Tex, key.Display))).Value;

    /// <summary>
    /// Loads MathJax and typesets <paramref name="formulas"/> (in order) on a background thread and returns
    /// at once; <see cref="Typeset"/> then finds them ready or waits for the one being converted. Calling it
    /// again while a preload runs starts another pass (each formula is still converted once). The task ends when
    /// the pass does; callers need not wait for it.
    /// </summary>
    public Task Preload(IEnumerable<(string Tex, bool Display)> formulas)
    {
        var list = formulas.Select(f => (f.Tex.Trim(), f.Display)).Where(f => f.Item1.Length > 0).ToList();
        if (list.Count == 0) return Task.CompletedTask;
        return Task.Factory.StartNew(() =>
        {
            try
            {
                foreach (var (tex, display) in list) Cached(tex, display);
            }
            // A bundle that cannot load fails the same way when the book asks for its first formula; that report is the one that counts.
            catch (InvalidOperationException) { }
            catch (JintException) { }
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    private MathResult Convert(string tex, bool display)
    {
        if (tex.Length == 0) return new MathResult(null, "empty formula");
        lock (_gate)
        {
            var file = CacheFile(tex, display);
            if (file is not null && ReadCached(file) is { } cached) return cached;
            var engine = _engine.Value;
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            try
            {
                var svg = engine.Invoke("tex2svg", tex, display).AsString();
                var drawn = System.Diagnostics.Stopwatch.GetTimestamp();
                try
                {
                    var result = new MathResult(ToPicture(svg), null);
                    if (file is not null) WriteCached(file, svg);
                    return result;
                }
                finally { PictureTime += System.Diagnostics.Stopwatch.GetElapsedTime(drawn); }
            }
            catch (JavaScriptException e) { return new MathResult(null, e.Message); }
            catch (JintException e) { return new MathResult(null, e.Message); }
            catch (InvalidDataException e) { return new MathResult(null, e.Message); }
            finally
            {
                Converted++;
                ConvertTime += System.Diagnostics.Stopwatch.GetElapsedTime(started);
            }
        }
    }

    private string? CacheFile(string tex, bool display)
    {
        if (CacheDirectory is null) return null;
        var key = System.Text.Encoding.UTF8.GetBytes($"{BundleId.Value}\n{(display ? "display" : "inline")}\n{tex}");
        return Path.Combine(CacheDirectory, System.Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(key)) + ".svg");
    }

    /// <summary>The cached formula as a picture; null when not cached or unreadable (then MathJax converts it again).</summary>
    private MathResult? ReadCached(string file)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        try
        {
            if (!File.Exists(file)) return null;
            var result = new MathResult(ToPicture(File.ReadAllText(file)), null);
            FromCache++;
            CacheTime += System.Diagnostics.Stopwatch.GetElapsedTime(started);
            return result;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException) { return null; }
    }

    // The cache only saves time: a folder that cannot be written is no reason to fail the book.
    private static void WriteCached(string file, string svg)
    {
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            Publisher.Model.IO.AtomicFile.WriteAllText(file, svg);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
    }

    /// <summary>A hash of the embedded MathJax bundle: a rebuilt bundle does not reuse SVG cached by another.</summary>
    private static readonly Lazy<string> BundleId = new(() =>
    {
        using var resource = OpenBundle();
        return System.Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(resource))[..16];
    });

    private static Stream OpenBundle() =>
        typeof(MathTypesetter).Assembly.GetManifestResourceStream("Publisher.Pdf.Formulas.mathjax-tex2svg.js.gz")
        ?? throw new InvalidOperationException("the MathJax bundle is not embedded; run tools/mathjax/build.sh");

    private Engine LoadEngine()
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        using var resource = OpenBundle();
        using var gzip = new GZipStream(resource, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        var script = reader.ReadToEnd();
        // A runaway formula (deep macro recursion) must not hang the build.
        var engine = new Engine(o => o.TimeoutInterval(TimeSpan.FromSeconds(20)).LimitRecursion(4000));
        engine.Execute(script);
        LoadTime = System.Diagnostics.Stopwatch.GetElapsedTime(started);
        return engine;
    }

    /// <summary>
    /// MathJax sizes its SVG in ex with a viewBox in 1/1000 em whose y = 0 is the baseline. The root's
    /// width and height are replaced by the viewBox's, so the picture is in those units and the
    /// baseline lies -minY below its top.
    /// </summary>
    private static PictureBox ToPicture(string svg)
    {
        var viewBox = ViewBox().Match(svg);
        if (!viewBox.Success) throw new InvalidDataException("MathJax returned no viewBox");
        float F(int g) => float.Parse(viewBox.Groups[g].Value, CultureInfo.InvariantCulture);
        var (minY, width, height) = (F(2), F(3), F(4));
        var rootEnd = svg.IndexOf('>', StringComparison.Ordinal);
        var root = Size().Replace(svg[..rootEnd], "");
        root = root.Replace("<svg ", string.Create(CultureInfo.InvariantCulture, $"<svg width=\"{width}\" height=\"{height}\" "), StringComparison.Ordinal);
        var sized = root + svg[rootEnd..];
        var read = SvgPicture.Read(sized) ?? throw new InvalidDataException("Svg.Skia could not read MathJax's SVG");
        return new PictureBox(read.Picture, 1f, -minY, width, height);
    }

    [GeneratedRegex(@"viewBox=""(-?[\d.]+) (-?[\d.]+) ([\d.]+) ([\d.]+)""")]
    private static partial Regex ViewBox();

    [GeneratedRegex(@"\s(?:width|height|style)=""[^""]*""")]
    private static partial Regex Size();
}
