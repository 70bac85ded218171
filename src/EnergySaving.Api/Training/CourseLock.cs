using EnergySaving.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EnergySaving.Api.Training;

internal static class CourseLock
{
    /// <summary>
    /// Loads the course (tracked) and locks its row until the surrounding transaction ends
    /// (SELECT … FOR UPDATE): enrolments of one course are counted and inserted one at a time.
    /// </summary>
    public static async Task<Course?> LockAsync(EnergySavingDbContext db, int courseId, CancellationToken ct)
    {
        var rows = await db.Courses.FromSql($"SELECT * FROM training_courses WHERE id = {courseId} FOR UPDATE").ToListAsync(ct);
        return rows.SingleOrDefault();
    }
}
