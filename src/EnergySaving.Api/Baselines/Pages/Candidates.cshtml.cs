using System.Globalization;
using System.Text;
using EnergySaving.Api.Common;

namespace EnergySaving.Api.Baselines.Pages;

[Authorize(Policy = Policies.CenterStaff, AuthenticationSchemes = WebAuth.Scheme)]
public sealed class CandidatesModel(EnergySavingDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Year { get; set; }
    [BindProperty(SupportsGet = true)] public string? Format { get; set; }
    public FeatureAnswer<CandidatesResponse> Answer { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Year ??= (await FlagYear.DefaultAsync(db, clock, ct)).ToString(CultureInfo.InvariantCulture);
        Answer = FeatureAnswer.Of<CandidatesResponse>(await FlagsApi.Candidates(Year, db, ct));
        if (!Answer.Ok) Response.StatusCode = Answer.Status;
        else if (Format == "csv") return File(Csv(Answer.Value!), "text/csv; charset=utf-8", $"support-candidates-{Answer.Value!.Year}.csv");
        return Page();
    }

    /// <summary>The same rows as the page, UTF-8 with BOM for spreadsheet programs, every text cell neutralised.</summary>
    private static byte[] Csv(CandidatesResponse r)
    {
        var sb = new StringBuilder("rank,facility_id,code,name,sector,industry,annual_toe,score,estimated_savings_toe,reasons\r\n");
        var rank = 0;
        foreach (var c in r.Items)
        {
            string[] cells =
            [
                (++rank).ToString(CultureInfo.InvariantCulture), c.FacilityId.ToString(CultureInfo.InvariantCulture), Text(c.Code), Text(c.Name),
                c.Sector, Text(c.Industry), c.AnnualToe.ToString("0.###", CultureInfo.InvariantCulture), c.Score.ToString("0.###", CultureInfo.InvariantCulture),
                c.EstimatedSavingsToe?.ToString("0.###", CultureInfo.InvariantCulture) ?? "", Text(string.Join(" | ", c.Reasons)),
            ];
            sb.Append(string.Join(',', cells)).Append("\r\n");
        }
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(sb.ToString())];
    }

    private static string Text(string? value)
    {
        var v = SpreadsheetCells.Neutralise(value) ?? "";
        return v.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + v.Replace("\"", "\"\"") + "\"" : v;
    }
}
