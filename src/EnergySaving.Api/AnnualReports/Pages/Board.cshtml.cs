using EnergySaving.Api.Common.Messages;

namespace EnergySaving.Api.AnnualReports.Pages;

/// <summary>The year's annual reports (Form 1.1): who must report, deadlines, review due; accept or return a submitted report.</summary>
[Authorize(Policy = Policies.CenterStaff, AuthenticationSchemes = WebAuth.Scheme)]
public sealed class BoardModel(AnnualReportBoard board, AnnualReportService reports, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public string? Status { get; set; }
    [BindProperty(SupportsGet = true)] public string? Format { get; set; }
    [BindProperty] public string? Decision { get; set; }
    [BindProperty] public string? Reason { get; set; }
    public Outcome<BoardResponse> Answer { get; private set; } = null!;
    public int? ReviewedFacility { get; private set; }
    public Dictionary<string, string[]> ReviewErrors { get; private set; } = new();
    public string? ReviewMessage { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Year ??= EnergySaving.Api.Common.ProvinceClock.Today(clock).Year - 1;
        var result = (await AnnualReportsApi.Board(board, ct, Year, string.IsNullOrEmpty(Status) ? null : Status, Format)).Result;
        if (FeatureAnswer.File(result) is { } file) return file;
        Answer = FeatureAnswer.Of<BoardResponse>(result);
        if (!Answer.IsOk) Response.StatusCode = Answer.Status;
        return Page();
    }

    public async Task<IActionResult> OnPostReviewAsync(int facilityId, CancellationToken ct)
    {
        var outcome = await reports.ReviewAsync(User, facilityId, Year ?? 0, Decision, Reason, ct);
        if (outcome.IsOk) return LocalRedirect($"/annual-reports?year={Year}");
        var refusal = outcome.Refusal!;
        if (refusal.Status == StatusCodes.Status404NotFound) return NotFound();
        ReviewErrors = refusal.Errors?.Render() ?? new();
        ReviewMessage = refusal.Detail?.Render();
        Response.StatusCode = refusal.Status;
        ReviewedFacility = facilityId;
        var status = Response.StatusCode;
        await OnGetAsync(ct);
        Response.StatusCode = status;
        return Page();
    }
}
