using System.Globalization;

namespace Publisher.Model;

/// <summary>A date known to the year, month or day; serialised as ISO 8601 <c>2023</c>, <c>2023-05</c> or <c>2023-05-17</c>.</summary>
public sealed record PartialDate
{
    /// <summary>Creates a date; month and day are optional but a day needs a month.</summary>
    public PartialDate(int year, int? month = null, int? day = null)
    {
        if (year is < 1000 or > 9999) throw new ArgumentOutOfRangeException(nameof(year), year, "expected a four-digit year");
        if (month is < 1 or > 12) throw new ArgumentOutOfRangeException(nameof(month), month, "expected a month 1-12");
        if (day is not null && (month is null || day < 1 || day > DateTime.DaysInMonth(year, month.Value)))
            throw new ArgumentOutOfRangeException(nameof(day), day, "expected a day within the month");
        Year = year; Month = month; Day = day;
    }

    /// <summary>Four-digit year.</summary>
    public int Year { get; }
    /// <summary>Month 1-12, if known.</summary>
    public int? Month { get; }
    /// <summary>Day of month, if known.</summary>
    public int? Day { get; }

    /// <summary>Parses <c>2023</c>, <c>2023-05</c>, <c>2023-05-17</c> (or a full ISO timestamp, keeping the date).</summary>
    public static bool TryParse(string? text, out PartialDate? date)
    {
        date = null;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var t = text.Trim();
        if (t.Length > 10 && t[10] == 'T') t = t[..10];
        var parts = t.Split('-');
        if (parts.Length > 3 || parts[0].Length != 4) return false;
        var nums = new int[parts.Length];
        for (var i = 0; i < parts.Length; i++)
            if (!int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out nums[i])) return false;
        try
        {
            date = new PartialDate(nums[0], parts.Length > 1 ? nums[1] : null, parts.Length > 2 ? nums[2] : null);
            return true;
        }
        catch (ArgumentOutOfRangeException) { return false; }
    }

    /// <summary>Parses or throws <see cref="FormatException"/>.</summary>
    public static PartialDate Parse(string text) =>
        TryParse(text, out var d) ? d! : throw new FormatException($"'{text}' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD");

    /// <inheritdoc />
    public override string ToString() =>
        Day is { } d ? $"{Year:D4}-{Month:D2}-{d:D2}" : Month is { } m ? $"{Year:D4}-{m:D2}" : Year.ToString("D4", CultureInfo.InvariantCulture);
}
