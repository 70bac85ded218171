using EnergySaving.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EnergySaving.Api.Training;

internal sealed record ParticipantRow(Participant Participant, string FacilityCode, string FacilityName);

internal static class ParticipantQueries
{
    /// <summary>A course's participants with their facility's code and name, in enrolment order.</summary>
    public static async Task<List<ParticipantRow>> OfCourseAsync(EnergySavingDbContext db, int courseId, CancellationToken ct)
    {
        var rows = await db.Participants.AsNoTracking()
            .Where(p => p.CourseId == courseId)
            .Join(db.Facilities, p => p.FacilityId, f => f.Id, (p, f) => new { Participant = p, f.Code, f.Name })
            .OrderBy(r => r.Participant.Id)
            .ToListAsync(ct);
        return rows.Select(r => new ParticipantRow(r.Participant, r.Code, r.Name)).ToList();
    }
}
