namespace EnergySaving.Core.Energy;

/// <summary>
/// A fuel or energy form a facility reports (electricity, diesel, coke…) with its conversion factors to TOE.
/// A carrier accepts the dimensions its factors define; a carrier without any factor is reported in energy
/// units and converted at 41.868 GJ per TOE.
/// </summary>
public sealed record EnergyCarrier(string Code, string Name, string NameVi, IReadOnlyList<ConversionFactor> Factors)
{
    /// <summary>The dimensions this carrier accepts, in enum order.</summary>
    public IReadOnlyList<EnergyDimension> Dimensions =>
        Factors.Count == 0
            ? [EnergyDimension.Energy]
            : Factors.Select(f => f.Dimension).Distinct().Order().ToList();

    /// <summary>The canonical abbreviations of the units this carrier accepts.</summary>
    public IReadOnlyList<string> AcceptedUnitAbbreviations => AcceptedUnits.AbbreviationsOf(Dimensions);

    /// <summary>
    /// The factor in force for <paramref name="month"/> (any day of it): among the factors of
    /// <paramref name="dimension"/>, the one with the latest <see cref="ConversionFactor.ValidFrom"/> on or
    /// before the month's first day. Null when none is in force yet.
    /// </summary>
    public ConversionFactor? FactorFor(EnergyDimension dimension, DateOnly month)
    {
        if (Factors.Count == 0 && dimension == EnergyDimension.Energy)
        {
            return ConversionFactor.EnergyEquivalent(Code, DateOnly.MinValue);
        }

        var firstDay = new DateOnly(month.Year, month.Month, 1);
        return Factors
            .Where(f => f.Dimension == dimension && f.ValidFrom <= firstDay)
            .MaxBy(f => f.ValidFrom);
    }
}
