using System.Globalization;
using System.Net.Sockets;
using EnergySaving.Api.Infrastructure;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using EnergySaving.Core.Messages;
using Npgsql;

namespace EnergySaving.Api.Common;

/// <summary>
/// The database being down, restarting or out of connections is not the client's fault and not a bug: answer
/// 503 with Retry-After, so that clients (and load balancers) retry, instead of a 500 that says "broken". The
/// pool drops dead connections by itself, so the service recovers when the server is back.
/// </summary>
public sealed class DatabaseUnavailableHandler(IProblemDetailsService problems, DatabaseSettings settings,
    ILogger<DatabaseUnavailableHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
    {
        if (!IsUnavailable(exception) || http.Response.HasStarted) return false;
        logger.LogWarning(exception, "Database unavailable: answering 503");
        http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        http.Response.Headers.RetryAfter = settings.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            Exception = exception,
            ProblemDetails = Unavailable(settings.RetryAfterSeconds),
        });
    }

    /// <summary>503 in the request's language (the API's culture is set before the exception handler runs), with its code.</summary>
    private static ProblemDetails Unavailable(int retryAfterSeconds)
    {
        var detail = Message.Of("database.unavailable", ("seconds", retryAfterSeconds));
        var problem = new ProblemDetails { Status = StatusCodes.Status503ServiceUnavailable, Title = "Service unavailable", Detail = detail.Render() };
        foreach (var (name, value) in Problems.CodeOf(detail)) problem.Extensions[name] = value;
        return problem;
    }

    /// <summary>
    /// Connection-level failures anywhere in the chain (EF Core wraps them): no server, a refused or broken
    /// socket, a pool wait that timed out, and the server's own "too many clients", "shutting down", "starting up".
    /// Errors of a statement (constraint, syntax, bad text) are not in this list.
    /// </summary>
    public static bool IsUnavailable(Exception exception)
    {
        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case PostgresException pg:
                    return pg.SqlState.StartsWith("08", StringComparison.Ordinal) // connection exception
                        || pg.SqlState.StartsWith("53", StringComparison.Ordinal) // insufficient resources (53300 too many connections)
                        || pg.SqlState is "57P01" or "57P02" or "57P03"; // admin/crash shutdown, cannot connect now
                case NpgsqlException npgsql when npgsql.InnerException is null or SocketException or TimeoutException or IOException
                    or EndOfStreamException:
                    return true; // no PostgresException: the failure is in reaching the server or the pool
                case SocketException or TimeoutException:
                    return true;
            }
        }
        return false;
    }
}
