using System.Net;
using System.Text;
using EnergySaving.Api.Training;
using EnergySaving.IntegrationTests.Infrastructure;

namespace EnergySaving.IntegrationTests.Training;

public sealed class OutcomesTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private async Task<(HttpClient Trainer, int Course, int Participant, int Facility)> EnrolledAsync(string name = "Đinh Thị Mai")
    {
        var trainer = await api.AsAsync("trainer");
        var facility = await api.CreateFacilityAsync();
        var course = await trainer.CreateCourseAsync();
        return (trainer, course, await trainer.EnrollAsync(course, name, facility), facility);
    }

    [Fact]
    public async Task Outcome_with_a_certificate_is_recorded_and_can_be_replaced()
    {
        var (trainer, course, participant, _) = await EnrolledAsync();
        var result = await trainer.OutcomeAsync(course, participant, TrainingRequests.Certified("QLNL-2025-001", score: 8.4m)).ExpectAsync(HttpStatusCode.OK);
        Assert.True(result.GetProperty("passed").GetBoolean());
        Assert.Equal(8.4m, result.GetProperty("examScore").GetDecimal());
        Assert.Equal("QLNL-2025-001", result.GetProperty("certificateNumber").GetString());
        Assert.Equal("2030-12-31", result.GetProperty("certificateValidUntil").GetString());

        // Sending it again is fine; so is a 0–100 score; then a correction to "failed" revokes the certificate (with its reason).
        await trainer.OutcomeAsync(course, participant, TrainingRequests.Certified("QLNL-2025-001", score: 84m)).ExpectAsync(HttpStatusCode.OK);
        var failed = await trainer.OutcomeAsync(course, participant, new { attended = true, examScore = 3.5, passed = false, revocationReason = "Re-marked" })
            .ExpectAsync(HttpStatusCode.OK);
        Assert.False(failed.TryGetProperty("certificateNumber", out _));
        Assert.Equal(0, await api.CountAsync("SELECT count(*) FROM training_participants WHERE certificate_number = 'QLNL-2025-001'"));
    }

    [Theory]
    [InlineData("certificateNumber", """{"attended":true,"examScore":3,"passed":false,"certificateNumber":"C-1","certificateIssuedOn":"2025-06-27"}""")]
    [InlineData("certificateIssuedOn", """{"attended":true,"passed":false,"certificateIssuedOn":"2025-06-27"}""")]
    [InlineData("certificateValidUntil", """{"attended":false,"passed":false,"certificateValidUntil":"2030-12-31"}""")]
    [InlineData("certificateValidUntil", """{"attended":true,"passed":true,"certificateNumber":"C-1","certificateIssuedOn":"2025-06-27","certificateValidUntil":"2025-06-26"}""")]
    [InlineData("certificateIssuedOn", """{"attended":true,"passed":true,"certificateNumber":"C-1"}""")]
    [InlineData("certificateNumber", """{"attended":true,"passed":true,"certificateIssuedOn":"2025-06-27"}""")]
    [InlineData("passed", """{"attended":false,"passed":true}""")]
    [InlineData("passed", """{"attended":true}""")]
    [InlineData("attended", """{"passed":false}""")]
    [InlineData("examScore", """{"attended":true,"examScore":100.5,"passed":true}""")]
    [InlineData("examScore", """{"attended":true,"examScore":-1,"passed":false}""")]
    [InlineData("examScore", """{"attended":true,"examScore":"8","passed":true}""")]
    [InlineData("attended", """{"attended":"yes","passed":true}""")]
    [InlineData("certificateIssuedOn", """{"attended":true,"passed":true,"certificateNumber":"C-1","certificateIssuedOn":"27/06/2025"}""")]
    public async Task Invalid_outcomes_get_400_naming_the_field_and_write_nothing(string field, string json)
    {
        var (trainer, course, participant, _) = await EnrolledAsync();
        await trainer.PutAsync($"/api/training/courses/{course}/participants/{participant}/outcome",
            new StringContent(json, Encoding.UTF8, "application/json")).ExpectFieldErrorAsync(field);
        Assert.Equal(1, await api.CountAsync(
            "SELECT count(*) FROM training_participants WHERE id = @p0 AND passed IS NULL AND attended IS NULL AND certificate_number IS NULL", participant));
    }

    [Fact]
    public async Task A_certificate_number_is_unique_across_the_service()
    {
        var (trainer, course, first, _) = await EnrolledAsync("Lương Quang Nam");
        var (_, otherCourse, second, _) = await EnrolledAsync("Trịnh Thành Cường");
        await trainer.OutcomeAsync(course, first, TrainingRequests.Certified("QLNL-UNIQ-1")).ExpectAsync(HttpStatusCode.OK);
        var conflict = await trainer.OutcomeAsync(otherCourse, second, TrainingRequests.Certified("  QLNL-UNIQ-1 ")).ExpectAsync(HttpStatusCode.Conflict);
        Assert.Contains("QLNL-UNIQ-1", conflict.GetProperty("detail").GetString());
        Assert.Equal(1, await api.CountAsync("SELECT count(*) FROM training_participants WHERE id = @p0 AND passed IS NULL", second));
    }

    [Fact]
    public async Task Participant_of_another_course_is_404()
    {
        var (trainer, _, participant, _) = await EnrolledAsync();
        var otherCourse = await trainer.CreateCourseAsync();
        await trainer.OutcomeAsync(otherCourse, participant, TrainingRequests.Certified("QLNL-404")).ExpectAsync(HttpStatusCode.NotFound);
        await trainer.OutcomeAsync(otherCourse, 987654, TrainingRequests.Certified("QLNL-404")).ExpectAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Energy_managers_are_the_people_with_a_certificate_valid_on_the_date()
    {
        var trainer = await api.AsAsync("trainer");
        var facility = await api.CreateFacilityAsync();
        var expiredOnly = await api.CreateFacilityAsync();
        var course = await trainer.CreateCourseAsync();

        async Task Certify(int facilityId, string name, object outcome) =>
            await trainer.OutcomeAsync(course, await trainer.EnrollAsync(course, name, facilityId), outcome).ExpectAsync(HttpStatusCode.OK);
        await Certify(facility, "Đặng Thanh Ngọc", TrainingRequests.Certified("EM-1", issuedOn: "2023-07-07", validUntil: "2030-12-31"));
        await Certify(facility, "Trần Thị Phương", TrainingRequests.Certified("EM-2", issuedOn: "2024-12-16", validUntil: null));
        await Certify(facility, "Ngô Văn Hải", new { attended = true, examScore = 4.0, passed = false });
        await Certify(facility, "Mai Văn Long", new { attended = true, passed = true }); // passed, no certificate yet
        await Certify(expiredOnly, "Lý Thị Thu", TrainingRequests.Certified("EM-3", issuedOn: "2020-01-10", validUntil: "2022-12-31"));

        async Task<string[]> Managers(int facilityId, string query)
        {
            var analyst = await api.AsAsync("analyst");
            var body = await analyst.GetAsync($"/api/facilities/{facilityId}/energy-managers{query}").ExpectAsync(HttpStatusCode.OK);
            Assert.Equal(facilityId, body.GetProperty("facilityId").GetInt32());
            return body.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("fullName").GetString()!).Order(StringComparer.Ordinal).ToArray();
        }

        Assert.Empty(await Managers(facility, "?on=2023-07-06"));
        Assert.Equal(["Đặng Thanh Ngọc"], await Managers(facility, "?on=2023-07-07"));
        Assert.Equal(["Trần Thị Phương", "Đặng Thanh Ngọc"], await Managers(facility, "?on=2025-01-01"));
        Assert.Equal(["Trần Thị Phương", "Đặng Thanh Ngọc"], await Managers(facility, "?on=2030-12-31"));
        Assert.Equal(["Trần Thị Phương"], await Managers(facility, "?on=2031-01-01"));
        Assert.Equal(["Trần Thị Phương", "Đặng Thanh Ngọc"], await Managers(facility, "")); // today (before 2031)
        Assert.Equal(["Lý Thị Thu"], await Managers(expiredOnly, "?on=2022-12-31"));
        Assert.Empty(await Managers(expiredOnly, "?on=2023-01-01"));

        var analystClient = await api.AsAsync("analyst");
        var item = (await analystClient.GetAsync($"/api/facilities/{facility}/energy-managers?on=2025-01-01").ExpectAsync(HttpStatusCode.OK))
            .GetProperty("items").EnumerateArray().First(p => p.GetProperty("certificateNumber").GetString() == "EM-1");
        Assert.Equal("2023-07-07", item.GetProperty("certificateIssuedOn").GetString());
        Assert.False(item.TryGetProperty("email", out _));
        await analystClient.GetAsync($"/api/facilities/{facility}/energy-managers?on=2025-02-30").ExpectFieldErrorAsync("on");
        await analystClient.GetAsync("/api/facilities/987654/energy-managers").ExpectAsync(HttpStatusCode.NotFound);

        // The helper the compliance report uses agrees.
        await api.WithDbAsync(async db =>
        {
            var on2025 = await EnergyManagerQueries.FacilitiesWithValidManagerAsync(db, new DateOnly(2025, 1, 1));
            Assert.Contains(facility, on2025);
            Assert.DoesNotContain(expiredOnly, on2025);
            Assert.Contains(expiredOnly, await EnergyManagerQueries.FacilitiesWithValidManagerAsync(db, new DateOnly(2022, 6, 1)));
            Assert.DoesNotContain(facility, await EnergyManagerQueries.FacilitiesWithValidManagerAsync(db, new DateOnly(2023, 1, 1)));
        });
    }

    [Fact]
    public async Task Reporters_get_403_for_energy_managers_even_of_their_own_facility()
    {
        var facility = await api.CreateFacilityAsync();
        var reporter = await api.AsAsync("reporter", facility);
        Assert.Equal(HttpStatusCode.Forbidden, (await reporter.GetAsync($"/api/facilities/{facility}/energy-managers")).StatusCode);
    }
}
