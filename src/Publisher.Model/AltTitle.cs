namespace Publisher.Model;

/// <summary>An alternative title (a Chinese headline, a translated title) with its BCP 47 language.</summary>
public sealed record AltTitle(string Text, string Language);
