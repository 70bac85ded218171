using EnergySaving.Api.Common;
using EnergySaving.Api.Common.Messages;
using EnergySaving.Api.Facilities;
using EnergySaving.Core.Energy;
using EnergySaving.Core.Messages;

namespace EnergySaving.Api.Consumption;

/// <summary>Validates a monthly report and converts its entries, reporting every problem against its field path.</summary>
public sealed class MonthReportRules(EntryConverter converter)
{
    public const int NoteMaxLength = 2000;
    public const double MaxProduction = 1e12;

    public (List<StagedEntry> Entries, FieldErrors Errors) Check(
        Facility facility, DateOnly month, MonthReportRequest body)
    {
        var errors = new FieldErrors();
        var staged = new List<StagedEntry>();
        if (body.Entries is null || body.Entries.Count == 0)
            errors.Add("entries", Message.Of("consumption.entries.required"));

        var production = CheckProduction(facility, body.Production, errors);
        errors.CheckMultilineText("note", body.Note, NoteMaxLength);

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < (body.Entries?.Count ?? 0); i++)
        {
            var path = $"entries[{i}]";
            var entry = body.Entries![i];
            if (entry is null) { errors.Add(path, Message.Of("consumption.entry.empty")); continue; }
            if (entry.Quantity is not { } quantity) { errors.Add($"{path}.quantity", Message.Of("consumption.quantity.required")); continue; }
            var converted = converter.Convert(month, entry.Carrier, quantity, entry.Unit, entry.DeclaredToe, out var error);
            if (converted is not { } c) { errors.Add($"{path}.{error.Field}", error.Message); continue; }
            if (seen.TryGetValue(c.Carrier, out var first))
            {
                errors.Add($"{path}.carrier", Message.Of("consumption.carrier.duplicate", ("carrier", c.Carrier), ("first", first)));
                continue;
            }
            seen[c.Carrier] = i;
            staged.Add(new StagedEntry(i, facility.Id, month, c.Carrier, quantity, c.Unit, c.Toe, c.FactorId,
                entry.DeclaredToe, production?.Quantity, production?.Unit, string.IsNullOrWhiteSpace(body.Note) ? null : body.Note.Trim()));
        }
        return (staged, errors);
    }

    /// <summary>Production is optional; when given it must pass <see cref="CheckProduction(double?, string?, string?, string)"/>.</summary>
    public static (double Quantity, string Unit)? CheckProduction(Facility facility, ProductionDto? production, FieldErrors errors)
    {
        if (production is null) return null;
        var check = CheckProduction(production.Quantity, production.Unit, facility.ProductionUnit, "production.unit");
        errors.Add("production.quantity", check.QuantityError);
        errors.Add("production.unit", check.UnitError);
        return check.Ok ? (check.Quantity, check.Unit!) : null;
    }

    /// <summary>A month's production as checked (the unit normalised), or the message for its quantity and for its unit.</summary>
    public readonly record struct ProductionCheck(double Quantity, string? Unit, Message? QuantityError, Message? UnitError)
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
        Message? quantityError = null, unitError = null;
        if (quantity is not { } q || !double.IsFinite(q) || double.IsNegative(q) || q > MaxProduction)
            quantityError = Message.Of("consumption.production.out-of-range", ("max", MaxProduction));
        var normalised = NormaliseUnit(unit);
        if (normalised?.Length > FacilityRules.ProductionUnitMaxLength)
            unitError = Message.Of("consumption.production-unit.too-long", ("max", FacilityRules.ProductionUnitMaxLength));
        else if (TextChecks.TextError(unitField, unit, FacilityRules.ProductionUnitMaxLength) is { } textError)
            unitError = textError;
        else if (normalised is null)
            unitError = facilityUnit is null ? Message.Of("consumption.production-unit.required")
                : Message.Of("consumption.production-unit.required-for-facility", ("facilityUnit", facilityUnit));
        else if (facilityUnit is not null && NormaliseUnit(facilityUnit) != normalised)
            unitError = Message.Of("consumption.production-unit.mismatch", ("facilityUnit", facilityUnit), ("unit", ClientText.Excerpt(unit)));
        return new ProductionCheck(quantity ?? 0, normalised, quantityError, unitError);
    }

    public static string? NormaliseUnit(string? unit) =>
        string.IsNullOrWhiteSpace(unit) ? null : unit.Trim() switch { "m3" => "m³", "m2" => "m²", var u => u };
}
