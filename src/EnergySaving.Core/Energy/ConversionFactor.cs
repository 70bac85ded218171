namespace EnergySaving.Core.Energy;

/// <summary>
/// <paramref name="Toe"/> tonnes of oil equivalent per <paramref name="PerQuantity"/> <paramref name="PerUnit"/>
/// of a carrier, in force from <paramref name="ValidFrom"/>. <paramref name="MinToe"/>..<paramref name="MaxToe"/>,
/// when present, is the range inside which a facility may declare its own factor.
/// </summary>
public sealed record ConversionFactor(
    string CarrierCode,
    EnergyDimension Dimension,
    double PerQuantity,
    string PerUnit,
    double Toe,
    double? MinToe,
    double? MaxToe,
    DateOnly ValidFrom,
    string Source)
{
    /// <summary>1 TOE per 41.868 GJ: for carriers reported in energy units without an official factor.</summary>
    public static ConversionFactor EnergyEquivalent(string carrierCode, DateOnly validFrom) =>
        new(carrierCode, EnergyDimension.Energy, ToeDefinition.GigajoulesPerToe, "GJ", 1, null, null, validFrom, ToeDefinition.Source);

    /// <summary>Whether a facility may declare its own factor (the official one gives a range).</summary>
    public bool AllowsDeclaredFactor => MinToe is not null && MaxToe is not null;

    /// <summary>Whether <paramref name="toe"/> lies inside the range (inclusive).</summary>
    public bool IsInRange(double toe) => AllowsDeclaredFactor && toe >= MinToe && toe <= MaxToe;

    /// <summary>The unit of the basis, or null when <see cref="PerUnit"/> is not an accepted unit of <see cref="Dimension"/>.</summary>
    public AcceptedUnit? BasisUnit =>
        AcceptedUnits.TryFind(PerUnit, out var unit) && unit.Dimension == Dimension ? unit : null;

    /// <summary>Why this factor is not usable, or null when it is.</summary>
    public string? Problem()
    {
        if (string.IsNullOrWhiteSpace(CarrierCode)) return "carrier code is empty";
        if (!double.IsFinite(PerQuantity) || PerQuantity <= 0) return FormattableString.Invariant($"per_quantity must be a positive number, got {PerQuantity}");
        if (BasisUnit is null)
        {
            var accepted = string.Join(", ", AcceptedUnits.AbbreviationsOf([Dimension]));
            return $"per_unit '{PerUnit}' is not a {Dimension.ToString().ToLowerInvariant()} unit ({accepted})";
        }

        if (!double.IsFinite(Toe) || Toe <= 0) return FormattableString.Invariant($"toe must be a positive number, got {Toe}");
        if (MinToe is null != MaxToe is null) return "min_toe and max_toe must be given together";
        if (MinToe is { } min && MaxToe is { } max)
        {
            if (!double.IsFinite(min) || !double.IsFinite(max) || min <= 0 || min > max)
            {
                return FormattableString.Invariant($"range {min}..{max} is not a valid positive range");
            }

            if (Toe < min || Toe > max) return FormattableString.Invariant($"toe {Toe} lies outside its range {min}..{max}");
        }

        if (string.IsNullOrWhiteSpace(Source)) return "source is empty";
        return null;
    }
}
