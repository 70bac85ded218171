namespace EnergySaving.Core.Baselines;

/// <summary>Which terms a candidate model has; balance points are grid indices (−1 = term absent).</summary>
internal readonly record struct ModelSpec(bool Production, int HeatIndex, int CoolIndex)
{
    public static ModelSpec Intercept => new(false, -1, -1);

    public bool Heating => HeatIndex >= 0;

    public bool Cooling => CoolIndex >= 0;

    public int Slopes => (Production ? 1 : 0) + (Heating ? 1 : 0) + (Cooling ? 1 : 0);

    /// <summary>The model kind string of API.md.</summary>
    public string Kind => (Production, Heating, Cooling) switch
    {
        (false, false, false) => "intercept",
        (true, false, false) => "production",
        (false, true, false) => "hdd",
        (false, false, true) => "cdd",
        (false, true, true) => "hdd+cdd",
        (true, true, false) => "production+hdd",
        (true, false, true) => "production+cdd",
        _ => "production+hdd+cdd",
    };
}
