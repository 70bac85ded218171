using EnergySaving.Core.Messages;
using UnitsNet;

namespace EnergySaving.Core.Energy;

/// <summary>
/// Turns a reported (quantity, unit abbreviation) into a UnitsNet quantity, through the explicit whitelist
/// in <see cref="AcceptedUnits"/> (case-sensitive; no culture-dependent parsing). It does not judge the
/// number itself: see <see cref="ToeConverter"/>.
/// </summary>
public static class ReportedQuantityParser
{
    /// <summary>Parses against every accepted unit.</summary>
    public static ParsedQuantity Parse(double quantity, string? unit) =>
        Parse(quantity, unit, [EnergyDimension.Energy, EnergyDimension.Mass, EnergyDimension.Volume], subject: null);

    /// <summary>Parses against the units of the dimensions <paramref name="carrier"/> accepts.</summary>
    public static ParsedQuantity Parse(double quantity, string? unit, EnergyCarrier carrier)
    {
        ArgumentNullException.ThrowIfNull(carrier);
        return Parse(quantity, unit, carrier.Dimensions, subject: carrier.Code);
    }

    private static ParsedQuantity Parse(double quantity, string? unit, IReadOnlyList<EnergyDimension> dimensions, string? subject)
    {
        var accepted = AcceptedUnits.AbbreviationsOf(dimensions);

        if (!double.IsFinite(quantity))
        {
            return ParsedQuantity.Failure(Message.Of("energy.quantity.not-a-number", ("quantity", ToeConverter.AsSent(quantity))), accepted);
        }

        if (!AcceptedUnits.TryFind(unit, out var found))
        {
            var sent = unit is null ? "" : unit.Length <= 100 ? unit : unit[..100] + "…";
            return ParsedQuantity.Failure(subject is null
                ? Message.Of("energy.unit.unknown", ("unit", sent), ("accepted", accepted.ToList()))
                : Message.Of("energy.unit.unknown-for-carrier", ("unit", sent), ("carrier", subject), ("accepted", accepted.ToList())), accepted);
        }

        if (!dimensions.Contains(found.Dimension))
        {
            return ParsedQuantity.Failure(Message.Of("energy.unit.not-accepted",
                ("unit", found.Abbreviation), ("dimension", DimensionCode(found.Dimension)), ("carrier", subject ?? ""),
                ("accepted", accepted.ToList())), accepted);
        }

        if (!found.TryOf(quantity, out var value))
        {
            return ParsedQuantity.Failure(Message.Of("energy.quantity.too-large", ("quantity", quantity), ("unit", found.Abbreviation)), accepted);
        }

        return ParsedQuantity.Success(value, found);
    }

    /// <summary>The API code of a dimension ("energy", "mass", "volume"), shown through the texts "dimension:…".</summary>
    public static string DimensionCode(EnergyDimension dimension) => dimension.ToString().ToLowerInvariant();
}
