using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace EnergySaving.Api.Infrastructure;

public static class PostgresErrors
{
    public static bool IsUniqueViolation(this Exception e) =>
        (e as PostgresException ?? e.InnerException as PostgresException)?.SqlState == PostgresErrorCodes.UniqueViolation;

    public static bool IsUniqueViolation(this DbUpdateException e) => ((Exception)e).IsUniqueViolation();
}
