
namespace EnergySaving.Api.Reporting.Pages;

/// <summary>Which facility reported which month of a year: reported / late / missing / not due (reporters: their own).</summary>
[Authorize(Policy = Policies.ConsumptionUsers, AuthenticationSchemes = WebAuth.Scheme)]
public sealed class CompletenessModel(EnergySavingDbContext db, CompletenessQuery query, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public string? Format { get; set; }
    public Outcome<CompletenessResponse> Answer { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Year ??= EnergySaving.Api.Common.ProvinceClock.Today(clock).Year;
        var result = (await ReportingApi.Completeness(User, db, query, ct, Year, Format)).Result;
        if (FeatureAnswer.File(result) is { } file) return file;
        Answer = FeatureAnswer.Of<CompletenessResponse>(result);
        if (!Answer.IsOk) Response.StatusCode = Answer.Status;
        return Page();
    }
}
