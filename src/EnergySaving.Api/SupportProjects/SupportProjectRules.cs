using System.Globalization;
using EnergySaving.Api.Common;

namespace EnergySaving.Api.SupportProjects;

/// <summary>The vocabulary and the rules of support projects: kinds, funding sources, states and their transitions.</summary>
public static class SupportProjectRules
{
    public const int TitleMaxLength = 300;
    public const int DescriptionMaxLength = 4000;
    public const int NoteMaxLength = 1000;
    public const int SourceMaxLength = 500;
    /// <summary>VND 10^15: far above any programme, small enough that sums over years stay exact in a bigint.</summary>
    public const long MaxVnd = 1_000_000_000_000_000;

    public static readonly string[] Kinds = ["energy-audit", "equipment", "demonstration-model", "consulting", "other"];
    public static readonly string[] FundingSources = ["national", "local", "other"];

    public const string Proposed = "proposed";
    public const string Approved = "approved";
    public const string Implemented = "implemented";
    public const string Accepted = "accepted";
    public const string Settled = "settled";
    public const string Cancelled = "cancelled";
    public static readonly string[] Statuses = [Proposed, Approved, Implemented, Accepted, Settled, Cancelled];

    /// <summary>The only allowed moves (DOMAIN.md): proposed → approved → implemented → accepted → settled; proposed or approved → cancelled.</summary>
    private static readonly HashSet<(string From, string To)> Transitions =
    [
        (Proposed, Approved), (Approved, Implemented), (Implemented, Accepted), (Accepted, Settled),
        (Proposed, Cancelled), (Approved, Cancelled),
    ];

    public static bool CanMove(string from, string to) => Transitions.Contains((from, to));

    /// <summary>A project's money and text may change only before its works are implemented.</summary>
    public static bool IsEditable(string status) => status is Proposed or Approved;

    /// <summary>States whose works are done: the savings can be verified, and the money counts in the center's report.</summary>
    public static bool WorksDone(string status) => status is Implemented or Accepted or Settled;

    /// <summary>
    /// The date whose cap applies to a project: 1 January of its year. Support is planned and funded by
    /// calendar year (the year's industrial-promotion plan), so a cap that takes effect during a year
    /// applies from the next year's projects; a cap row meant for a year is dated 1 January.
    /// </summary>
    public static DateOnly CapDate(int year) => new(year, 1, 1);

    /// <summary>
    /// The latest date a change may carry: a change records what happened, so not later than today. "Today" is
    /// the UTC date plus one day, so that a date in the province's time zone (UTC+7) is never refused.
    /// </summary>
    public static DateOnly LatestChangeDate(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddDays(1);

    public static Dictionary<string, string[]> Validate(SupportProjectRequest r)
    {
        var errors = new Dictionary<string, string[]>();
        if (r.FacilityId is null) errors.Add("facilityId", "facilityId is required.");
        if (r.Year is null) errors.Add("year", "year is required (YYYY).");
        else if (r.Year < TextChecks.EarliestDate.Year || r.Year > TextChecks.LatestDate.Year)
            errors.Add("year", $"year must be between {TextChecks.EarliestDate.Year} and {TextChecks.LatestDate.Year}.");
        CheckChoice(errors, "kind", r.Kind, Kinds, required: true);
        CheckChoice(errors, "fundingSource", r.FundingSource, FundingSources, required: true);
        errors.CheckRequired("title", r.Title, TitleMaxLength);
        errors.CheckMultilineText("description", r.Description, DescriptionMaxLength);
        CheckMoney(errors, "totalCostVnd", r.TotalCostVnd, required: true);
        CheckMoney(errors, "supportVnd", r.SupportVnd, required: true);
        if (r.TotalCostVnd is { } total && r.SupportVnd is { } support && support > total && !errors.ContainsKey("supportVnd"))
            errors.Add("supportVnd", string.Create(CultureInfo.InvariantCulture,
                $"supportVnd ({support:N0}) may not exceed totalCostVnd ({total:N0})."));
        return errors;
    }

    /// <summary>The cap check: null when the support is within the cap (or no cap is in force), else the message naming the cap and its source.</summary>
    public static string? CapViolation(SupportCap? cap, long totalCostVnd, long supportVnd)
    {
        if (cap is null) return null;
        var byShare = Math.Floor(cap.MaxShare * totalCostVnd);
        var allowed = Math.Min(byShare, cap.MaxVnd);
        if (supportVnd <= allowed) return null;
        return string.Create(CultureInfo.InvariantCulture,
            $"supportVnd ({supportVnd:N0}) exceeds the cap for {cap.Kind} in force from {cap.ValidFrom:yyyy-MM-dd}: " +
            $"{cap.MaxShare * 100:0.##} % of the cost and at most VND {cap.MaxVnd:N0}, i.e. VND {allowed:N0} here. Source: {cap.Source}.");
    }

    public static void CheckChoice(Dictionary<string, string[]> errors, string field, string? value, string[] allowed, bool required)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required) errors.Add(field, $"{field} is required: one of {string.Join(", ", allowed)}.");
        }
        else if (!allowed.Contains(value)) errors.Add(field, $"Unknown {field} '{value}': use one of {string.Join(", ", allowed)}.");
    }

    public static void CheckMoney(Dictionary<string, string[]> errors, string field, long? value, bool required)
    {
        if (value is null)
        {
            if (required) errors.Add(field, $"{field} is required (VND).");
        }
        else if (value < 0 || value > MaxVnd) errors.Add(field, $"{field} must be between 0 and {MaxVnd.ToString("N0", CultureInfo.InvariantCulture)} VND.");
    }
}
