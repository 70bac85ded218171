using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace EnergySaving.Api.Infrastructure;

public static class PostgresErrors
{
    public static bool IsUniqueViolation(this Exception e) =>
        (e as PostgresException ?? e.InnerException as PostgresException)?.SqlState == PostgresErrorCodes.UniqueViolation;

    public static bool IsUniqueViolation(this DbUpdateException e) => ((Exception)e).IsUniqueViolation();

    /// <summary>The name of the unique index a unique violation hit (e.g. to tell which field conflicts).</summary>
    public static string? ConstraintName(this Exception e) =>
        (e as PostgresException ?? e.InnerException as PostgresException)?.ConstraintName;

    public static bool IsForeignKeyViolation(this Exception e) =>
        (e as PostgresException ?? e.InnerException as PostgresException)?.SqlState == PostgresErrorCodes.ForeignKeyViolation;
}
