
namespace EnergySaving.Api.DataQuality.Pages;

/// <summary>Data-quality findings of a year (missing months, spikes, unit slips…); analysts dismiss one with a reason until the month changes.</summary>
[Authorize(Policy = Policies.ConsumptionUsers, AuthenticationSchemes = WebAuth.Scheme)]
public sealed class FindingsModel(DataQualityService service, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public int? FacilityId { get; set; }
    [BindProperty(SupportsGet = true)] public string? Code { get; set; }
    [BindProperty(SupportsGet = true)] public bool IncludeDismissed { get; set; }
    [BindProperty(SupportsGet = true)] public string? Format { get; set; }
    [BindProperty] public string? Reason { get; set; }
    public Outcome<DataQualityResponse> Answer { get; private set; } = null!;
    public string? DismissedId { get; private set; }
    public Dictionary<string, string[]> DismissErrors { get; private set; } = new();
    public bool CanDismiss => User.IsInRole(Roles.Admin) || User.IsInRole(Roles.Analyst);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Year ??= EnergySaving.Api.Common.ProvinceClock.Today(clock).Year - 1;
        var result = (await DataQualityApi.List(User, service, ct, Year, FacilityId, string.IsNullOrEmpty(Code) ? null : Code, IncludeDismissed, Format)).Result;
        if (FeatureAnswer.File(result) is { } file) return file;
        Answer = FeatureAnswer.Of<DataQualityResponse>(result);
        if (Answer.Status == StatusCodes.Status404NotFound) return NotFound();
        if (!Answer.IsOk) Response.StatusCode = Answer.Status;
        return Page();
    }

    public async Task<IActionResult> OnPostDismissAsync(string id, CancellationToken ct)
    {
        if (!CanDismiss) return Forbid();
        var outcome = await service.DismissAsync(User, id, Reason, ct);
        if (outcome.IsOk) return LocalRedirect($"/data-quality?year={Year}");
        if (outcome.Refusal!.Status == StatusCodes.Status404NotFound) return NotFound();
        DismissErrors = outcome.Refusal.ToPageErrors("reason");
        DismissedId = id;
        await OnGetAsync(ct);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
