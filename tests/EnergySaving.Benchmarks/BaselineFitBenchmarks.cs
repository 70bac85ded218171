using BenchmarkDotNet.Attributes;

using EnergySaving.Core.Baselines;

namespace EnergySaving.Benchmarks;

/// <summary>
/// BaselineFitter.Fit alone (no I/O) over a batch of synthetic facilities; the whole baseline is the
/// 12 or 36 months (explicit period), with production, and with or without daily temperatures (the weather
/// search: 41 heating + 41 cooling + 861 heating/cooling pairs, each with and without production).
/// Mean time per operation is per facility: facilities/s = 1 / mean.
/// </summary>
[MemoryDiagnoser]
public class BaselineFitBenchmarks
{
    private const int Facilities = 64;

    private List<BaselineMonth>[] facilities = [];
    private BaselineOptions options = BaselineOptions.Default;

    [Params(12, 36)]
    public int Months { get; set; }

    [Params(false, true)]
    public bool Weather { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        facilities = Enumerable.Range(0, Facilities).Select(i => SyntheticFacilities.Create(1000 + i, Months, Weather)).ToArray();
        options = new BaselineOptions { BaselineFrom = new DateOnly(2021, 1, 1), BaselineTo = new DateOnly(2021, 1, 1).AddMonths(Months - 1) };
    }

    [Benchmark(OperationsPerInvoke = Facilities)]
    public double Fit()
    {
        var sum = 0.0;
        foreach (var f in facilities)
        {
            sum += BaselineFitter.Fit(f, options).Metrics?.R2 ?? 0;
        }

        return sum;
    }
}
