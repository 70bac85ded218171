using Npgsql;
using NpgsqlTypes;

namespace EnergySaving.Api.Baselines;

/// <summary>Writes a year's flags (one row per facility, tens of thousands at province scale) with binary COPY, in the caller's transaction.</summary>
public static class AnnualFlagsCopy
{
    public static async Task WriteAsync(NpgsqlConnection conn, IReadOnlyList<AnnualFlag> rows, CancellationToken ct)
    {
        await using var copy = await conn.BeginBinaryImportAsync("""
            COPY annual_flags (year, facility_id, annual_toe, months_reported, is_key, threshold, new_this_year, key_reason,
                               is_candidate, candidate_insufficient_data, score, estimated_savings_toe, reasons, computed_at)
            FROM STDIN (FORMAT BINARY)
            """, ct);
        foreach (var r in rows)
        {
            await copy.StartRowAsync(ct);
            await copy.WriteAsync(r.Year, NpgsqlDbType.Integer, ct);
            await copy.WriteAsync(r.FacilityId, NpgsqlDbType.Integer, ct);
            await copy.WriteAsync(r.AnnualToe, NpgsqlDbType.Double, ct);
            await copy.WriteAsync(r.MonthsReported, NpgsqlDbType.Integer, ct);
            await copy.WriteAsync(r.IsKey, NpgsqlDbType.Boolean, ct);
            await copy.WriteAsync(r.Threshold, NpgsqlDbType.Double, ct);
            await copy.WriteAsync(r.NewThisYear, NpgsqlDbType.Boolean, ct);
            await copy.WriteAsync(r.KeyReason, NpgsqlDbType.Varchar, ct);
            await copy.WriteAsync(r.IsCandidate, NpgsqlDbType.Boolean, ct);
            await copy.WriteAsync(r.CandidateInsufficientData, NpgsqlDbType.Boolean, ct);
            if (r.Score is { } score) await copy.WriteAsync(score, NpgsqlDbType.Double, ct); else await copy.WriteNullAsync(ct);
            if (r.EstimatedSavingsToe is { } saved) await copy.WriteAsync(saved, NpgsqlDbType.Double, ct); else await copy.WriteNullAsync(ct);
            await copy.WriteAsync(r.Reasons, NpgsqlDbType.Jsonb, ct);
            await copy.WriteAsync(r.ComputedAt, NpgsqlDbType.TimestampTz, ct);
        }
        await copy.CompleteAsync(ct);
    }
}
