using EnergySaving.Api.Common;
using EnergySaving.Api.SupportProjects;

namespace EnergySaving.Api.Programme;

public static class ProgrammeRules
{
    public const int TitleMaxLength = 300;
    public const int PlaceMaxLength = 120;
    public const int MaxParticipants = 1_000_000;
    public static readonly string[] Kinds = ["conference", "workshop", "training", "exhibition", "other"];
    public static readonly string[] Topics = ["energy-efficiency", "cleaner-production", "electrical-safety", "other"];

    public static Dictionary<string, string[]> Validate(ProgrammeEventRequest r)
    {
        var errors = new Dictionary<string, string[]>();
        SupportProjectRules.CheckChoice(errors, "kind", r.Kind, Kinds, required: true);
        SupportProjectRules.CheckChoice(errors, "topic", r.Topic, Topics, required: true);
        errors.CheckRequired("title", r.Title, TitleMaxLength);
        if (r.Date is null) errors.Add("date", "date is required (YYYY-MM-DD).");
        errors.CheckDate("date", r.Date);
        errors.CheckText("commune", r.Commune, PlaceMaxLength);
        errors.CheckText("district", r.District, PlaceMaxLength);
        if (r.Participants is null) errors.Add("participants", "participants is required (a count).");
        else if (r.Participants is < 0 or > MaxParticipants) errors.Add("participants", $"participants must be between 0 and {MaxParticipants}.");
        SupportProjectRules.CheckChoice(errors, "fundingSource", r.FundingSource, SupportProjectRules.FundingSources, required: false);
        SupportProjectRules.CheckMoney(errors, "costVnd", r.CostVnd, required: false);
        return errors;
    }

    public static void Apply(ProgrammeEventRequest r, ProgrammeEvent e)
    {
        e.Kind = r.Kind!;
        e.Topic = r.Topic!;
        e.Title = r.Title!.Trim();
        e.Date = r.Date!.Value;
        e.Commune = TextChecks.Clean(r.Commune);
        e.District = TextChecks.Clean(r.District);
        e.Participants = r.Participants!.Value;
        e.FundingSource = TextChecks.Clean(r.FundingSource);
        e.CostVnd = r.CostVnd;
    }
}
