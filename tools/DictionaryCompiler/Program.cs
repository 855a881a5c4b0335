using Publisher.DictionaryCompiler;

// dict.txt prob_emit.json Lucene.Net.Analysis.SmartCn.dll output-folder Microsoft.ML.Tokenizers.Data.O200kBase.dll (see the .csproj).
if (args.Length != 5)
{
    Console.Error.WriteLine("usage: DictionaryCompiler <jieba dict.txt> <jieba prob_emit.json> <Lucene.Net.Analysis.SmartCn.dll> <output folder> <Microsoft.ML.Tokenizers.Data.O200kBase.dll>");
    return 2;
}
Directory.CreateDirectory(args[3]);
LexiconCompiler.Compile(args[0], Path.Combine(args[3], "jieba-lexicon.bin"));
PersonNamesCompiler.Compile(args[0], Path.Combine(args[3], "jieba-person-names.bin"));
CharacterStatesCompiler.Compile(args[1], Path.Combine(args[3], "jieba-char-states.bin"));
WordBigramCompiler.Compile(args[2], Path.Combine(args[3], "smartcn-bigrams.bin"));
WebTokenCompiler.Compile(args[4], Path.Combine(args[3], "o200k-words.bin"));
return 0;
