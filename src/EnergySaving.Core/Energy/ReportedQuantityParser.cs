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
        var acceptedText = string.Join(", ", accepted);
        var forSubject = subject is null ? "" : $" for {subject}";

        if (!double.IsFinite(quantity))
        {
            return ParsedQuantity.Failure($"quantity must be a finite number, got {quantity.ToString(System.Globalization.CultureInfo.InvariantCulture)}", accepted);
        }

        if (!AcceptedUnits.TryFind(unit, out var found))
        {
            return ParsedQuantity.Failure($"unknown unit '{unit}'{forSubject}; accepted units: {acceptedText}", accepted);
        }

        if (!dimensions.Contains(found.Dimension))
        {
            var dimension = found.Dimension.ToString().ToLowerInvariant();
            return ParsedQuantity.Failure(
                $"unit '{found.Abbreviation}' ({dimension}) is not accepted{forSubject}; accepted units: {acceptedText}", accepted);
        }

        if (!found.TryOf(quantity, out var value))
        {
            return ParsedQuantity.Failure(
                $"quantity {quantity.ToString(System.Globalization.CultureInfo.InvariantCulture)} {found.Abbreviation} is too large", accepted);
        }

        return ParsedQuantity.Success(value, found);
    }
}
