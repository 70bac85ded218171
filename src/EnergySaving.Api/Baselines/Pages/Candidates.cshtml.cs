using System.Globalization;

namespace EnergySaving.Api.Baselines.Pages;

[Authorize(Policy = Policies.CenterStaff, AuthenticationSchemes = WebAuth.Scheme)]
public sealed class CandidatesModel(EnergySavingDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Year { get; set; }
    [BindProperty(SupportsGet = true)] public string? Format { get; set; }
    public Outcome<CandidatesResponse> Answer { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Year ??= (await FlagYear.DefaultAsync(db, clock, ct)).ToString(CultureInfo.InvariantCulture);
        // ?format=csv|xlsx: the API's own export of the same rows (GET /api/support-candidates?format=…).
        var result = (await FlagsApi.Candidates(Year, db, ct, Format)).Result;
        if (FeatureAnswer.File(result) is { } file) return file;
        Answer = FeatureAnswer.Of<CandidatesResponse>(result);
        if (!Answer.IsOk) Response.StatusCode = Answer.Status;
        return Page();
    }
}
