namespace EnergySaving.Core.Energy;

/// <summary>The physical dimension a quantity of an energy carrier is reported in.</summary>
public enum EnergyDimension
{
    Energy,
    Mass,
    Volume,
}
