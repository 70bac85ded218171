using EnergySaving.Api.Auth;
using EnergySaving.Api.Common;
using EnergySaving.Api.Common.Messages;
using EnergySaving.Core.Messages;
using EnergySaving.Api.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace EnergySaving.Api.Training;

public static class CoursesApi
{
    public static RouteGroupBuilder MapCourses(this RouteGroupBuilder training)
    {
        training.MapPost("/courses", Create).RequireAuthorization(Policies.TrainingWriters)
            .WithName("CreateCourse").WithSummary("Register a course (admin, trainer); 409 when the code exists");
        training.MapGet("/courses", List)
            .WithName("ListCourses").WithSummary("List courses, optionally of one year (of the start date) and kind")
            .WithDescription("Filters: year (YYYY, the year the course starts), kind (energy-manager, energy-auditor, awareness, other).");
        training.MapGet("/courses/{id:int}", Get).WithName("GetCourse").WithSummary("One course with its number of participants");
        training.MapPut("/courses/{id:int}", Update).RequireAuthorization(Policies.TrainingWriters)
            .WithName("UpdateCourse")
            .WithSummary("Replace a course's fields (admin, trainer); 409 for a taken code or a capacity below the participants enrolled");
        return training;
    }

    private static async Task<Results<Created<CourseResponse>, ValidationProblem, ProblemHttpResult>> Create(
        CourseRequest body, EnergySavingDbContext db, CancellationToken ct) =>
        (await CreateAsync(body, db, ct)).ToCreated(c => $"/api/training/courses/{c.Id}");

    private static async Task<Results<Ok<List<CourseResponse>>, ValidationProblem, ProblemHttpResult>> List(
        EnergySavingDbContext db, CancellationToken ct, string? year = null, string? kind = null) =>
        (await ListAsync(db, ct, year, kind)).ToOk();

    public static async Task<Results<Ok<CourseResponse>, ValidationProblem, ProblemHttpResult>> Get(int id, EnergySavingDbContext db, CancellationToken ct) =>
        (await GetAsync(id, db, ct)).ToOk();

    private static async Task<Results<Ok<CourseResponse>, ValidationProblem, ProblemHttpResult>> Update(
        int id, CourseRequest body, EnergySavingDbContext db, CancellationToken ct) =>
        (await UpdateAsync(id, body, db, ct)).ToOk();

    public static Message NotFound(int id) => Message.Of("training.course.not-found", ("id", id));

    private static Message CodeTaken(string? code) => Message.Of("training.course.code-taken", ("code", code));

    public static async Task<Outcome<CourseResponse>> CreateAsync(CourseRequest body, EnergySavingDbContext db, CancellationToken ct)
    {
        var errors = CourseRules.Validate(body);
        if (errors.Count > 0) return Outcome<CourseResponse>.Invalid(errors);
        var course = new Course { Title = "", Location = "", Organizer = "" };
        CourseRules.Apply(body, course);
        db.Courses.Add(course);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            return Outcome<CourseResponse>.Conflict(CodeTaken(course.Code));
        }
        return Outcome<CourseResponse>.Ok(CourseResponse.From(course, 0));
    }

    public static async Task<Outcome<List<CourseResponse>>> ListAsync(
        EnergySavingDbContext db, CancellationToken ct, string? year = null, string? kind = null)
    {
        var errors = new FieldErrors();
        var yearFilter = CourseRules.ParseYear(year, required: false, errors);
        CourseKind? kindFilter = null;
        if (!string.IsNullOrEmpty(kind))
        {
            if (CourseKinds.TryParse(kind, out var k)) kindFilter = k;
            else errors.Add("kind", CourseRules.UnknownKind(kind));
        }
        if (errors.Count > 0) return Outcome<List<CourseResponse>>.Invalid(errors);

        var query = db.Courses.AsNoTracking();
        if (yearFilter is { } y) query = query.InYear(y);
        if (kindFilter is { } kf) query = query.Where(c => c.Kind == kf);
        var rows = await query.OrderBy(c => c.StartDate).ThenBy(c => c.Id)
            .Select(c => new { Course = c, Participants = db.Participants.Enrolled().Count(p => p.CourseId == c.Id) })
            .ToListAsync(ct);
        return Outcome<List<CourseResponse>>.Ok(rows.Select(r => CourseResponse.From(r.Course, r.Participants)).ToList());
    }

    public static async Task<Outcome<CourseResponse>> GetAsync(int id, EnergySavingDbContext db, CancellationToken ct)
    {
        var course = await db.Courses.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);
        if (course is null) return Outcome<CourseResponse>.NotFound(NotFound(id));
        var participants = await db.Participants.Enrolled().CountAsync(p => p.CourseId == id, ct);
        return Outcome<CourseResponse>.Ok(CourseResponse.From(course, participants));
    }

    public static async Task<Outcome<CourseResponse>> UpdateAsync(int id, CourseRequest body, EnergySavingDbContext db, CancellationToken ct)
    {
        var errors = CourseRules.Validate(body);
        if (errors.Count > 0) return Outcome<CourseResponse>.Invalid(errors);

        // Lock the course row as enrolment does, so a capacity cut and an enrolment cannot cross.
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var course = await CourseLock.LockAsync(db, id, ct);
        if (course is null) return Outcome<CourseResponse>.NotFound(NotFound(id));
        var participants = await db.Participants.Enrolled().CountAsync(p => p.CourseId == id, ct);
        if (body.Capacity is { } capacity && capacity < participants)
            return Outcome<CourseResponse>.Conflict(Message.Of("training.course.capacity-below-enrolled",
                ("id", id), ("participants", participants), ("capacity", capacity)));
        CourseRules.Apply(body, course);
        try
        {
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            return Outcome<CourseResponse>.Conflict(CodeTaken(course.Code));
        }
        return Outcome<CourseResponse>.Ok(CourseResponse.From(course, participants));
    }
}
