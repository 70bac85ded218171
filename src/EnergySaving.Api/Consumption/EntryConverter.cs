using System.Collections.Concurrent;
using EnergySaving.Api.Common;
using EnergySaving.Api.EnergyCarriers;
using EnergySaving.Core.Energy;
using EnergySaving.Core.Messages;

namespace EnergySaving.Api.Consumption;

/// <summary>
/// Checks one reported entry against the carrier table and converts it to TOE with the factor in
/// force for the month. Shared by the monthly PUT and the CSV import, so both accept and reject alike.
/// </summary>
/// <remarks>
/// Conversion is linear in the quantity, so the TOE of one reported unit is worked out once per
/// (carrier, unit, month) by <see cref="ToeConverter"/> and kept: an import of a million rows then
/// costs a dictionary lookup and a multiplication per row. Anything unusual (a declared factor, a
/// refused entry) goes through <see cref="ToeConverter"/> itself, which also words the message.
/// </remarks>
public sealed class EntryConverter(CarrierCatalogStore store)
{
    public readonly record struct Converted(string Carrier, string Unit, double Toe, int FactorId);

    private sealed record Plan(string Carrier, string Unit, double ToePerUnit, double MaxQuantity, int FactorId);

    private readonly ConcurrentDictionary<(string Carrier, string Unit, DateOnly Month), Plan> _plans = new();

    /// <summary>Returns null and sets <paramref name="error"/> (field name and message) when the entry is refused.</summary>
    public Converted? Convert(DateOnly month, string? carrierCode, double quantity, string? unit, double? declaredToe,
        out (string Field, Message Message) error)
    {
        error = default;
        if (declaredToe is null && carrierCode is not null && unit is not null && double.IsFinite(quantity) && !double.IsNegative(quantity)
            && PlanFor(carrierCode, unit, month) is { } plan && quantity <= plan.MaxQuantity)
            return new Converted(plan.Carrier, plan.Unit, quantity * plan.ToePerUnit, plan.FactorId);
        return ConvertExactly(month, carrierCode, quantity, unit, declaredToe, out error);
    }

    /// <summary>
    /// Plans are keyed by the canonical carrier code and unit (not the strings as sent, which a client can
    /// vary endlessly with spaces), only accepted combinations are kept, and the cache stops growing at
    /// <see cref="MaxPlans"/> (months are client input too): past that, entries are converted exactly.
    /// </summary>
    private Plan? PlanFor(string carrierCode, string unit, DateOnly month)
    {
        if (!store.Catalog.TryGet(carrierCode.Trim(), out var carrier) || !AcceptedUnits.TryFind(unit, out var accepted)) return null;
        var key = (carrier.Code, accepted.Abbreviation, month);
        if (_plans.TryGetValue(key, out var cached)) return cached;
        var one = ConvertExactly(month, carrier.Code, 1, accepted.Abbreviation, null, out _);
        if (one is not { } c) return null;
        // The largest quantity whose value in the factor's basis unit stays within the converter's limit.
        var maxQuantity = Math.Min(ToeConverter.MaxBasisQuantity / BasisPerReportedUnit(c),
            c.Toe > 0 ? ToeConverter.MaxMonthlyToePerCarrier / c.Toe : double.MaxValue);
        var plan = new Plan(c.Carrier, c.Unit, c.Toe, maxQuantity, c.FactorId);
        return _plans.Count < MaxPlans ? _plans.GetOrAdd(key, plan) : plan;
    }

    /// <summary>Far more than the carriers × units × months any real use touches.</summary>
    public const int MaxPlans = 20_000;

    private double BasisPerReportedUnit(Converted c)
    {
        var factor = store.FactorById(c.FactorId);
        AcceptedUnits.TryFind(c.Unit, out var reported);
        AcceptedUnits.TryFind(factor.PerUnit, out var basis);
        return basis!.ValueOf(reported!.Of(1));
    }

    private Converted? ConvertExactly(DateOnly month, string? carrierCode, double quantity, string? unit, double? declaredToe,
        out (string Field, Message Message) error)
    {
        error = default;
        if (string.IsNullOrWhiteSpace(carrierCode) || !store.Catalog.TryGet(carrierCode.Trim(), out var carrier) || carrier is null)
        {
            error = ("carrier", Message.Of("consumption.carrier.unknown", ("carrier", ClientText.Excerpt(carrierCode)), ("valid", store.Catalog.Codes.ToList())));
            return null;
        }
        if (string.IsNullOrWhiteSpace(unit) || !AcceptedUnits.TryFind(unit, out var accepted) || accepted is null)
        {
            error = ("unit", Message.Of("consumption.unit.unknown", ("unit", ClientText.Excerpt(unit)), ("carrier", carrier.Code),
                ("accepted", carrier.AcceptedUnitAbbreviations.ToList())));
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
            error = (field, result.ErrorMessage!);
            return null;
        }
        return new Converted(carrier.Code, accepted.Abbreviation, result.Toe, store.FactorId(result.Factor!));
    }
}
