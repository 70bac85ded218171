using System.Net;
using System.Net.Http.Json;
using System.Text;
using EnergySaving.IntegrationTests.Infrastructure;

namespace EnergySaving.IntegrationTests.Security;

/// <summary>Runs alone: it measures the managed heap of the process, which other test classes would disturb.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MemoryCollection
{
    public const string Name = "memory";
}

/// <summary>Issue 8, point 1: no cache grows with client input, and error messages stay short whatever the input.</summary>
[Collection(MemoryCollection.Name)]
public sealed class MemoryBoundTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task Carrier_and_unit_strings_varied_with_whitespace_do_not_grow_the_heap()
    {
        var facility = await api.CreateFacilityAsync();
        var reporter = await api.AsAsync("reporter", facility);

        // Each request names electricity in kWh, padded with 20,000 blanks that differ in where the tab is:
        // distinct strings, the same (carrier, unit). The production is invalid, so every request is refused.
        async Task SendAsync(int from, int count)
        {
            for (var i = from; i < from + count; i++)
            {
                var pad = new string(' ', i) + "\t" + new string(' ', 20_000 - i);
                var body = new
                {
                    entries = new[] { new { carrier = pad + "electricity" + pad, quantity = 1000.0, unit = pad + "kWh" + pad } },
                    production = new { quantity = -1.0, unit = "t" },
                };
                var response = await reporter.PutAsJsonAsync($"/api/facilities/{facility}/consumption/2025-01", body);
                Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            }
        }

        await SendAsync(0, 100); // warm up: code paths, pools, the one legitimate cache entry
        var before = Heap();
        await SendAsync(100, 1_500);
        var growth = Heap() - before;
        // Before the fix each request kept ~160 KB of key strings: ~240 MB here.
        Assert.True(growth < 40L * 1024 * 1024, $"The managed heap grew by {growth / 1024 / 1024} MB over 1,500 refused requests.");
        Assert.Equal(0, await api.CountAsync("SELECT count(*) FROM consumption_months WHERE facility_id = @p0", facility));
    }

    private static long Heap()
    {
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    [Fact]
    public async Task A_huge_bad_value_gives_a_short_message_and_the_error_list_stays_small()
    {
        var facility = await api.CreateFacilityAsync("MEM-IMPORT-1");
        var analyst = await api.AsAsync("analyst");
        var huge = new string('9', 100_000) + "x";
        var csv = new StringBuilder("facility_code,month,carrier,quantity,unit,production_quantity,production_unit\n");
        for (var i = 1; i <= 50; i++)
            csv.Append($"MEM-IMPORT-1,2024-{(i % 12) + 1:00},{huge},{huge},{huge},{huge},{huge}\n");
        var response = await analyst.PostAsync("/api/consumption/imports", new StringContent(csv.ToString(), Encoding.UTF8, "text/csv"));
        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(text.Length < 100_000, $"A 5 MB upload gave a {text.Length:N0}-character error response.");

        var errors = (await Task.FromResult(response).ExpectAsync(HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.True(errors.GetArrayLength() > 0);
        Assert.All(errors.EnumerateArray(), e => Assert.True(e.GetProperty("message").GetString()!.Length <= 300, e.ToString()));
        Assert.Equal(0, await api.CountAsync("SELECT count(*) FROM consumption_months WHERE facility_id = @p0", facility));
    }
}
