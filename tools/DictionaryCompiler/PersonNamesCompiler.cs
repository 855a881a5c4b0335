using Publisher.Importers.Decoding;

namespace Publisher.DictionaryCompiler;

/// <summary>
/// The two- and three-character person names of jieba's dict.txt (part of speech <c>nr</c>) → what
/// <see cref="PersonNames"/> loads: for the first character of a name, then for the later ones, the
/// log-probability of a character never seen there, then the characters seen and their log-probabilities.
/// </summary>
internal static class PersonNamesCompiler
{
    /// <summary>Reads <paramref name="dictTxt"/> and writes the compiled name tables to <paramref name="output"/>.</summary>
    public static void Compile(string dictTxt, string output)
    {
        var text = File.ReadAllText(dictTxt);
        var firstCounts = new int[char.MaxValue + 1];
        var restCounts = new int[char.MaxValue + 1];
        long names = 0, restTotal = 0;
        foreach (var range in text.AsSpan().Split('\n'))
        {
            // "词 频次 词性": only the part of speech "nr" (a person's name) counts, each name once.
            var line = text.AsSpan(range).TrimEnd('\r');
            if (!line.EndsWith(" nr")) continue;
            var space = line.IndexOf(' ');
            if (space is not (2 or 3)) continue;
            var word = line[..space];
            firstCounts[word[0]]++;
            foreach (var c in word[1..]) restCounts[c]++;
            names++;
            restTotal += word.Length - 1;
        }
        using var writer = new DictionaryWriter(output, CompiledDictionary.PersonNameCharacters);
        Write(writer, firstCounts, names);
        Write(writer, restCounts, restTotal);
    }

    private static void Write(DictionaryWriter writer, int[] counts, long total)
    {
        var seen = Enumerable.Range(0, counts.Length).Where(c => counts[c] > 0).ToArray();
        writer.Write(PersonNames.LogShare(0, total));
        writer.Write<char>(seen.Select(c => (char)c).ToArray());
        writer.Write<float>(seen.Select(c => PersonNames.LogShare(counts[c], total)).ToArray());
    }
}
