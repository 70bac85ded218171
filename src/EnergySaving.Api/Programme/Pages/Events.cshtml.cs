using System.Globalization;
using EnergySaving.Api.Common.Messages;

namespace EnergySaving.Api.Programme.Pages;

/// <summary>Programme events (conferences, workshops, trainings, exhibitions) of a year: list, add, edit (?edit=), delete.</summary>
[Authorize(Policy = Policies.ProgrammeUsers, AuthenticationSchemes = WebAuth.Scheme)]
public sealed class EventsModel(ProgrammeEventService events, TimeProvider clock) : PageModel
{
    public sealed class EventInput
    {
        public string? Kind { get; set; }
        public string? Topic { get; set; }
        public string? Title { get; set; }
        public string? Date { get; set; }
        public string? Commune { get; set; }
        public string? District { get; set; }
        public string? Participants { get; set; }
        public string? FundingSource { get; set; }
        public string? CostVnd { get; set; }
    }

    [BindProperty(SupportsGet = true)] public string? Year { get; set; }
    [BindProperty(SupportsGet = true)] public int? Edit { get; set; }
    [BindProperty] public EventInput Input { get; set; } = new() { Kind = "conference", Topic = "energy-efficiency" };
    public List<ProgrammeEventResponse> Events { get; private set; } = [];
    public Dictionary<string, string[]> Errors { get; private set; } = new();
    public string? Notice { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Edit is { } id)
        {
            if (await events.GetAsync(id, ct) is not { } e) return NotFound();
            Input = new EventInput
            {
                Kind = e.Kind, Topic = e.Topic, Title = e.Title, Date = FormValues.Iso(e.Date), Commune = e.Commune,
                District = e.District, Participants = e.Participants.ToString(CultureInfo.InvariantCulture), FundingSource = e.FundingSource,
                CostVnd = e.CostVnd?.ToString("#,##0", CultureInfo.CurrentCulture),
            };
        }
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var typing = new FieldErrors();
        var request = new ProgrammeEventRequest(Input.Kind, Input.Topic, Input.Title, FormValues.Date(Input.Date, "date", typing), Input.Commune, Input.District,
            FormValues.Int(Input.Participants, "participants", typing), string.IsNullOrWhiteSpace(Input.FundingSource) ? null : Input.FundingSource, FormValues.Whole(Input.CostVnd, "costVnd", typing));
        var refusal = typing.Count > 0 ? Common.Refusal.Invalid(typing) : null;
        if (refusal is null)
        {
            var outcome = Edit is { } id ? await events.UpdateAsync(id, request, ct) : await events.CreateAsync(request, ct);
            if (outcome.Refusal?.Status == StatusCodes.Status404NotFound) return NotFound();
            if (outcome.IsOk) return LocalRedirect($"/programme/events?year={outcome.Value!.Date.Year}");
            refusal = outcome.Refusal!;
        }
        Errors = refusal.ToPageErrors("form");
        Response.StatusCode = refusal.Status;
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(int eventId, CancellationToken ct)
    {
        if (!await events.DeleteAsync(eventId, ct)) return NotFound();
        Notice = "Event deleted.";
        Edit = null;
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Year ??= EnergySaving.Api.Common.ProvinceClock.Today(clock).Year.ToString(CultureInfo.InvariantCulture);
        Events = await events.ListAsync(int.TryParse(Year, NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? y : null, ct);
    }

    public string? ErrorFor(string field) => Errors.TryGetValue(field, out var m) ? string.Join(" ", m) : null;
}
