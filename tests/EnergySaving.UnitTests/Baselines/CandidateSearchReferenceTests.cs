using EnergySaving.Core.Baselines;

namespace EnergySaving.UnitTests.Baselines;

/// <summary>
/// The gated, hoisted candidate search must choose exactly what the straightforward search chooses
/// (<see cref="ReferenceCandidateSearch"/>: the search as it was before the speed-up, every candidate through the
/// full scaled Cholesky), on realistic facilities and on degenerate ones (exact fits, constant consumption,
/// collinear and duplicated degree-day columns, production proportional to degree-days, ties), including the
/// re-searches with candidates excluded after a failed QR re-fit.
/// </summary>
public class CandidateSearchReferenceTests
{
    public static TheoryData<int> Shapes => [0, 1, 2, 3, 4, 5];

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Fast_search_chooses_what_the_reference_search_chooses(int shape)
    {
        var kinds = new HashSet<string>();
        var compared = 0;
        for (var seed = 0; seed < 150; seed++)
        {
            var rng = new Random((shape * 1000) + seed);
            var months = Facility(rng, shape);
            foreach (var p in new[] { 0.1, 0.05, 0.5, 1.0 })
            {
                var options = new BaselineOptions { PValueThreshold = p };
                var design = BaselineDesign.Create(months, options, []);
                var excluded = new HashSet<ModelSpec>();
                var excludedReference = new HashSet<ModelSpec>();
                for (var round = 0; round < 4; round++)
                {
                    var fast = CandidateSearch.Find(design, p, excluded);
                    var reference = ReferenceCandidateSearch.Find(design, p, excludedReference);
                    Assert.Equal(reference, fast);
                    compared++;
                    kinds.Add(fast.Kind);
                    if (fast.Slopes == 0)
                    {
                        break;
                    }

                    excluded.Add(fast);
                    excludedReference.Add(reference);
                }
            }
        }

        Assert.True(compared >= 600);
        Assert.True(kinds.Count >= 3, $"only {string.Join(", ", kinds)} chosen: the cases do not exercise the search");
    }

    /// <summary>Months with daily temperatures and production; <paramref name="shape"/> picks the kind of data.</summary>
    private static List<BaselineMonth> Facility(Random rng, int shape)
    {
        var n = shape == 5 ? 3 + rng.Next(4) : 6 + rng.Next(31);
        var start = new DateOnly(2021, 1, 1);
        var baseLoad = 1 + (rng.NextDouble() * 20);
        var perUnit = rng.NextDouble() < 0.3 ? 0 : 0.001 + (rng.NextDouble() * 0.02);
        var heat = rng.NextDouble() < 0.3 ? 0 : rng.NextDouble() * 0.5;
        var cool = rng.NextDouble() < 0.3 ? 0 : rng.NextDouble() * 0.8;
        var h = 12 + (rng.NextDouble() * 6);
        var c = h + (rng.NextDouble() * 8);
        var meanTemp = 10 + (rng.NextDouble() * 20);
        var noise = shape switch
        {
            1 => 0.0, // exact fits
            _ => rng.NextDouble() < 0.5 ? 0.02 : 0.3,
        };
        var list = new List<BaselineMonth>(n);
        for (var i = 0; i < n; i++)
        {
            var m = start.AddMonths(i);
            var days = DateTime.DaysInMonth(m.Year, m.Month);
            var temps = new double[days];
            var monthTemp = meanTemp + (10 * Math.Sin(2 * Math.PI * (m.DayOfYear - 105) / 365.0));
            for (var d = 0; d < days; d++)
            {
                temps[d] = shape switch
                {
                    2 => Math.Round(monthTemp), // one temperature per month, whole degrees: duplicated and collinear columns
                    3 => Math.Round(monthTemp + (rng.NextDouble() * 4) - 2), // whole degrees: ties between balance points
                    _ => monthTemp + (rng.NextDouble() * 6) - 3,
                };
            }

            var hdd = DegreeDays.Heating(temps, days, h);
            var cdd = DegreeDays.Cooling(temps, days, c);
            var production = shape == 4
                ? days * (100 + (50 * DegreeDays.Heating(temps, days, 16))) // production proportional to a degree-day column
                : days * (500 + (rng.NextDouble() * 300));
            var energy = (days * baseLoad) + (perUnit * production) + (days * heat * hdd) + (days * cool * cdd);
            energy *= 1 + ((rng.NextDouble() - 0.5) * noise);
            if (shape == 1 && rng.NextDouble() < 0.2)
            {
                energy = days * baseLoad; // consumption per day constant
            }

            list.Add(new BaselineMonth(m, energy, production, temps));
        }

        return list;
    }
}
