using System.Globalization;
using EnergySaving.Core.Messages;

namespace EnergySaving.Core.Energy;

/// <summary>Converts a reported quantity of a carrier to tonnes of oil equivalent with the factor in force for the month.</summary>
public static class ToeConverter
{
    /// <summary>Quantities above this, expressed in the factor's unit (kWh, t, L, GJ…), are rejected as absurd.</summary>
    public const double MaxBasisQuantity = 1e12;

    /// <summary>
    /// The most one carrier of one facility can amount to in a month: 500,000 TOE. Vietnam's largest plants (an
    /// integrated steel works, a cement or fertiliser complex) use a few hundred thousand TOE in a whole year; in a
    /// carrier's own unit this is about 3,240 GWh of electricity, 700,000 t of coke or 555 million m³ of natural gas.
    /// A quantity above it is a typing error (a unit mixed up, digits repeated), refused rather than stored.
    /// </summary>
    public const double MaxMonthlyToePerCarrier = 500_000;

    /// <summary>The limit as the API documents it (Swagger, error messages).</summary>
    public static readonly string MonthlyLimitText =
        $"Each entry must be a finite number ≥ 0 (not -0) and convert to at most {MaxMonthlyToePerCarrier.ToString("N0", CultureInfo.InvariantCulture)} TOE in the month: " +
        "no facility in Vietnam uses more of one carrier in a month (≈ 3,240 GWh of electricity).";

    /// <param name="carrier">The carrier and its factors.</param>
    /// <param name="month">Any day of the report month; the factor is chosen for its first day.</param>
    /// <param name="quantity">Reported amount, ≥ 0.</param>
    /// <param name="unit">An accepted abbreviation (<c>kWh</c>, <c>t</c>, <c>L</c>, <c>m³</c>, <c>toe</c>…).</param>
    /// <param name="declaredToe">A facility-declared TOE per basis; allowed only inside the official factor's range.</param>
    public static ToeConversion Convert(EnergyCarrier carrier, DateOnly month, double quantity, string? unit, double? declaredToe = null)
    {
        ArgumentNullException.ThrowIfNull(carrier);

        // -0 is refused as written: it is no quantity anyone reads off a bill.
        if (!double.IsFinite(quantity) || double.IsNegative(quantity))
        {
            return ToeConversion.Failure(ToeConversionError.InvalidQuantity, double.IsFinite(quantity) && quantity != 0
                ? Message.Of("energy.quantity.negative", ("quantity", quantity))
                : Message.Of("energy.quantity.not-a-number", ("quantity", AsSent(quantity))));
        }

        var parsed = ReportedQuantityParser.Parse(quantity, unit, carrier);
        if (!parsed.IsSuccess)
        {
            var error = !AcceptedUnits.TryFind(unit, out var known) ? ToeConversionError.UnknownUnit
                : carrier.Dimensions.Contains(known.Dimension) ? ToeConversionError.QuantityTooLarge
                : ToeConversionError.UnitNotAccepted;
            return ToeConversion.Failure(error, parsed.Error!);
        }

        var dimension = parsed.Unit!.Dimension;
        var factor = carrier.FactorFor(dimension, month);
        if (factor is null)
        {
            return ToeConversion.Failure(ToeConversionError.NoFactorInForce, NoFactorMessage(carrier, dimension, month));
        }

        var basisUnit = factor.BasisUnit
            ?? throw new InvalidOperationException(FormattableString.Invariant($"Factor of {carrier.Code} from {factor.ValidFrom:yyyy-MM-dd} has an unusable unit '{factor.PerUnit}'."));

        if (!basisUnit.TryValueOf(parsed.Quantity!, out var basisQuantity) || basisQuantity > MaxBasisQuantity)
        {
            return ToeConversion.Failure(ToeConversionError.QuantityTooLarge, Message.Of("energy.quantity.above-basis-limit",
                ("quantity", quantity), ("unit", parsed.Unit.Abbreviation), ("basisQuantity", basisQuantity),
                ("basisUnit", basisUnit.Abbreviation), ("limit", MaxBasisQuantity)));
        }

        var appliedToe = factor.Toe;
        if (declaredToe is { } declared)
        {
            if (!factor.AllowsDeclaredFactor)
            {
                return ToeConversion.Failure(ToeConversionError.DeclaredFactorNotAllowed, Message.Of("energy.declared-factor.not-allowed",
                    ("carrier", carrier.Code), ("toe", factor.Toe), ("perQuantity", factor.PerQuantity), ("perUnit", factor.PerUnit)));
            }

            if (!factor.IsInRange(declared))
            {
                return ToeConversion.Failure(ToeConversionError.DeclaredFactorOutOfRange, Message.Of("energy.declared-factor.out-of-range",
                    ("declaredToe", declared), ("carrier", carrier.Code), ("min", factor.MinToe!.Value), ("max", factor.MaxToe!.Value),
                    ("perQuantity", factor.PerQuantity), ("perUnit", factor.PerUnit)));
            }

            appliedToe = declared;
        }

        // A quantity reported in toe is already TOE: it is taken as it is, whatever the carrier's factor
        // (1 toe of electricity is 1 TOE, not 11,630 kWh × 0.0001543).
        var toe = parsed.Unit.Abbreviation == "toe" && declaredToe is null
            ? quantity
            : basisQuantity / factor.PerQuantity * appliedToe;
        if (toe > MaxMonthlyToePerCarrier)
        {
            return ToeConversion.Failure(ToeConversionError.QuantityTooLarge, Message.Of("energy.quantity.above-monthly-limit",
                ("quantity", quantity), ("unit", parsed.Unit.Abbreviation), ("toe", toe), ("limit", MaxMonthlyToePerCarrier),
                ("maxQuantity", Math.Floor(MaxMonthlyToePerCarrier / appliedToe * factor.PerQuantity)), ("basisUnit", basisUnit.Abbreviation),
                ("carrier", carrier.Code)));
        }
        return ToeConversion.Success(toe, factor, appliedToe, declaredToe is not null, parsed.Quantity!);
    }

    private static Message NoFactorMessage(EnergyCarrier carrier, EnergyDimension dimension, DateOnly month)
    {
        var earliest = carrier.Factors.Where(f => f.Dimension == dimension).Select(f => (DateOnly?)f.ValidFrom).Min();
        var dimensionCode = ReportedQuantityParser.DimensionCode(dimension);
        var monthText = month.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        return earliest is { } date
            ? Message.Of("energy.factor.none-in-force-yet", ("dimension", dimensionCode), ("carrier", carrier.Code), ("month", monthText), ("earliest", date))
            : Message.Of("energy.factor.none-in-force", ("dimension", dimensionCode), ("carrier", carrier.Code), ("month", monthText));
    }

    /// <summary>A quantity that is no number anyone reads off a bill (NaN, ±∞, −0), as the client sent it.</summary>
    public static string AsSent(double quantity) =>
        quantity == 0 && double.IsNegative(quantity) ? "-0" : quantity.ToString(CultureInfo.InvariantCulture);
}
