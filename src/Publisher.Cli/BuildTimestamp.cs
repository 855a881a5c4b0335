using System.Globalization;

namespace Publisher.Cli;

/// <summary>
/// The date stamped into generated documents. Day precision (midnight UTC), so that two builds on
/// the same day are byte-identical; <c>SOURCE_DATE_EPOCH</c> (the reproducible-builds convention)
/// pins it exactly.
/// </summary>
internal static class BuildTimestamp
{
    /// <summary>The timestamp for this process.</summary>
    public static DateTimeOffset Now { get; } = Resolve(Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH"), TimeProvider.System);

    /// <summary>Parses <c>SOURCE_DATE_EPOCH</c> seconds, else today's date at midnight UTC.</summary>
    public static DateTimeOffset Resolve(string? sourceDateEpoch, TimeProvider time) =>
        long.TryParse(sourceDateEpoch, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : new DateTimeOffset(time.GetUtcNow().UtcDateTime.Date, TimeSpan.Zero);
}
