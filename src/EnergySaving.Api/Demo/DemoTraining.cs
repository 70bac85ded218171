using System.Globalization;
using EnergySaving.Api.Common.Messages;
using EnergySaving.Api.Infrastructure;
using EnergySaving.Api.Training;
using Microsoft.EntityFrameworkCore;
using nietras.SeparatedValues;

namespace EnergySaving.Api.Demo;

/// <summary>
/// Loads seed-data/training-courses.csv and training-participants.csv (after the facilities). A course
/// whose code already exists is skipped with its participants, so running again adds nothing.
/// </summary>
public static class DemoTraining
{
    public static async Task<(int Courses, int Participants)> LoadAsync(EnergySavingDbContext db, string seedFolder, CancellationToken ct = default)
    {
        var existing = (await db.Courses.Where(c => c.Code != null).Select(c => c.Code!).ToListAsync(ct)).ToHashSet();
        var facilities = await db.Facilities.ToDictionaryAsync(f => f.Code, f => f.Id, ct);

        var newCourses = new Dictionary<string, Course>();
        var coursesPath = Path.Combine(seedFolder, "training-courses.csv");
        using (var reader = Sep.Reader(o => o with { Unescape = true }).FromFile(coursesPath))
        {
            foreach (var row in reader)
            {
                var request = new CourseRequest(row["code"].ToString(), row["title"].ToString(), row["kind"].ToString(),
                    Date(row["start_date"].ToString()), Date(row["end_date"].ToString()), row["location"].ToString(),
                    row["organizer"].ToString(), Int(row["capacity"].ToString()));
                Check(CourseRules.Validate(request), coursesPath, row.LineNumberFrom);
                if (existing.Contains(request.Code!.Trim())) continue;
                var course = new Course { Title = "", Location = "", Organizer = "" };
                CourseRules.Apply(request, course);
                newCourses[course.Code!] = course;
            }
        }

        var participantsPath = Path.Combine(seedFolder, "training-participants.csv");
        var participants = new List<(Course Course, Participant Participant)>();
        using (var reader = Sep.Reader(o => o with { Unescape = true }).FromFile(participantsPath))
        {
            foreach (var row in reader)
            {
                if (!newCourses.TryGetValue(row["course_code"].ToString(), out var course)) continue;
                var facilityCode = row["facility_code"].ToString();
                if (!facilities.TryGetValue(facilityCode, out var facilityId))
                    throw new InvalidDataException($"{participantsPath} line {row.LineNumberFrom}: unknown facility '{facilityCode}'.");
                var request = new ParticipantRequest(row["full_name"].ToString(), facilityId, row["position"].ToString(),
                    row["email"].ToString(), row["phone"].ToString(), Date(row["date_of_birth"].ToString()));
                Check(ParticipantRules.Validate(request, DateOnly.MaxValue), participantsPath, row.LineNumberFrom);
                var participant = ParticipantRules.Create(0, request);

                var attended = Bool(row["attended"].ToString());
                if (attended is not null)
                {
                    var outcome = new OutcomeRequest(attended, Decimal(row["exam_score"].ToString()), Bool(row["passed"].ToString()),
                        row["certificate_number"].ToString(), Date(row["certificate_issued_on"].ToString()),
                        Date(row["certificate_valid_until"].ToString()));
                    Check(OutcomeRules.Validate(outcome), participantsPath, row.LineNumberFrom);
                    OutcomeRules.Apply(outcome, participant);
                }
                participants.Add((course, participant));
            }
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.Courses.AddRange(newCourses.Values);
        await db.SaveChangesAsync(ct);
        foreach (var (course, participant) in participants) participant.CourseId = course.Id;
        db.Participants.AddRange(participants.Select(x => x.Participant));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return (newCourses.Count, participants.Count);
    }

    private static void Check(FieldErrors errors, string path, int line)
    {
        if (errors.Count > 0)
            throw new InvalidDataException($"{path} line {line}: {string.Join("; ", errors.Render(WebCultures.En).Select(e => $"{e.Key}: {e.Value[0]}"))}");
    }

    private static DateOnly? Date(string s) =>
        s.Length == 0 ? null : DateOnly.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static int? Int(string s) => s.Length == 0 ? null : int.Parse(s, CultureInfo.InvariantCulture);

    private static decimal? Decimal(string s) => s.Length == 0 ? null : decimal.Parse(s, NumberStyles.Number, CultureInfo.InvariantCulture);

    private static bool? Bool(string s) => s.Length == 0 ? null : bool.Parse(s);
}
