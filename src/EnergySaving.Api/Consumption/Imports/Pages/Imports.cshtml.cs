
namespace EnergySaving.Api.Consumption.Imports.Pages;

/// <summary>Upload a consumption CSV: the same importer as POST /api/consumption/imports, all rows or none, its row errors as a table.</summary>
[Authorize(Policy = Policies.CenterStaff, AuthenticationSchemes = WebAuth.Scheme)]
[RequestSizeLimit(ImportApi.MaxImportBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = ImportApi.MaxImportBytes)]
public sealed class ImportsModel(ConsumptionCsvImporter importer) : PageModel
{
    [BindProperty(Name = "file")] public IFormFile? Upload { get; set; }
    public ImportResult? Result { get; private set; }
    public string? FileError { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Upload is null || Upload.Length == 0)
        {
            FileError = "Choose a CSV file.";
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        await using var stream = Upload.OpenReadStream();
        Result = await importer.ImportAsync(stream, User.Identity?.Name ?? User.UserId(), ct);
        if (Result.Summary is null) Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
