using System.Globalization;
using System.Reflection;
using EnergySaving.Api.Common;
using EnergySaving.Api.Common.Messages;
using EnergySaving.Core.Messages;
using EnergySaving.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;
using nietras.SeparatedValues;

namespace EnergySaving.Api.SupportProjects;

/// <summary>
/// Caps on support as dated data. At start-up seed-data/support-caps.csv (embedded) adds the rows that are
/// missing, like the conversion factors; rows the center added or corrected since are never overwritten.
/// </summary>
public sealed class SupportCaps(EnergySavingDbContext db)
{
    public const string ResourceName = "support-caps.csv";

    public static async Task SeedAsync(IServiceProvider services, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EnergySavingDbContext>();
        await using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        using var reader = Sep.Reader(o => o with { Unescape = true }).From(stream);
        foreach (var row in reader)
        {
            var request = new SupportCapRequest(row["kind"].ToString(),
                decimal.Parse(row["max_share"].ToString(), CultureInfo.InvariantCulture),
                long.Parse(row["max_vnd"].ToString(), CultureInfo.InvariantCulture),
                DateOnly.ParseExact(row["valid_from"].ToString(), "yyyy-MM-dd", CultureInfo.InvariantCulture),
                row["source"].ToString());
            if (Validate(request) is { Count: > 0 } errors)
                throw new InvalidDataException($"{ResourceName} line {row.LineNumberFrom}: {string.Join(" ", errors.Render(Web.WebCultures.En).SelectMany(e => e.Value))}");
            await db.Database.ExecuteSqlInterpolatedAsync($"""
                INSERT INTO support_caps (kind, max_share, max_vnd, valid_from, source)
                VALUES ({request.Kind}, {request.MaxShare}, {request.MaxVnd}, {request.ValidFrom}, {request.Source})
                ON CONFLICT (kind, valid_from) DO NOTHING
                """, ct);
        }
    }

    /// <summary>The cap in force for a kind on a date: the row with the latest valid-from on or before it.</summary>
    public Task<SupportCap?> InForceAsync(string kind, DateOnly on, CancellationToken ct) =>
        db.Set<SupportCap>().AsNoTracking().Where(c => c.Kind == kind && c.ValidFrom <= on)
            .OrderByDescending(c => c.ValidFrom).FirstOrDefaultAsync(ct);

    public async Task<List<SupportCapResponse>> ListAsync(CancellationToken ct) =>
        (await db.Set<SupportCap>().AsNoTracking().OrderBy(c => c.Kind).ThenBy(c => c.ValidFrom).ToListAsync(ct)).Select(ToResponse).ToList();

    public async Task<Outcome<SupportCapResponse>> CreateAsync(SupportCapRequest r, CancellationToken ct)
    {
        if (Validate(r) is { Count: > 0 } errors) return Outcome<SupportCapResponse>.Invalid(errors);
        var cap = new SupportCap { Kind = "", Source = "" };
        Apply(r, cap);
        db.Add(cap);
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            return Outcome<SupportCapResponse>.Conflict(Message.Of("support.cap.exists", ("kind", cap.Kind), ("validFrom", cap.ValidFrom)));
        }
        return Outcome<SupportCapResponse>.Ok(ToResponse(cap));
    }

    public async Task<Outcome<SupportCapResponse>> UpdateAsync(int id, SupportCapRequest r, CancellationToken ct)
    {
        if (Validate(r) is { Count: > 0 } errors) return Outcome<SupportCapResponse>.Invalid(errors);
        var cap = await db.Set<SupportCap>().FirstOrDefaultAsync(c => c.Id == id, ct);
        if (cap is null) return Outcome<SupportCapResponse>.NotFound(Message.Of("support.cap.not-found", ("id", id)));
        Apply(r, cap);
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            return Outcome<SupportCapResponse>.Conflict(Message.Of("support.cap.conflict", ("kind", cap.Kind), ("validFrom", cap.ValidFrom)));
        }
        return Outcome<SupportCapResponse>.Ok(ToResponse(cap));
    }

    public static FieldErrors Validate(SupportCapRequest r)
    {
        var errors = new FieldErrors();
        SupportProjectRules.CheckChoice(errors, "kind", r.Kind, SupportProjectRules.Kinds, required: true);
        if (r.MaxShare is not { } share || share <= 0 || share > 1) errors.Add("maxShare", Message.Of("support.cap.share-invalid"));
        SupportProjectRules.CheckMoney(errors, "maxVnd", r.MaxVnd, required: true);
        if (r.ValidFrom is null) errors.Add("validFrom", Training.CourseRules.DateRequired("validFrom"));
        errors.CheckDate("validFrom", r.ValidFrom);
        errors.CheckRequired("source", r.Source, SupportProjectRules.SourceMaxLength);
        return errors;
    }

    private static void Apply(SupportCapRequest r, SupportCap cap)
    {
        cap.Kind = r.Kind!;
        cap.MaxShare = r.MaxShare!.Value;
        cap.MaxVnd = r.MaxVnd!.Value;
        cap.ValidFrom = r.ValidFrom!.Value;
        cap.Source = r.Source!.Trim();
    }

    private static SupportCapResponse ToResponse(SupportCap c) => new(c.Id, c.Kind, c.MaxShare, c.MaxVnd, c.ValidFrom, c.Source);
}
