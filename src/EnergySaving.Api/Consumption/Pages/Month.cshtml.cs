using EnergySaving.Api.Common;
using EnergySaving.Api.EnergyCarriers;
using EnergySaving.Api.Facilities;
using EnergySaving.Core.Energy;
using Microsoft.Extensions.Localization;

namespace EnergySaving.Api.Consumption.Pages;

/// <summary>
/// Report or correct a month. The form's fields are named as the API's JSON (entries[0].carrier…);
/// numbers are read in the person's language, then the month goes through the same feature code as
/// PUT /api/facilities/{id}/consumption/{month}, and its field errors come back next to the fields.
/// </summary>
[Authorize(Policy = Policies.ConsumptionUsers, AuthenticationSchemes = WebAuth.Scheme)]
public sealed class MonthModel(EnergySavingDbContext db, MonthReporter reporter, ConsumptionReader reader,
    CarrierCatalogStore carriers, IStringLocalizer<Ui> text) : PageModel
{
    public const int EmptyRows = 3;

    public sealed class EntryInput
    {
        public string? Carrier { get; set; }
        public string? Quantity { get; set; }
        public string? Unit { get; set; }
        public bool IsEmpty => string.IsNullOrWhiteSpace(Carrier) && string.IsNullOrWhiteSpace(Quantity);
    }

    public sealed class ProductionInput
    {
        public string? Quantity { get; set; }
        public string? Unit { get; set; }
    }

    [BindProperty(SupportsGet = true)] public int Id { get; set; }
    [BindProperty(SupportsGet = true)] public string Month { get; set; } = "";
    [BindProperty] public List<EntryInput> Entries { get; set; } = [];
    [BindProperty] public ProductionInput Production { get; set; } = new();
    [BindProperty] public string? Note { get; set; }

    public FacilityResponse Facility { get; private set; } = null!;
    public DateOnly First { get; private set; }
    /// <summary>The month just written by this request (the "saved" notice).</summary>
    public MonthResponse? Saved { get; private set; }
    /// <summary>The month as stored: what was just saved, or the current revision of a month opened again; its entries' TOE, factor and source are shown.</summary>
    public MonthResponse? Current { get; private set; }
    public bool Created { get; private set; }
    public List<RevisionResponse> Revisions { get; private set; } = [];
    public Dictionary<string, string[]> Errors { get; } = new();
    public IReadOnlyList<EnergyCarrier> Carriers => carriers.Catalog.Carriers;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } missing) return missing;
        var current = FeatureAnswer.Of<MonthsResponse>(await ConsumptionApi.List(Id, User, db, reader, ct, Month, Month)).Value?.Months.FirstOrDefault();
        if (current is not null)
        {
            Current = current;
            Entries = current.Entries.Select(e => new EntryInput { Carrier = e.Carrier, Quantity = Show.Number(e.Quantity), Unit = e.Unit }).ToList();
            Production = new ProductionInput { Quantity = current.Production?.Quantity is { } q ? Show.Number(q) : null, Unit = current.Production?.Unit };
            Note = current.Note;
        }
        PadRows();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } missing) return missing;
        var sent = new List<EntryRequest?>();
        var rowOf = new List<int>(); // the request's entry i is the form's row rowOf[i]
        for (var row = 0; row < Entries.Count; row++)
        {
            var e = Entries[row];
            if (e.IsEmpty) continue;
            double? quantity = null;
            if (string.IsNullOrWhiteSpace(e.Quantity)) Errors[$"entries[{row}].quantity"] = [text["Enter the quantity."]];
            else if (Show.TryReadNumber(e.Quantity, out var q)) quantity = q;
            else Errors[$"entries[{row}].quantity"] = [text["Not a number: write it as {0}.", Show.NumberExample]];
            sent.Add(new EntryRequest(e.Carrier, quantity, e.Unit, null));
            rowOf.Add(row);
        }
        ProductionDto? production = null;
        // The unit field comes pre-filled with the facility's unit: production is reported when a quantity is.
        if (!string.IsNullOrWhiteSpace(Production.Quantity))
        {
            double? pq = null;
            if (Show.TryReadNumber(Production.Quantity, out var p)) pq = p;
            else Errors["production.quantity"] = [text["Not a number: write it as {0}.", Show.NumberExample]];
            production = new ProductionDto(pq, string.IsNullOrWhiteSpace(Production.Unit) ? Facility.ProductionUnit : Production.Unit);
        }

        if (Errors.Count == 0)
        {
            var outcome = await reporter.ReportAsync(User, Id, Month, new MonthReportRequest(sent, production, Note), ct);
            if (outcome.Refusal is { Status: StatusCodes.Status404NotFound }) return NotFound();
            // Field errors next to their fields; a locked month (409) under "month", where the summary shows it.
            if (outcome.Refusal is { } refusal)
                foreach (var (field, messages) in refusal.ToPageErrors("month")) Errors[ToFormField(field, rowOf)] = messages;
            if (outcome.Value is { Month: var saved, Created: var created })
            {
                Saved = Current = saved;
                Created = created;
                Entries = saved.Entries.Select(x => new EntryInput { Carrier = x.Carrier, Quantity = Show.Number(x.Quantity), Unit = x.Unit }).ToList();
            }
        }
        if (Errors.Count > 0) Response.StatusCode = StatusCodes.Status400BadRequest;
        await LoadRevisionsAsync(ct);
        PadRows();
        return Page();
    }

    /// <summary>entries[i] of the request is the form's row rowOf[i] (empty rows are not sent).</summary>
    private static string ToFormField(string field, List<int> rowOf)
    {
        if (!field.StartsWith("entries[", StringComparison.Ordinal)) return field;
        var close = field.IndexOf(']', StringComparison.Ordinal);
        return close > 8 && int.TryParse(field.AsSpan(8, close - 8), out var i) && i < rowOf.Count
            ? $"entries[{rowOf[i]}]{field[(close + 1)..]}" : field;
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        var facility = FeatureAnswer.Of<FacilityResponse>(await FacilitiesApi.Get(Id, User, db, ct));
        if (facility.Value is null || !Common.Month.TryParse(Month, out var first)) return NotFound();
        Facility = facility.Value;
        First = first;
        await LoadRevisionsAsync(ct);
        return null;
    }

    private async Task LoadRevisionsAsync(CancellationToken ct) =>
        Revisions = FeatureAnswer.Of<List<RevisionResponse>>(await ConsumptionApi.Revisions(Id, Month, User, db, reader, ct)).Value ?? [];

    private void PadRows()
    {
        var filled = Entries.Count(e => !e.IsEmpty);
        Entries = Entries.Take(Math.Max(filled, Entries.Count)).ToList();
        while (Entries.Count < filled + EmptyRows) Entries.Add(new EntryInput());
    }

    public string? ErrorFor(string field) => Errors.TryGetValue(field, out var m) ? string.Join(" ", m) : null;

    public bool HasError(string field) => Errors.ContainsKey(field);
}
