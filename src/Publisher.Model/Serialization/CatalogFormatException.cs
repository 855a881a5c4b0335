namespace Publisher.Model.Serialization;

/// <summary>A catalog file that cannot be read; the message names file and line.</summary>
public sealed class CatalogFormatException(string message, Exception? inner = null) : Exception(message, inner);
