namespace Publisher.Cli.Configuration;

/// <summary>A configuration problem; the message names the file and line.</summary>
public sealed class ConfigException(string message) : Exception(message);
