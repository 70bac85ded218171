
namespace EnergySaving.Api.Facilities.Pages;

/// <summary>Register a facility (/facilities/new) or change one (/facilities/{id}/edit): FacilitiesApi's own create and update.</summary>
[Authorize(Policy = Policies.CenterStaff, AuthenticationSchemes = WebAuth.Scheme)]
public sealed class EditModel(EnergySavingDbContext db, TimeProvider clock) : PageModel
{
    public sealed class FacilityInput
    {
        public string? Code { get; set; }
        public string? Name { get; set; }
        public string? Sector { get; set; }
        public string? Industry { get; set; }
        public string? ProductionUnit { get; set; }
        public string? Province { get; set; }
        public string? District { get; set; }
        public string? Commune { get; set; }
        public string? Address { get; set; }
        public string? TaxCode { get; set; }
        public string? WeatherStation { get; set; }

        public FacilityRequest ToRequest() =>
            new(Code, Name, Sector, Industry, ProductionUnit, Province, District, Commune, Address, TaxCode, WeatherStation);
    }

    [BindProperty(SupportsGet = true)] public int? Id { get; set; }
    [BindProperty] public FacilityInput Input { get; set; } = new() { Sector = "industry" };
    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Id is not { } id) return Page();
        var f = FeatureAnswer.Of<FacilityResponse>(await FacilitiesApi.Get(id, User, db, ct)).Value;
        if (f is null) return NotFound();
        Input = new FacilityInput
        {
            Code = f.Code, Name = f.Name, Sector = f.Sector, Industry = f.Industry, ProductionUnit = f.ProductionUnit, Province = f.Province,
            District = f.District, Commune = f.Commune, Address = f.Address, TaxCode = f.TaxCode, WeatherStation = f.WeatherStation,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var outcome = Id is { } id
            ? await FacilitiesApi.UpdateAsync(id, Input.ToRequest(), User, db, clock, ct)
            : await FacilitiesApi.CreateAsync(Input.ToRequest(), db, ct);
        if (outcome is { IsOk: true, Value: { } saved }) return LocalRedirect($"/facilities/{saved.Id}");
        var refusal = outcome.Refusal!;
        if (refusal.Status == StatusCodes.Status404NotFound) return NotFound();
        // In the page's language, from the codes; a conflict (the code is taken) is shown beside the code.
        Errors = refusal.ToPageErrors("code");
        Response.StatusCode = refusal.Status;
        return Page();
    }

    public string? ErrorFor(string field) => Errors.TryGetValue(field, out var m) ? string.Join(" ", m) : null;
}
