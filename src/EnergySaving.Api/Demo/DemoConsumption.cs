using EnergySaving.Api.Consumption.Imports;

namespace EnergySaving.Api.Demo;

/// <summary>Loads seed-data/consumption.csv through the same import as POST /api/consumption/imports. Re-running writes nothing new.</summary>
public static class DemoConsumption
{
    public const string SubmittedBy = "demo-data";

    public static async Task<ImportSummary> LoadAsync(IServiceProvider scoped, string seedFolder, CancellationToken ct = default)
    {
        var importer = scoped.GetRequiredService<ConsumptionCsvImporter>();
        await using var file = File.OpenRead(Path.Combine(seedFolder, "consumption.csv"));
        var result = await importer.ImportAsync(file, SubmittedBy, ct);
        return result.Summary ?? throw new InvalidDataException(
            "seed-data/consumption.csv is rejected: " + string.Join("; ", result.Errors.Take(5).Select(e => $"row {e.Row} {e.Column}: {e.Message}")));
    }
}
