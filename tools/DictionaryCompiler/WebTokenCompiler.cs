using System.IO.Compression;
using System.Reflection.PortableExecutable;
using System.Text;
using Publisher.Importers.Decoding;
using Publisher.Model;

namespace Publisher.DictionaryCompiler;

/// <summary>
/// The o200k_base byte-pair vocabulary (GPT-4o's tokens, learned from recent web text), a resource
/// inside Microsoft.ML.Tokenizers.Data.O200kBase.dll (read as a file, never loaded as code) → what
/// <c>TokenLexicon</c> loads: the tokens that are whole words of Chinese ideographs, in
/// ordinal order. Their merge ranks are not kept: scoring by rank did not help (docs/importers-catalogue-survey.md).
/// </summary>
internal static class WebTokenCompiler
{
    private const string VocabularyResource = "o200k_base.tiktoken.deflate";

    /// <summary>Reads <paramref name="o200kDll"/> and writes the compiled token words to <paramref name="output"/>.</summary>
    public static void Compile(string o200kDll, string output)
    {
        using var pe = new PEReader(File.OpenRead(o200kDll), PEStreamOptions.PrefetchEntireImage);
        using var inflated = new DeflateStream(new MemoryStream(WordBigramCompiler.Resource(pe, VocabularyResource)), CompressionMode.Decompress);
        using var reader = new StreamReader(inflated, Encoding.ASCII);
        // ML.NET's compressed form: a "Capacity: N" line, then one base64 token per line in rank order.
        if (reader.ReadLine() is not { } header || !header.StartsWith("Capacity:", StringComparison.Ordinal))
            throw new InvalidOperationException($"{VocabularyResource} does not start with its capacity line");
        var strict = new UTF8Encoding(false, true);
        var words = new SortedSet<string>(StringComparer.Ordinal);
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            string text;
            try { text = strict.GetString(Convert.FromBase64String(line)); }
            catch (DecoderFallbackException) { continue; } // part of a character: no word
            // A token often carries the space before it (" 天天"); the word is the same.
            var word = text.TrimStart(' ');
            if (word.Length < 2 || word.Length > ChineseLexicon.MaxWordLength || !word.All(CjkText.IsIdeograph)) continue;
            words.Add(word);
        }
        var chars = new StringBuilder();
        var ends = words.Select(w => chars.Append(w).Length).ToArray();

        using var writer = new DictionaryWriter(output, CompiledDictionary.WebTokens);
        writer.Write<char>(chars.ToString());
        writer.Write<int>(ends);
    }
}
