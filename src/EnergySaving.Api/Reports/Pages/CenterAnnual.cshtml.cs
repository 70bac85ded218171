using System.Globalization;
using EnergySaving.Api.Common.Messages;
using EnergySaving.Api.Training;

namespace EnergySaving.Api.Reports.Pages;

/// <summary>The center's annual report on screen, with the Word and spreadsheet downloads (the same service and files as the API).</summary>
[Authorize(Policy = Policies.CenterStaff, AuthenticationSchemes = WebAuth.Scheme)]
public sealed class CenterAnnualModel(CenterAnnualReportService reports, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Year { get; set; }
    [BindProperty(SupportsGet = true)] public string? Format { get; set; }
    public CenterAnnualReport? Report { get; private set; }
    public Dictionary<string, string[]> Errors { get; private set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Year ??= (EnergySaving.Api.Common.ProvinceClock.Today(clock).Year - 1).ToString(CultureInfo.InvariantCulture);
        var errors = new FieldErrors();
        if (CourseRules.ParseYear(Year, required: true, errors) is not { } y)
        {
            Errors = errors.Render();
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        Report = await reports.BuildAsync(y, ct);
        return Format switch
        {
            "docx" => File(CenterAnnualReportFiles.Docx(Report), ReportsApi.DocxType, $"bao-cao-trung-tam-{y}.docx"),
            "xlsx" => File(CenterAnnualReportFiles.Xlsx(Report), TableFile.XlsxType, $"bao-cao-trung-tam-{y}.xlsx"),
            _ => Page(),
        };
    }
}
