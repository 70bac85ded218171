using System.Reflection;
using EnergySaving.Api.Infrastructure;
using EnergySaving.Core.Energy;
using Microsoft.EntityFrameworkCore;

namespace EnergySaving.Api.EnergyCarriers;

/// <summary>
/// The energy carriers and their factors, held in memory for conversions. At start-up the official
/// table (seed-data/energy-carriers.csv, embedded in the assembly) is added to the database where a
/// row is missing, and the catalog is then built from the database rows.
/// </summary>
public sealed class CarrierCatalogStore(IServiceScopeFactory scopes)
{
    public const string ResourceName = "energy-carriers.csv";

    private CarrierCatalog? _catalog;
    private Dictionary<(string Carrier, EnergyDimension Dimension, DateOnly ValidFrom), int> _factorIds = [];

    public CarrierCatalog Catalog => _catalog ?? throw new InvalidOperationException("The carrier catalog is not loaded yet.");

    private Dictionary<int, EnergyCarrierFactor> _factorsById = [];

    public int FactorId(ConversionFactor factor) => _factorIds[(factor.CarrierCode, factor.Dimension, factor.ValidFrom)];

    public EnergyCarrierFactor FactorById(int id) => _factorsById[id];

    public async Task LoadAsync(CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EnergySavingDbContext>();
        await SeedOfficialTableAsync(db, ct);

        var rows = await db.EnergyCarrierFactors.AsNoTracking().OrderBy(f => f.Id).ToListAsync(ct);
        var carriers = rows.GroupBy(r => r.CarrierCode).Select(g => new EnergyCarrier(
            g.Key, g.First().Name, g.First().NameVi,
            g.Select(r => new ConversionFactor(r.CarrierCode, ParseDimension(r.Dimension), r.PerQuantity, r.PerUnit,
                r.Toe, r.MinToe, r.MaxToe, r.ValidFrom, r.Source)).ToList()));
        _catalog = new CarrierCatalog(carriers);
        _factorsById = rows.ToDictionary(r => r.Id);
        _factorIds = rows.ToDictionary(r => (r.CarrierCode, ParseDimension(r.Dimension), r.ValidFrom), r => r.Id);
    }

    private static async Task SeedOfficialTableAsync(EnergySavingDbContext db, CancellationToken ct)
    {
        await using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        var official = CarrierCatalog.Load(reader);
        foreach (var carrier in official.Carriers)
        foreach (var f in carrier.Factors)
        {
            await db.Database.ExecuteSqlInterpolatedAsync($"""
                INSERT INTO energy_carrier_factors (carrier_code, name, name_vi, dimension, per_quantity, per_unit, toe, min_toe, max_toe, valid_from, source)
                VALUES ({carrier.Code}, {carrier.Name}, {carrier.NameVi}, {DimensionName(f.Dimension)}, {f.PerQuantity}, {f.PerUnit},
                        {f.Toe}, {f.MinToe}, {f.MaxToe}, {f.ValidFrom}, {f.Source})
                ON CONFLICT (carrier_code, dimension, valid_from) DO NOTHING
                """, ct);
        }
    }

    public static string DimensionName(EnergyDimension d) => d.ToString().ToLowerInvariant();

    private static EnergyDimension ParseDimension(string s) => Enum.Parse<EnergyDimension>(s, ignoreCase: true);
}
