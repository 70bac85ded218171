using System.Globalization;
using EnergySaving.Api.Common.Messages;

namespace EnergySaving.Api.SupportProjects.Pages;

public sealed class ProjectInput
{
    public string? FacilityId { get; set; }
    public string? Year { get; set; }
    public string? Kind { get; set; }
    public string? FundingSource { get; set; }
    public string? Title { get; set; }
    public string? Description { get; set; }
    public string? TotalCostVnd { get; set; }
    public string? SupportVnd { get; set; }

    public SupportProjectRequest ToRequest(FieldErrors errors) => new(
        FormValues.Int(FacilityId, "facilityId", errors), FormValues.Int(Year, "year", errors), Kind, FundingSource, Title, Description,
        FormValues.Whole(TotalCostVnd, "totalCostVnd", errors), FormValues.Whole(SupportVnd, "supportVnd", errors));

    public static ProjectInput From(SupportProjectResponse p) => new()
    {
        FacilityId = p.FacilityId.ToString(CultureInfo.InvariantCulture), Year = p.Year.ToString(CultureInfo.InvariantCulture), Kind = p.Kind,
        FundingSource = p.FundingSource, Title = p.Title, Description = p.Description,
        TotalCostVnd = p.TotalCostVnd.ToString("#,##0", CultureInfo.CurrentCulture), SupportVnd = p.SupportVnd.ToString("#,##0", CultureInfo.CurrentCulture),
    };
}

/// <summary>Support projects of a year; admins and analysts propose one here (from a candidate: ?facilityId=).</summary>
[Authorize(Policy = Policies.ConsumptionUsers, AuthenticationSchemes = WebAuth.Scheme)]
public sealed class ProjectsModel(SupportProjectService projects, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Year { get; set; }
    [BindProperty(SupportsGet = true, Name = "facilityId")] public int? ForFacility { get; set; }
    [BindProperty] public ProjectInput Input { get; set; } = new();
    public List<SupportProjectResponse> Projects { get; private set; } = [];
    public Dictionary<string, string[]> Errors { get; private set; } = new();
    public string? Message { get; private set; }
    public bool CanWrite => User.IsInRole(Roles.Admin) || User.IsInRole(Roles.Analyst);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Year ??= EnergySaving.Api.Common.ProvinceClock.Today(clock).Year.ToString(CultureInfo.InvariantCulture);
        Input = new ProjectInput { FacilityId = ForFacility?.ToString(CultureInfo.InvariantCulture), Year = Year, Kind = "energy-audit", FundingSource = "local" };
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!CanWrite) return Forbid();
        var typing = new FieldErrors();
        var request = Input.ToRequest(typing);
        var refusal = typing.Count > 0 ? Common.Refusal.Invalid(typing) : null;
        if (refusal is null)
        {
            var outcome = await projects.CreateAsync(request, User, ct);
            if (outcome.IsOk) return LocalRedirect($"/support-projects/{outcome.Value!.Id}");
            refusal = outcome.Refusal!;
        }
        Errors = refusal.Errors?.Render() ?? new();
        Message = refusal.Detail?.Render();
        Response.StatusCode = refusal.Status;
        Year ??= Input.Year;
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        int? year = int.TryParse(Year, NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? y : null;
        Projects = (await projects.ListAsync(new SupportProjectFilter(year, null, null, null), User, ct)).Value ?? [];
    }

    public string? ErrorFor(string field) => Errors.TryGetValue(field, out var m) ? string.Join(" ", m) : null;
}
