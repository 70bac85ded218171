using EnergySaving.Api.AnnualReports;
using EnergySaving.Api.Common.Messages;
using EnergySaving.Api.Spreadsheets;
using EnergySaving.Api.Baselines;
using EnergySaving.Api.Facilities;
using Microsoft.Extensions.Options;

namespace EnergySaving.Api.Consumption.Pages;

/// <summary>A year's totals by carrier, key-facility status with its threshold, and SEC: GET /api/facilities/{id}/annual/{year} as a page.</summary>
[Authorize(Policy = Policies.ConsumptionUsers, AuthenticationSchemes = WebAuth.Scheme)]
public sealed class AnnualModel(EnergySavingDbContext db, IOptions<EligibilitySettings> eligibility, AnnualReportService reports) : PageModel
{
    public FacilityResponse Facility { get; private set; } = null!;
    public AnnualResponse Annual { get; private set; } = null!;
    /// <summary>The year's annual report (Form 1.1), when one was submitted.</summary>
    public AnnualReportDto? Report { get; private set; }
    [BindProperty] public string? Note { get; set; }
    public Dictionary<string, string[]> SubmitErrors { get; private set; } = new();
    public string? SubmitMessage { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, int year, CancellationToken ct) =>
        await LoadAsync(id, year, ct) ? Page() : NotFound();

    /// <summary>Form 1.1 of the submitted report, as the API's spreadsheet.</summary>
    public async Task<IActionResult> OnGetForm11Async(int id, int year, CancellationToken ct) =>
        FeatureAnswer.File(await Form11Export.Get(id, year, User, reports, db, ct)) is { } file ? file : NotFound();

    /// <summary>Submits the year's annual report (AnnualReportService, as POST …/annual-reports/{year}/submit).</summary>
    public async Task<IActionResult> OnPostSubmitAsync(int id, int year, CancellationToken ct)
    {
        var outcome = await reports.SubmitAsync(User, id, year, Note, ct);
        if (outcome.IsOk) return LocalRedirect($"/facilities/{id}/annual/{year}");
        var refusal = outcome.Refusal!;
        if (refusal.Status == StatusCodes.Status404NotFound) return NotFound();
        SubmitErrors = refusal.Errors?.Render() ?? new();
        SubmitMessage = refusal.Detail?.Render();
        Response.StatusCode = refusal.Status;
        return await LoadAsync(id, year, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(int id, int year, CancellationToken ct)
    {
        var facility = FeatureAnswer.Of<FacilityResponse>(await FacilitiesApi.Get(id, User, db, ct));
        var annual = FeatureAnswer.Of<AnnualResponse>(await AnnualApi.Get(id, year, User, db, eligibility, ct));
        if (facility.Value is null || annual.Value is null) return false;
        (Facility, Annual) = (facility.Value, annual.Value);
        Report = (await reports.GetAsync(User, id, year, ct)).Value;
        return true;
    }
}
