using CsCheck;
using Publisher.Testing;

namespace Publisher.Importers.Tests.Fuzz;

/// <summary>Generators for hostile input: random text in every importer's alphabet, and mutations of real lists.</summary>
internal static class FuzzInputs
{
    /// <summary>Iterations per property: small in CI, raised with PUBLISHER_FUZZ_ITER for a long run.</summary>
    public static long Iterations => long.TryParse(Environment.GetEnvironmentVariable("PUBLISHER_FUZZ_ITER"), out var n) ? n : 150;

    // Characters that drive the parsers' state machines: Markdown, BibTeX, RIS, CSV and CJK punctuation.
    private const string Alphabet = "abcXYZ019 \t\n\r*_#[](){}<>!|-+.,:;@=\"'\\/%&~^`、，。：【】（）…在这里插入图片描述作者原文ÃåèäöüÂ\u00AD\u0000\uFFFD٢٠٣４５";

    /// <summary>Short strings built from the parser alphabet and structural fragments.</summary>
    public static Gen<string> Text { get; } = Gen.OneOf(
        Gen.Char[Alphabet].Array[0, 400].Select(cs => new string(cs)),
        Gen.OneOf("@article{", "}", "{", "TY  - JOUR", "ER  - ", "AU  - ", "**1、[", "](", ")**", "[[paper](", "+ **", "### ", "#### ",
                "** 作者*:", "** 原文*:", "https://arxiv.org/abs/", "2401.00001", "\t", "\n", "\n\n", "```", "|", "[t](#)", "、", "\"", ",", "id,title,authors\n",
                // Other scripts' digits match \d in .NET regexes but not int.Parse: each of these once crashed an importer.
                "year = {٢٠٢٣},", "PY  - ٢٠٢٣/٠١/\n", "20٢٣", "（２０２３）", "https://arxiv.org/abs/٢٤٠١.٠٠٠٠١", "arXiv:２４０１.００００１", "    *A, B.* **X, 2020.**")
            .Array[0, 60].Select(parts => string.Concat(parts)));

    /// <summary>Sample and seed files, for mutation.</summary>
    public static IReadOnlyList<string> Corpus { get; } = LoadCorpus();

    private static IReadOnlyList<string> LoadCorpus()
    {
        var files = new List<string>();
        if (Directory.Exists(RepoPaths.Samples)) files.AddRange(Directory.GetFiles(RepoPaths.Samples));
        if (RepoPaths.HasSeeds) files.AddRange(Directory.GetFiles(RepoPaths.SeedsDirectory, "*.txt"));
        return files.Where(f => !f.EndsWith("README.md", StringComparison.Ordinal)).Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
    }

    /// <summary>A corpus document with one mutation: truncation, a deleted/duplicated/garbled line, or inserted noise.</summary>
    public static Gen<string> Mutated { get; } = Corpus.Count == 0 ? Text :
        Gen.Select(Gen.Int[0, Corpus.Count - 1], Gen.Int[0, 3], Gen.Double[0, 1], Text, (i, kind, where, noise) =>
        {
            var doc = Corpus[i];
            var lines = doc.Split('\n').ToList();
            var at = Math.Min(lines.Count - 1, (int)(where * lines.Count));
            switch (kind)
            {
                case 0: return doc[..(int)(where * doc.Length)];
                case 1: lines.RemoveAt(at); break;
                case 2: lines.Insert(at, noise); break;
                default: lines[at] = new string(lines[at].Reverse().ToArray()); break;
            }
            return string.Join('\n', lines);
        });
}
