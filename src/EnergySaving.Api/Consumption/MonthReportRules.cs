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
        errors.CheckMultilineText("note", body.Note, NoteMaxLength);

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

    /// <summary>Production is optional; when given it must pass <see cref="CheckProduction(double?, string?, string?, string)"/>.</summary>
    public static (double Quantity, string Unit)? CheckProduction(Facility facility, ProductionDto? production, Dictionary<string, string[]> errors)
    {
        if (production is null) return null;
        var check = CheckProduction(production.Quantity, production.Unit, facility.ProductionUnit, "production.unit");
        if (check.QuantityError is { } q) errors["production.quantity"] = [q];
        if (check.UnitError is { } u) errors["production.unit"] = [u];
        return check.Ok ? (check.Quantity, check.Unit!) : null;
    }

    /// <summary>A month's production as checked (the unit normalised), or the message for its quantity and for its unit.</summary>
    public readonly record struct ProductionCheck(double Quantity, string? Unit, string? QuantityError, string? UnitError)
    {
        public bool Ok => QuantityError is null && UnitError is null;
    }

    /// <summary>
    /// The one production rule of a month, for the PUT and the CSV/spreadsheet import alike: a finite quantity from 0
    /// to <see cref="MaxProduction"/> (not −0; null when the text was not a number), and a unit of one line that fits
    /// the column and is the facility's production unit when it has one.
    /// </summary>
    public static ProductionCheck CheckProduction(double? quantity, string? unit, string? facilityUnit, string unitField)
    {
        string? quantityError = null, unitError = null;
        if (quantity is not { } q || !double.IsFinite(q) || double.IsNegative(q) || q > MaxProduction)
            quantityError = $"Production must be a number between 0 and {MaxProduction:0e0}.";
        var normalised = NormaliseUnit(unit);
        if (normalised?.Length > FacilityRules.ProductionUnitMaxLength)
            unitError = $"A production unit has at most {FacilityRules.ProductionUnitMaxLength} characters.";
        else if (TextChecks.TextError(unitField, unit, FacilityRules.ProductionUnitMaxLength) is { } textError)
            unitError = textError.Render();
        else if (normalised is null)
            unitError = $"The production unit is required{(facilityUnit is null ? "" : $" ('{facilityUnit}' for this facility)")}.";
        else if (facilityUnit is not null && NormaliseUnit(facilityUnit) != normalised)
            unitError = $"Production of this facility is reported in '{facilityUnit}', not '{ClientText.Excerpt(unit)}'.";
        return new ProductionCheck(quantity ?? 0, normalised, quantityError, unitError);
    }

    public static string? NormaliseUnit(string? unit) =>
        string.IsNullOrWhiteSpace(unit) ? null : unit.Trim() switch { "m3" => "m³", "m2" => "m²", var u => u };
}
