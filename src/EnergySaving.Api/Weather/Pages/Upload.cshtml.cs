using System.Text;

namespace EnergySaving.Api.Weather.Pages;

/// <summary>The weather stations, and an upload of a station's daily temperatures (the API's parser and store).</summary>
[Authorize(Policy = Policies.CenterStaff, AuthenticationSchemes = WebAuth.Scheme)]
[RequestSizeLimit(WeatherApi.UploadLimitBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = WeatherApi.UploadLimitBytes)]
public sealed class UploadModel(EnergySavingDbContext db, TimeProvider clock, Microsoft.Extensions.Localization.IStringLocalizer<Ui> text) : PageModel
{
    [BindProperty] public string? Code { get; set; }
    [BindProperty(Name = "file")] public IFormFile? Upload { get; set; }
    public List<WeatherStationResponse> Stations { get; private set; } = [];
    public Dictionary<string, string> Errors { get; } = new();
    public IReadOnlyList<Common.RowError> RowErrors { get; private set; } = [];
    public int? DaysStored { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Stations = (await WeatherApi.List(db, ct)).Value ?? [];

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Upload is null || Upload.Length == 0) Errors["file"] = text["Choose a CSV file."];
        if (string.IsNullOrWhiteSpace(Code)) Errors["code"] = text["Enter the station code."];
        if (Errors.Count == 0)
        {
            using var reader = new StreamReader(Upload!.OpenReadStream(), Encoding.UTF8);
            var parsed = TemperatureUpload.ParseCsv(await reader.ReadToEndAsync(ct), Common.ProvinceClock.Today(clock));
            RowErrors = parsed.Errors;
            var answer = FeatureAnswer.Of<TemperatureUploadResult>(await WeatherApi.StoreAsync(Code!.Trim(), parsed, User, db, clock, ct));
            DaysStored = answer.Value?.Days;
            foreach (var (field, messages) in answer.PageErrors("year")) Errors[field] = string.Join(" ", messages);
        }
        if (DaysStored is null) Response.StatusCode = StatusCodes.Status400BadRequest;
        Stations = (await WeatherApi.List(db, ct)).Value ?? [];
        return Page();
    }
}
