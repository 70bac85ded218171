using EnergySaving.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace EnergySaving.Api.Weather;

/// <summary>
/// Writes validated temperatures: creates the station when new, keeps every value it replaces in
/// temperature_revisions (what it was, when, by whom) and upserts every day, in one transaction.
/// </summary>
public static class WeatherStore
{
    public static async Task<int> UpsertTemperaturesAsync(
        EnergySavingDbContext db, string stationCode, IReadOnlyList<DateOnly> dates, IReadOnlyList<double> meansC, string submittedBy,
        DateTimeOffset at, CancellationToken ct)
    {
        if (dates.Count != meansC.Count) throw new ArgumentException("One temperature per date.", nameof(meansC));
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var transaction = (NpgsqlTransaction)tx.GetDbTransaction();

        await using var station = new NpgsqlCommand(
            """
            INSERT INTO weather_stations (code, temperatures_updated_at) VALUES (@code, now())
            ON CONFLICT (code) DO UPDATE SET temperatures_updated_at = now() RETURNING id
            """,
            connection, transaction);
        station.Parameters.AddWithValue("code", stationCode);
        var stationId = (int)(await station.ExecuteScalarAsync(ct))!;

        await using var upsert = new NpgsqlCommand(
            """
            INSERT INTO temperature_revisions (station_id, date, mean_c, replaced_at, replaced_by)
            SELECT t.station_id, t.date, t.mean_c, @at, @by
            FROM daily_temperatures t JOIN unnest(@dates, @means) AS u(d, m) ON t.date = u.d
            WHERE t.station_id = @station AND t.mean_c <> u.m;

            INSERT INTO daily_temperatures (station_id, date, mean_c)
            SELECT @station, d, t FROM unnest(@dates, @means) WITH ORDINALITY AS u(d, t, i) ORDER BY i
            ON CONFLICT (station_id, date) DO UPDATE SET mean_c = EXCLUDED.mean_c
            WHERE daily_temperatures.mean_c <> EXCLUDED.mean_c;
            """, connection, transaction);
        upsert.Parameters.AddWithValue("at", at);
        upsert.Parameters.AddWithValue("by", submittedBy);
        // Rows in date order, so two uploads to one station lock them in the same order and cannot deadlock.
        var sortedDates = dates.ToArray();
        var sortedMeans = meansC.ToArray();
        Array.Sort(sortedDates, sortedMeans);
        upsert.Parameters.AddWithValue("station", stationId);
        upsert.Parameters.Add(new NpgsqlParameter<DateOnly[]>("dates", NpgsqlDbType.Array | NpgsqlDbType.Date) { TypedValue = sortedDates });
        upsert.Parameters.Add(new NpgsqlParameter<double[]>("means", NpgsqlDbType.Array | NpgsqlDbType.Double) { TypedValue = sortedMeans });
        var written = await upsert.ExecuteNonQueryAsync(ct);
        await tx.CommitAsync(ct);
        return written;
    }
}
