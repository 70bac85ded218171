using System.Net;
using System.Net.Http.Json;
using System.Text;
using EnergySaving.IntegrationTests.Infrastructure;

namespace EnergySaving.IntegrationTests.Training;

public sealed class ParticipantsTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private Task<long> ParticipantsOfAsync(int course) => api.CountAsync("SELECT count(*) FROM training_participants WHERE course_id = @p0", course);

    [Fact]
    public async Task Enrolment_returns_the_participant_with_its_facility()
    {
        var trainer = await api.AsAsync("trainer");
        var facility = await api.CreateFacilityAsync();
        var course = await trainer.CreateCourseAsync();
        var created = await trainer.PostAsJsonAsync($"/api/training/courses/{course}/participants",
            TrainingRequests.Person("  Nguyễn   Văn An ", facility)).ExpectAsync(HttpStatusCode.Created);
        Assert.Equal("Nguyễn Văn An", created.GetProperty("fullName").GetString());
        Assert.Equal(facility, created.GetProperty("facilityId").GetInt32());
        Assert.StartsWith("Facility ", created.GetProperty("facilityName").GetString());
        Assert.Equal("an.nv@demo.example", created.GetProperty("email").GetString());
        Assert.False(created.TryGetProperty("passed", out _));
        Assert.Equal(1, (await trainer.GetAsync($"/api/training/courses/{course}").ExpectAsync(HttpStatusCode.OK)).GetProperty("participants").GetInt32());
    }

    [Fact]
    public async Task The_same_person_of_the_same_facility_only_once_per_course()
    {
        var trainer = await api.AsAsync("trainer");
        var (a, b) = (await api.CreateFacilityAsync(), await api.CreateFacilityAsync());
        var course = await trainer.CreateCourseAsync();
        await trainer.EnrollAsync(course, "Nguyễn Văn An", a);

        foreach (var same in new[] { "nguyễn  văn an", "  NGUYỄN VĂN AN ", "Nguyễn Văn An".Normalize(NormalizationForm.FormD) })
        {
            var conflict = await trainer.PostAsJsonAsync($"/api/training/courses/{course}/participants", TrainingRequests.Person(same, a))
                .ExpectAsync(HttpStatusCode.Conflict);
            Assert.Contains("already enrolled", conflict.GetProperty("detail").GetString());
        }
        // A name is one line: a tab in it is refused (one text rule), not read as a space.
        await trainer.PostAsJsonAsync($"/api/training/courses/{course}/participants", TrainingRequests.Person("Nguyễn\tVăn An", a))
            .ExpectFieldErrorAsync("fullName");
        Assert.Equal(1, await ParticipantsOfAsync(course));

        await trainer.EnrollAsync(course, "Nguyen Van An", a);      // no diacritics: another person
        await trainer.EnrollAsync(course, "Nguyễn Văn Ân", a);      // another person
        await trainer.EnrollAsync(course, "Nguyễn Văn An", b);      // same name, other facility
        var other = await trainer.CreateCourseAsync();
        await trainer.EnrollAsync(other, "Nguyễn Văn An", a);       // same person, other course
        Assert.Equal(4, await ParticipantsOfAsync(course));
    }

    [Theory]
    [InlineData("fullName", """{"facilityId":FACILITY}""")]
    [InlineData("fullName", """{"fullName":"   ","facilityId":FACILITY}""")]
    [InlineData("fullName", """{"fullName":"L\uD800","facilityId":FACILITY}""")]
    [InlineData("fullName", """{"fullName":"Lê\u0000Bình","facilityId":FACILITY}""")]
    [InlineData("facilityId", """{"fullName":"Lê Văn Bình"}""")]
    [InlineData("facilityId", """{"fullName":"Lê Văn Bình","facilityId":987654}""")]
    [InlineData("facilityId", """{"fullName":"Lê Văn Bình","facilityId":-1}""")]
    [InlineData("facilityId", """{"fullName":"Lê Văn Bình","facilityId":"x"}""")]
    [InlineData("email", """{"fullName":"Lê Văn Bình","facilityId":FACILITY,"email":"not-an-address"}""")]
    [InlineData("dateOfBirth", """{"fullName":"Lê Văn Bình","facilityId":FACILITY,"dateOfBirth":"2999-01-01"}""")]
    [InlineData("dateOfBirth", """{"fullName":"Lê Văn Bình","facilityId":FACILITY,"dateOfBirth":"17/05/1980"}""")]
    [InlineData("phone", """{"fullName":"Lê Văn Bình","facilityId":FACILITY,"phone":"0912345678901234567890123456789012345678901234567890123"}""")]
    public async Task Invalid_participants_get_400_naming_the_field_and_write_nothing(string field, string json)
    {
        var trainer = await api.AsAsync("trainer");
        var facility = await api.CreateFacilityAsync();
        var course = await trainer.CreateCourseAsync();
        await trainer.PostAsync($"/api/training/courses/{course}/participants",
            new StringContent(json.Replace("FACILITY", facility.ToString()), Encoding.UTF8, "application/json")).ExpectFieldErrorAsync(field);
        Assert.Equal(0, await ParticipantsOfAsync(course));
    }

    [Fact]
    public async Task A_full_course_is_409_and_writes_nothing()
    {
        var trainer = await api.AsAsync("trainer");
        var facility = await api.CreateFacilityAsync();
        var course = await trainer.CreateCourseAsync(TrainingRequests.Course(capacity: 2));
        await trainer.EnrollAsync(course, "Phạm Thị Lan", facility);
        await trainer.EnrollAsync(course, "Vũ Đức Thắng", facility);
        var full = await trainer.PostAsJsonAsync($"/api/training/courses/{course}/participants", TrainingRequests.Person("Hoàng Minh Tuấn", facility))
            .ExpectAsync(HttpStatusCode.Conflict);
        Assert.Contains("full", full.GetProperty("detail").GetString());
        Assert.Equal(2, await ParticipantsOfAsync(course));
        Assert.Equal(0, await api.CountAsync("SELECT count(*) FROM training_participants WHERE full_name = 'Hoàng Minh Tuấn'"));
    }

    [Fact]
    public async Task Twenty_enrolments_racing_for_the_last_five_seats_give_five_201_and_fifteen_409()
    {
        var trainer = await api.AsAsync("trainer");
        var facility = await api.CreateFacilityAsync();
        var course = await trainer.CreateCourseAsync(TrainingRequests.Course(capacity: 6));
        await trainer.EnrollAsync(course, "Người đăng ký trước", facility);

        var responses = await Task.WhenAll(Enumerable.Range(1, 20).Select(i =>
            trainer.PostAsJsonAsync($"/api/training/courses/{course}/participants", TrainingRequests.Person($"Trần Văn Số {i}", facility))));
        var statuses = responses.Select(r => r.StatusCode).ToList();
        Assert.Equal(5, statuses.Count(s => s == HttpStatusCode.Created));
        Assert.Equal(15, statuses.Count(s => s == HttpStatusCode.Conflict));
        Assert.Equal(6, await ParticipantsOfAsync(course));
    }

    [Fact]
    public async Task Twenty_racing_enrolments_of_the_same_person_give_one_201()
    {
        var trainer = await api.AsAsync("trainer");
        var facility = await api.CreateFacilityAsync();
        var course = await trainer.CreateCourseAsync();
        var spellings = new[] { "Bùi Thị Hạnh", "bùi thị hạnh", " BÙI  THỊ HẠNH ", "Bùi Thị Hạnh".Normalize(NormalizationForm.FormD) };

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
            trainer.PostAsJsonAsync($"/api/training/courses/{course}/participants", TrainingRequests.Person(spellings[i % spellings.Length], facility))));
        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.Created));
        Assert.Equal(19, responses.Count(r => r.StatusCode == HttpStatusCode.Conflict));
        Assert.Equal(1, await ParticipantsOfAsync(course));
    }
}
