using System.Globalization;
using EnergySaving.Api.Common;
using EnergySaving.Api.Common.Messages;
using EnergySaving.Core.Messages;

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

    public static FieldErrors Validate(SupportProjectRequest r)
    {
        var errors = new FieldErrors();
        if (r.FacilityId is null) errors.Add("facilityId", Message.Of("text.required", ("field", "facilityId")));
        if (r.Year is null) errors.Add("year", Message.Of("filter.year.required"));
        else if (r.Year < TextChecks.EarliestDate.Year || r.Year > TextChecks.LatestDate.Year)
            errors.Add("year", Message.Of("support.project.year-out-of-range", ("earliest", TextChecks.EarliestDate.Year), ("latest", TextChecks.LatestDate.Year)));
        CheckChoice(errors, "kind", r.Kind, Kinds, required: true);
        CheckChoice(errors, "fundingSource", r.FundingSource, FundingSources, required: true);
        errors.CheckRequired("title", r.Title, TitleMaxLength);
        errors.CheckMultilineText("description", r.Description, DescriptionMaxLength);
        CheckMoney(errors, "totalCostVnd", r.TotalCostVnd, required: true);
        CheckMoney(errors, "supportVnd", r.SupportVnd, required: true);
        if (r.TotalCostVnd is { } total && r.SupportVnd is { } support && support > total && !errors.Has("supportVnd"))
            errors.Add("supportVnd", Message.Of("support.project.support-above-cost", ("support", support), ("total", total)));
        return errors;
    }

    /// <summary>The cap check: null when the support is within the cap (or no cap is in force), else the message naming the cap and its source.</summary>
    public static Message? CapViolation(SupportCap? cap, long totalCostVnd, long supportVnd)
    {
        if (cap is null) return null;
        var byShare = Math.Floor(cap.MaxShare * totalCostVnd);
        var allowed = Math.Min(byShare, cap.MaxVnd);
        if (supportVnd <= allowed) return null;
        return Message.Of("support.project.above-cap", ("support", supportVnd), ("kind", cap.Kind), ("validFrom", cap.ValidFrom),
            ("share", (double)(cap.MaxShare * 100)), ("maxVnd", cap.MaxVnd), ("allowed", (long)allowed), ("source", cap.Source));
    }

    public static void CheckChoice(FieldErrors errors, string field, string? value, string[] allowed, bool required)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required) errors.Add(field, Message.Of("support.choice.required", ("field", field), ("allowed", allowed)));
        }
        else if (!allowed.Contains(value))
            errors.Add(field, Message.Of("support.choice.unknown", ("field", field), ("value", ClientText.Excerpt(value)), ("allowed", allowed)));
    }

    public static void CheckMoney(FieldErrors errors, string field, long? value, bool required)
    {
        if (value is null)
        {
            if (required) errors.Add(field, Message.Of("support.money.required", ("field", field)));
        }
        else if (value < 0 || value > MaxVnd) errors.Add(field, Message.Of("support.money.out-of-range", ("field", field), ("max", MaxVnd)));
    }
}
