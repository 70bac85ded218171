using EnergySaving.Api.Common;
using EnergySaving.Api.Common.Messages;
using EnergySaving.Core.Messages;
using EnergySaving.Api.SupportProjects;

namespace EnergySaving.Api.Programme;

public static class ProgrammeRules
{
    public const int TitleMaxLength = 300;
    public const int PlaceMaxLength = 120;
    public const int MaxParticipants = 1_000_000;
    public static readonly string[] Kinds = ["conference", "workshop", "training", "exhibition", "other"];
    public static readonly string[] Topics = ["energy-efficiency", "cleaner-production", "electrical-safety", "other"];

    public static FieldErrors Validate(ProgrammeEventRequest r)
    {
        var errors = new FieldErrors();
        SupportProjectRules.CheckChoice(errors, "kind", r.Kind, Kinds, required: true);
        SupportProjectRules.CheckChoice(errors, "topic", r.Topic, Topics, required: true);
        errors.CheckRequired("title", r.Title, TitleMaxLength);
        if (r.Date is null) errors.Add("date", Training.CourseRules.DateRequired("date"));
        errors.CheckDate("date", r.Date);
        errors.CheckText("commune", r.Commune, PlaceMaxLength);
        errors.CheckText("district", r.District, PlaceMaxLength);
        if (r.Participants is null) errors.Add("participants", Message.Of("programme.event.participants-required"));
        else if (r.Participants is < 0 or > MaxParticipants)
            errors.Add("participants", Message.Of("programme.event.participants-out-of-range", ("max", MaxParticipants)));
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
