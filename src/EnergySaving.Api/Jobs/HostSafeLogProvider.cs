using Hangfire.AspNetCore;
using Hangfire.Logging;

namespace EnergySaving.Api.Jobs;

/// <summary>
/// Hangfire's log provider is process-wide (static), while logger factories belong to hosts. When several hosts
/// share a process (integration tests) and one is disposed, its factory throws ObjectDisposedException in the
/// others' Hangfire calls; this wrapper drops those log lines instead of failing the job or the request.
/// </summary>
internal sealed class HostSafeLogProvider(ILoggerFactory factory) : ILogProvider
{
    private readonly AspNetCoreLogProvider _inner = new(factory);

    public ILog GetLogger(string name)
    {
        try
        {
            return new SafeLog(_inner.GetLogger(name));
        }
        catch (ObjectDisposedException)
        {
            return new SafeLog(null);
        }
    }

    private sealed class SafeLog(ILog? inner) : ILog
    {
        public bool Log(Hangfire.Logging.LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null)
        {
            if (inner is null) return false;
            try
            {
                return inner.Log(logLevel, messageFunc!, exception!);
            }
            catch (ObjectDisposedException)
            {
                return false;
            }
        }
    }
}
