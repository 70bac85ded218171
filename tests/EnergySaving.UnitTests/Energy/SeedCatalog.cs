using EnergySaving.Core.Energy;

namespace EnergySaving.UnitTests.Energy;

/// <summary>The real seed-data/energy-carriers.csv of the repository, found by walking up to EnergySaving.sln.</summary>
internal static class SeedCatalog
{
    private static readonly Lazy<CarrierCatalog> Loaded = new(() =>
    {
        using var reader = new StreamReader(CsvPath, System.Text.Encoding.UTF8);
        return CarrierCatalog.Load(reader);
    });

    public static CarrierCatalog Catalog => Loaded.Value;

    public static string CsvPath => Path.Combine(RepositoryRoot(), "seed-data", "energy-carriers.csv");

    public static EnergyCarrier Carrier(string code) =>
        Catalog.TryGet(code, out var carrier) ? carrier : throw new InvalidOperationException($"no carrier {code} in the seed data");

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "EnergySaving.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"EnergySaving.sln not found above {AppContext.BaseDirectory}");
    }
}
