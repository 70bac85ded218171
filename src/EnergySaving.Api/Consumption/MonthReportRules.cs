using EnergySaving.Api.Common;
using EnergySaving.Api.Facilities;
using EnergySaving.Core.Energy;

namespace EnergySaving.Api.Consumption;

/// <summary>Validates a monthly report and converts its entries, reporting every problem against its field path.</summary>
public sealed class MonthReportRules(EntryConverter converter)
{
    public const int NoteMaxLength = 2000;
    public const double MaxProduction = 1e12;

    public (List<StagedEntry> Entries, Dictionary<string, string[]> Errors) Check(
        Facility facility, DateOnly month, MonthReportRequest body)
    {
        var errors = new Dictionary<string, string[]>();
        var staged = new List<StagedEntry>();
        if (body.Entries is null || body.Entries.Count == 0)
            errors["entries"] = ["At least one entry is required: { carrier, quantity, unit }."];

        var production = CheckProduction(facility, body.Production, errors);
        errors.CheckText("note", body.Note, NoteMaxLength);

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < (body.Entries?.Count ?? 0); i++)
        {
            var path = $"entries[{i}]";
            var entry = body.Entries![i];
            if (entry is null) { errors[path] = ["The entry is empty."]; continue; }
            if (entry.Quantity is not { } quantity) { errors[$"{path}.quantity"] = ["The quantity is required."]; continue; }
            var converted = converter.Convert(month, entry.Carrier, quantity, entry.Unit, entry.DeclaredToe, out var error);
            if (converted is not { } c) { errors[$"{path}.{error.Field}"] = [error.Message]; continue; }
            if (seen.TryGetValue(c.Carrier, out var first))
            {
                errors[$"{path}.carrier"] = [$"Carrier {c.Carrier} is already reported in entries[{first}]; send one entry per carrier."];
                continue;
            }
            seen[c.Carrier] = i;
            staged.Add(new StagedEntry(i, facility.Id, month, c.Carrier, quantity, c.Unit, c.Toe, c.FactorId,
                entry.DeclaredToe, production?.Quantity, production?.Unit, string.IsNullOrWhiteSpace(body.Note) ? null : body.Note.Trim()));
        }
        return (staged, errors);
    }

    /// <summary>Production is optional; when given it needs a finite quantity ≥ 0 and the facility's production unit.</summary>
    public static (double Quantity, string Unit)? CheckProduction(Facility facility, ProductionDto? production, Dictionary<string, string[]> errors)
    {
        if (production is null) return null;
        var ok = true;
        if (production.Quantity is not { } q || !double.IsFinite(q) || double.IsNegative(q) || q > MaxProduction)
        {
            errors["production.quantity"] = [$"Production must be a number between 0 and {MaxProduction:0e0}."];
            ok = false;
        }
        var unit = NormaliseUnit(production.Unit);
        if (unit?.Length > FacilityRules.ProductionUnitMaxLength)
        {
            errors["production.unit"] = [$"A production unit has at most {FacilityRules.ProductionUnitMaxLength} characters."];
            ok = false;
        }
        else if (unit is null)
        {
            errors["production.unit"] = [$"The production unit is required{Expected(facility)}."];
            ok = false;
        }
        else if (facility.ProductionUnit is { } expected && NormaliseUnit(expected) != unit)
        {
            errors["production.unit"] = [$"Production of this facility is reported in '{expected}', not '{ClientText.Excerpt(production.Unit)}'."];
            ok = false;
        }
        return ok ? (production.Quantity!.Value, unit!) : null;
    }

    public static string? NormaliseUnit(string? unit) =>
        string.IsNullOrWhiteSpace(unit) ? null : unit.Trim() switch { "m3" => "m³", "m2" => "m²", var u => u };

    private static string Expected(Facility f) => f.ProductionUnit is null ? "" : $" ('{f.ProductionUnit}' for this facility)";
}
