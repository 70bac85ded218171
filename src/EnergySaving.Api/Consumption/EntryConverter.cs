using EnergySaving.Api.EnergyCarriers;
using EnergySaving.Core.Energy;

namespace EnergySaving.Api.Consumption;

/// <summary>
/// Checks one reported entry against the carrier table and converts it to TOE with the factor in
/// force for the month. Shared by the monthly PUT and the CSV import, so both accept and reject alike.
/// </summary>
public sealed class EntryConverter(CarrierCatalogStore store)
{
    public readonly record struct Converted(string Carrier, string Unit, double Toe, int FactorId);

    /// <summary>Returns null and sets <paramref name="error"/> (field name and message) when the entry is refused.</summary>
    public Converted? Convert(DateOnly month, string? carrierCode, double quantity, string? unit, double? declaredToe,
        out (string Field, string Message) error)
    {
        error = default;
        if (string.IsNullOrWhiteSpace(carrierCode) || !store.Catalog.TryGet(carrierCode.Trim(), out var carrier) || carrier is null)
        {
            error = ("carrier", $"Unknown carrier '{carrierCode}'. Valid carriers: {string.Join(", ", store.Catalog.Codes)}.");
            return null;
        }
        if (string.IsNullOrWhiteSpace(unit) || !AcceptedUnits.TryFind(unit, out var accepted) || accepted is null)
        {
            error = ("unit", $"Unknown unit '{unit}' for {carrier.Code}. Accepted units: {string.Join(", ", carrier.AcceptedUnitAbbreviations)}.");
            return null;
        }
        var result = ToeConverter.Convert(carrier, month, quantity, unit, declaredToe);
        if (!result.IsSuccess)
        {
            var field = result.Error switch
            {
                ToeConversionError.UnknownUnit or ToeConversionError.UnitNotAccepted => "unit",
                ToeConversionError.InvalidQuantity or ToeConversionError.QuantityTooLarge => "quantity",
                ToeConversionError.DeclaredFactorNotAllowed or ToeConversionError.DeclaredFactorOutOfRange => "declaredToe",
                _ => "month",
            };
            error = (field, Capitalise(result.ErrorMessage!) + ".");
            return null;
        }
        return new Converted(carrier.Code, accepted.Abbreviation, result.Toe, store.FactorId(result.Factor!));
    }

    private static string Capitalise(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
