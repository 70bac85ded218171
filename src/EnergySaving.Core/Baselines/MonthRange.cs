namespace EnergySaving.Core.Baselines;

/// <summary>An inclusive range of calendar months, both ends being first days of months.</summary>
public sealed record MonthRange(DateOnly From, DateOnly To)
{
    public int Months => MonthIndex(To) - MonthIndex(From) + 1;

    public bool Contains(DateOnly month) => MonthIndex(month) >= MonthIndex(From) && MonthIndex(month) <= MonthIndex(To);

    /// <summary>The one month index of the service (baselines, the API, the jobs): Year × 12 + Month − 1, consecutive months differ by 1.</summary>
    public static int MonthIndex(DateOnly d) => (d.Year * 12) + d.Month - 1;

    public static DateOnly FromIndex(int index) => new(index / 12, (index % 12) + 1, 1);

    internal static string Label(DateOnly d) => $"{d.Year:D4}-{d.Month:D2}";

    public override string ToString() => $"{Label(From)}..{Label(To)}";
}
