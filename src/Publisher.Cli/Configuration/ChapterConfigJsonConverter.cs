using System.Text.Json;
using System.Text.Json.Serialization;

namespace Publisher.Cli.Configuration;

/// <summary>
/// Reads one <c>handbook.chapters</c> item: a string is a Markdown file or glob (<c>"chapters/*.md"</c>);
/// an object is a topic chapter <c>{ "title": "...", "topics": [...] }</c> (the form that existed before).
/// </summary>
public sealed class ChapterConfigJsonConverter : JsonConverter<HandbookConfig.ChapterConfig>
{
    /// <inheritdoc />
    public override HandbookConfig.ChapterConfig Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
            return new HandbookConfig.ChapterConfig("", []) { Markdown = reader.GetString() };
        if (reader.TokenType != JsonTokenType.StartObject)
            throw new JsonException("a chapter is a Markdown file or glob (string) or { \"title\": ..., \"topics\": [...] }");
        string? title = null;
        List<string>? topics = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString();
            reader.Read();
            switch (name)
            {
                case "title": title = reader.GetString(); break;
                case "topics": topics = JsonSerializer.Deserialize<List<string>>(ref reader, options); break;
                default: throw new JsonException($"unknown chapter key '{name}' (expected title, topics)");
            }
        }
        if (title is null) throw new JsonException("a topic chapter needs a \"title\"");
        return new HandbookConfig.ChapterConfig(title, topics ?? []);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, HandbookConfig.ChapterConfig value, JsonSerializerOptions options)
    {
        if (value.Markdown is not null) { writer.WriteStringValue(value.Markdown); return; }
        writer.WriteStartObject();
        writer.WriteString("title", value.Title);
        writer.WritePropertyName("topics");
        JsonSerializer.Serialize(writer, value.Topics, options);
        writer.WriteEndObject();
    }
}
