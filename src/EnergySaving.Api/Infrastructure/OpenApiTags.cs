using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace EnergySaving.Api.Infrastructure;

/// <summary>What each tag (feature) of the API is for, as the document's tag descriptions.</summary>
public sealed class OpenApiTags : IDocumentFilter
{
    private static readonly Dictionary<string, string> Descriptions = new()
    {
        ["Annual reports"] = "The facilities' annual reports (Form 1.1, Circular 25/2020/TT-BCT): submit, return with a reason, accept, deadlines.",
        ["Authentication"] = "Sign in for a bearer token, sign out, and who the caller is.",
        ["Baselines"] = "Efficiency baselines fitted in background runs, their savings, key facilities and support candidates.",
        ["Compliance"] = "Which key facilities lack a certified energy manager.",
        ["Data quality"] = "Findings on the reported months (gaps, spikes, unit slips…), completeness and dismissals.",
        ["Energy carriers"] = "The energy carriers, their units and the official TOE conversion factors with their sources.",
        ["Facilities"] = "The reporting facilities: their details, sector, production unit and the history of their changes.",
        ["Monthly consumption"] = "Monthly consumption per carrier and production: reports, corrections, revisions, imports and annual totals.",
        ["Overview"] = "The province's year at a glance.",
        ["Programme events"] = "The center's programme events (training, workshops, campaigns) for its annual report.",
        ["Reminders"] = "Reminder mails for months and annual reports due.",
        ["Reports"] = "The center's annual report as JSON, Word and Excel.",
        ["Support projects"] = "Support projects funded by the programme, their caps and their verified savings.",
        ["Training"] = "Energy-manager courses, participants, outcomes and certificates.",
        ["Users"] = "Accounts, roles and the facilities of a reporter (admin).",
        ["Weather"] = "Weather stations and their daily temperatures, for the degree-days of the baselines.",
    };

    public void Apply(OpenApiDocument document, DocumentFilterContext context)
    {
        var used = document.Paths.Values.SelectMany(p => p.Operations?.Values.AsEnumerable() ?? []).SelectMany(o => o.Tags ?? new HashSet<OpenApiTagReference>())
            .Select(t => t.Name).Where(n => n is not null).Distinct().OrderBy(n => n, StringComparer.Ordinal);
        document.Tags = new HashSet<OpenApiTag>(used.Select(name => new OpenApiTag
        {
            Name = name,
            // A tag without a description here is a new feature: its name stands until one is written.
            Description = Descriptions.GetValueOrDefault(name!, name!),
        }));
    }
}
