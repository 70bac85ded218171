using EnergySaving.Core.Baselines;

namespace EnergySaving.Benchmarks;

/// <summary>Deterministic, realistic synthetic facilities: seasonal temperatures, production, heating and cooling loads, noise.</summary>
internal static class SyntheticFacilities
{
    public static List<BaselineMonth> Create(int seed, int months, bool weather)
    {
        var rng = new Random(seed);
        var start = new DateOnly(2021, 1, 1);
        var baseLoad = 1 + (rng.NextDouble() * 20);
        var perUnit = 0.001 + (rng.NextDouble() * 0.02);
        var heat = rng.NextDouble() * 0.5;
        var cool = rng.NextDouble() * 0.8;
        var h = 12 + (rng.NextDouble() * 6);
        var c = h + 2 + (rng.NextDouble() * 6);
        var meanTemp = 14 + (rng.NextDouble() * 14);
        var list = new List<BaselineMonth>(months);
        for (var i = 0; i < months; i++)
        {
            var m = start.AddMonths(i);
            var days = DateTime.DaysInMonth(m.Year, m.Month);
            var temps = new double[days];
            double hdd = 0, cdd = 0;
            for (var d = 0; d < days; d++)
            {
                var doy = new DateOnly(m.Year, m.Month, d + 1).DayOfYear;
                temps[d] = meanTemp + (10 * Math.Sin(2 * Math.PI * (doy - 105) / 365.0)) + (rng.NextDouble() * 6) - 3;
                hdd += Math.Max(h - temps[d], 0);
                cdd += Math.Max(temps[d] - c, 0);
            }

            var production = days * (500 + (rng.NextDouble() * 300));
            var energy = (days * baseLoad) + (perUnit * production) + (heat * hdd) + (cool * cdd);
            energy *= 1 + ((rng.NextDouble() - 0.5) * 0.06);
            list.Add(new BaselineMonth(m, energy, production, weather ? temps : null));
        }

        return list;
    }
}
