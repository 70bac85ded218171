using Npgsql;

namespace EnergySaving.Api.Consumption.Imports;

/// <summary>Facility codes of the whole registry, looked up per import row without a query each time.</summary>
public sealed class FacilityDirectory
{
    public sealed record Entry(int Id, string? ProductionUnit);

    private readonly Dictionary<string, Entry> _byCode = new(StringComparer.Ordinal);
    private Dictionary<string, Entry>.AlternateLookup<ReadOnlySpan<char>> ByCodeSpan => _byCode.GetAlternateLookup<ReadOnlySpan<char>>();

    public bool TryGet(string code, out Entry? entry) => _byCode.TryGetValue(code, out entry);

    /// <summary>The same lookup without making a string of the code (a million rows, a million strings).</summary>
    public bool TryGet(ReadOnlySpan<char> code, out Entry? entry) => ByCodeSpan.TryGetValue(code, out entry);

    public static async Task<FacilityDirectory> LoadAsync(NpgsqlConnection conn, CancellationToken ct)
    {
        var directory = new FacilityDirectory();
        await using var cmd = new NpgsqlCommand("SELECT code, id, production_unit FROM facilities", conn);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            directory._byCode[reader.GetString(0)] = new Entry(reader.GetInt32(1), reader.IsDBNull(2) ? null : reader.GetString(2));
        return directory;
    }
}
