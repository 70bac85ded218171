
namespace EnergySaving.Api.Facilities.Pages;

[Authorize(Policy = Policies.FacilityReaders, AuthenticationSchemes = WebAuth.Scheme)]
public sealed class ListModel(EnergySavingDbContext db) : PageModel
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true)] public string? Search { get; set; }
    [BindProperty(SupportsGet = true)] public string? Sector { get; set; }
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;

    public FacilityPage? Result { get; private set; }
    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var answer = FeatureAnswer.Of<FacilityPage>(
            await FacilitiesApi.List(User, db, ct, string.IsNullOrEmpty(Sector) ? null : Sector, null, null, Search, PageNumber, PageSize));
        Result = answer.Value;
        Errors = answer.PageErrors("search");
        if (!answer.IsOk) Response.StatusCode = answer.Status;
        return Page();
    }

    public string PageLink(int page) =>
        QueryString.Create(new Dictionary<string, string?> { ["search"] = Search, ["sector"] = Sector, ["page"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture) })
            .ToUriComponent() is var q ? "/facilities" + q : "/facilities";
}
