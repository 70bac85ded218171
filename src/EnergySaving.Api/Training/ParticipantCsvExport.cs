using System.Globalization;
using System.Text;
using EnergySaving.Api.Auth;
using EnergySaving.Api.Common;
using EnergySaving.Api.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace EnergySaving.Api.Training;

/// <summary>
/// A course's participant list as CSV for the certifying body: UTF-8 with a BOM (so spreadsheet
/// programs read Vietnamese names right), a header row, RFC 4180 quoting, CRLF line ends.
/// </summary>
public static class ParticipantCsvExport
{
    public const string ContentType = "text/csv; charset=utf-8";

    public static readonly IReadOnlyList<string> Header =
    [
        "no", "full_name", "facility_code", "facility_name", "position", "email", "phone", "date_of_birth",
        "attended", "exam_score", "passed", "certificate_number", "certificate_issued_on", "certificate_valid_until",
    ];

    public static RouteGroupBuilder MapParticipantCsvExport(this RouteGroupBuilder training)
    {
        training.MapGet("/courses/{id:int}/participants.csv", Export).RequireAuthorization(Policies.TrainingWriters)
            .WithName("ExportParticipantsCsv")
            .WithSummary("The course's participants as CSV, UTF-8 with BOM, personal data included (admin, trainer)");
        return training;
    }

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Export(int id, EnergySavingDbContext db, CancellationToken ct)
    {
        var course = await db.Courses.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);
        if (course is null) return Problems.NotFound(CoursesApi.NotFound(id));
        var rows = await ParticipantQueries.OfCourseAsync(db, id, ct);
        var bytes = Write(rows);
        return TypedResults.File(bytes, ContentType, $"course-{course.Code ?? id.ToString(CultureInfo.InvariantCulture)}-participants.csv");
    }

    internal static byte[] Write(IReadOnlyList<ParticipantRow> rows)
    {
        var csv = new StringBuilder();
        AppendLine(csv, Header);
        var no = 0;
        foreach (var (p, facilityCode, facilityName) in rows)
            AppendLine(csv,
            [
                (++no).ToString(CultureInfo.InvariantCulture), p.FullName, facilityCode, facilityName, p.Position, p.Email, p.Phone,
                Date(p.DateOfBirth), Bool(p.Attended), p.ExamScore?.ToString("0.##", CultureInfo.InvariantCulture), Bool(p.Passed),
                p.CertificateNumber, Date(p.CertificateIssuedOn), Date(p.CertificateValidUntil),
            ]);
        var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);
        return [.. encoding.GetPreamble(), .. encoding.GetBytes(csv.ToString())];
    }

    /// <summary>Every cell is neutralised: a name or phone starting with = + - @ must not run as a formula.</summary>
    private static void AppendLine(StringBuilder csv, IReadOnlyList<string?> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0) csv.Append(',');
            csv.Append(Escape(SpreadsheetCells.Neutralise(fields[i])));
        }
        csv.Append("\r\n");
    }

    /// <summary>RFC 4180: a field with a comma, a quote or a line break is quoted, quotes doubled.</summary>
    internal static string Escape(string? field)
    {
        if (string.IsNullOrEmpty(field)) return "";
        return field.AsSpan().IndexOfAny(",\"\r\n") < 0 ? field : "\"" + field.Replace("\"", "\"\"") + "\"";
    }

    private static string? Date(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    private static string? Bool(bool? b) => b switch { true => "true", false => "false", null => null };
}
