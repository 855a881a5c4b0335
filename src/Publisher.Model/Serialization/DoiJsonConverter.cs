using System.Text.Json;
using System.Text.Json.Serialization;

namespace Publisher.Model.Serialization;

/// <summary>Writes a <see cref="Doi"/> as its string form and validates it on read.</summary>
public sealed class DoiJsonConverter : JsonConverter<Doi>
{
    /// <inheritdoc />
    public override Doi? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var s = reader.GetString();
        return Doi.TryParse(s, out var d) ? d : throw new JsonException($"'{s}' is not a valid DOI");
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Doi value, JsonSerializerOptions options) => writer.WriteStringValue(value.Value);
}
