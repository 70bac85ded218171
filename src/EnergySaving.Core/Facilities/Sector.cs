namespace EnergySaving.Core.Facilities;

/// <summary>The law's sectors: industry, agriculture and transport use the 1,000 TOE threshold; buildings 500 TOE.</summary>
public enum Sector
{
    Industry,
    Agriculture,
    Transport,
    Building,
}
