using EnergySaving.Core.Messages;

namespace EnergySaving.Core.Baselines;

/// <summary>The baseline period of a facility and the months that fall in it or after it.</summary>
/// <param name="Range">The baseline period, or null when none could be determined (no data, bad explicit period).</param>
/// <param name="Baseline">Months with data inside the period, in calendar order.</param>
/// <param name="Reporting">Months with data after the period (the reporting period), in calendar order.</param>
/// <param name="InsufficientReason">Why there is not enough data for a model (a coded message), or null when there is.</param>
public sealed record BaselinePeriod(
    MonthRange? Range,
    IReadOnlyList<BaselineMonth> Baseline,
    IReadOnlyList<BaselineMonth> Reporting,
    Message? InsufficientReason)
{
    public const int MinMonths = 12;
    public const int MaxMonths = 36;
    public const int MinPresentPerYear = 11;

    /// <summary>
    /// Resolves the baseline period from months with valid data (sorted ascending, one per month).
    /// <para>
    /// Default period (BASELINES.md): the first 12 consecutive calendar months that all have data. The window
    /// slides past gaps, so a facility with gaps in its first year gets its baseline from the first clean year
    /// without an analyst. A calendar month with a record counts as complete (inputs are monthly totals). With no
    /// such run the result is "insufficient data", naming the longest run found.
    /// </para>
    /// <para>
    /// Explicit period (analyst): 12 to 36 months; "at least 11 of every 12 months present" is checked on every
    /// 12-month sliding window inside the period (the stricter reading, so a 24-month period with two missing
    /// months in the same year fails).
    /// </para>
    /// </summary>
    public static BaselinePeriod Resolve(IReadOnlyList<BaselineMonth> validMonths, BaselineOptions options)
    {
        if (options.BaselineFrom is null != options.BaselineTo is null)
        {
            return Fail(null, Message.Of("baseline.period.needs-both-ends"));
        }

        MonthRange range;
        if (options.BaselineFrom is { } from && options.BaselineTo is { } to)
        {
            range = new MonthRange(new DateOnly(from.Year, from.Month, 1), new DateOnly(to.Year, to.Month, 1));
            var length = range.Months;
            if (length < MinMonths || length > MaxMonths)
            {
                return Fail(range, Message.Of("baseline.period.length",
                    ("from", MonthRange.Label(range.From)), ("to", MonthRange.Label(range.To)), ("months", length), ("min", MinMonths), ("max", MaxMonths)));
            }
        }
        else
        {
            if (validMonths.Count == 0)
            {
                return Fail(null, Message.Of("baseline.no-data"));
            }

            if (FirstCompleteRun(validMonths) is not { } first)
            {
                return Fail(null, LongestRunReason(validMonths));
            }

            range = new MonthRange(MonthRange.FromIndex(first), MonthRange.FromIndex(first + MinMonths - 1));
        }

        var startIndex = MonthRange.MonthIndex(range.From);
        var present = new bool[range.Months];
        var baseline = new List<BaselineMonth>(range.Months);
        var reporting = new List<BaselineMonth>();
        foreach (var m in validMonths)
        {
            var offset = MonthRange.MonthIndex(m.FirstDay) - startIndex;
            if (offset >= 0 && offset < present.Length)
            {
                present[offset] = true;
                baseline.Add(m);
            }
            else if (offset >= present.Length)
            {
                reporting.Add(m);
            }
        }

        for (var start = 0; start + MinMonths <= present.Length; start++)
        {
            var count = 0;
            var missing = new List<string>();
            for (var i = start; i < start + MinMonths; i++)
            {
                if (present[i])
                {
                    count++;
                }
                else
                {
                    missing.Add(MonthRange.Label(MonthRange.FromIndex(startIndex + i)));
                }
            }

            if (count < MinPresentPerYear)
            {
                var window = new MonthRange(MonthRange.FromIndex(startIndex + start), MonthRange.FromIndex(startIndex + start + MinMonths - 1));
                return new BaselinePeriod(range, baseline, reporting, Message.Of("baseline.period.window-incomplete",
                    ("count", count), ("from", MonthRange.Label(window.From)), ("to", MonthRange.Label(window.To)), ("min", MinPresentPerYear), ("missing", missing)));
            }
        }

        return new BaselinePeriod(range, baseline, reporting, null);
    }

    /// <summary>Month index of the first month that starts <see cref="MinMonths"/> consecutive months with data, or null.</summary>
    private static int? FirstCompleteRun(IReadOnlyList<BaselineMonth> months)
    {
        var runStart = 0;
        for (var i = 0; i < months.Count; i++)
        {
            if (i > 0 && MonthRange.MonthIndex(months[i].FirstDay) != MonthRange.MonthIndex(months[i - 1].FirstDay) + 1)
            {
                runStart = i;
            }

            if (i - runStart + 1 == MinMonths)
            {
                return MonthRange.MonthIndex(months[runStart].FirstDay);
            }
        }

        return null;
    }

    private static Message LongestRunReason(IReadOnlyList<BaselineMonth> months)
    {
        int bestStart = 0, bestLength = 1, runStart = 0;
        for (var i = 1; i < months.Count; i++)
        {
            if (MonthRange.MonthIndex(months[i].FirstDay) != MonthRange.MonthIndex(months[i - 1].FirstDay) + 1)
            {
                runStart = i;
            }

            if (i - runStart + 1 > bestLength)
            {
                bestStart = runStart;
                bestLength = i - runStart + 1;
            }
        }

        var run = new MonthRange(months[bestStart].FirstDay, months[bestStart + bestLength - 1].FirstDay);
        return Message.Of("baseline.period.no-complete-run",
            ("min", MinMonths), ("length", bestLength), ("from", MonthRange.Label(run.From)), ("to", MonthRange.Label(run.To)));
    }

    private static BaselinePeriod Fail(MonthRange? range, Message reason) => new(range, [], [], reason);
}
