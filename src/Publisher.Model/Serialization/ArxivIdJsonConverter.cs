using System.Text.Json;
using System.Text.Json.Serialization;

namespace Publisher.Model.Serialization;

/// <summary>Writes an <see cref="ArxivId"/> as its string form and validates it on read.</summary>
public sealed class ArxivIdJsonConverter : JsonConverter<ArxivId>
{
    /// <inheritdoc />
    public override ArxivId? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var s = reader.GetString();
        return ArxivId.TryParse(s, out var id) ? id : throw new JsonException($"'{s}' is not a valid arXiv id");
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, ArxivId value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
}
