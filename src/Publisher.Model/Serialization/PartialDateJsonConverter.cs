using System.Text.Json;
using System.Text.Json.Serialization;

namespace Publisher.Model.Serialization;

/// <summary>Writes a <see cref="PartialDate"/> as <c>YYYY[-MM[-DD]]</c>.</summary>
public sealed class PartialDateJsonConverter : JsonConverter<PartialDate>
{
    /// <inheritdoc />
    public override PartialDate? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Number) return new PartialDate(reader.GetInt32());
        var s = reader.GetString();
        return PartialDate.TryParse(s, out var d) ? d : throw new JsonException($"'{s}' is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)");
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, PartialDate value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
}
