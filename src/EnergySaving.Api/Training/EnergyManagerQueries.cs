using EnergySaving.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EnergySaving.Api.Training;

/// <summary>Who holds a valid energy-manager certificate on a date; also used by the compliance report.</summary>
public static class EnergyManagerQueries
{
    /// <summary>
    /// Participants holding a certificate valid on <paramref name="on"/>: passed, a certificate number,
    /// issued on or before that day, and valid until that day or later (no end date = still valid).
    /// Any course kind counts: the certificate is what matters.
    /// </summary>
    public static IQueryable<Participant> ValidCertificatesOn(this IQueryable<Participant> participants, DateOnly on) =>
        participants.Where(p => p.Passed == true && p.CertificateNumber != null
                                && p.CertificateIssuedOn <= on
                                && (p.CertificateValidUntil == null || p.CertificateValidUntil >= on));

    /// <summary>Ids of the facilities with at least one certified energy manager on <paramref name="on"/>.</summary>
    public static async Task<HashSet<int>> FacilitiesWithValidManagerAsync(EnergySavingDbContext db, DateOnly on, CancellationToken ct = default)
    {
        var ids = await db.Participants.AsNoTracking().ValidCertificatesOn(on).Select(p => p.FacilityId).Distinct().ToListAsync(ct);
        return ids.ToHashSet();
    }
}
