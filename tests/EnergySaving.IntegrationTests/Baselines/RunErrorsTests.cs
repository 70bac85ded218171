using EnergySaving.Api.Baselines;
using EnergySaving.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace EnergySaving.IntegrationTests.Baselines;

public sealed class RunErrorsTests(BaselinesFixture api) : IClassFixture<BaselinesFixture>
{
    [Fact]
    public async Task A_facility_that_fails_is_recorded_in_the_run_errors_and_the_others_are_fitted()
    {
        var good = await api.FacilityAsync("ERR-GOOD");
        var other = await api.FacilityAsync("ERR-OTHER");
        foreach (var id in new[] { good, other })
            for (var m = 1; m <= 12; m++) await api.MonthAsync(id, new DateOnly(2023, m, 1), 30 + m, 300 + (7 * m));

        // The API refuses unknown ids; a facility can still disappear between the request and its batch.
        // The starter takes the ids as they are, so a missing one (in the same batch as the good ones) fails inside the job.
        const int vanished = 987_654;
        Guid runId;
        await using (var scope = api.Services.CreateAsyncScope())
            runId = (await scope.ServiceProvider.GetRequiredService<BaselineRunStarter>().StartAsync([good, vanished, other], "test", "test", default)).Id;

        var progress = await api.WaitAsync(runId);
        Assert.Equal("succeeded", progress.GetProperty("status").GetString());
        Assert.Equal(3, progress.GetProperty("facilitiesDone").GetInt32());
        var error = Assert.Single(progress.GetProperty("errors").EnumerateArray());
        Assert.Contains(vanished.ToString(System.Globalization.CultureInfo.InvariantCulture), error.ToString());
        Assert.Equal(2, await api.CountAsync("SELECT count(*) FROM facility_baselines WHERE facility_id IN (@p0, @p1) AND status = 'fitted'", good, other));
    }
}
