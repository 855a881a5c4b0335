using Publisher.Model;

namespace Publisher.Importers.ReadingLists.Common;

/// <summary>Tags summary text with a language: the lists are Chinese or English, nothing else.</summary>
public static class LanguageGuesser
{
    /// <summary><c>zh</c> when the text contains a CJK ideograph, else <c>en</c>.</summary>
    public static string Guess(string text) => PersonNameParser.ContainsCjk(text) ? "zh" : "en";
}
