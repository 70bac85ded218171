using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using EnergySaving.IntegrationTests.Infrastructure;

namespace EnergySaving.IntegrationTests.Auth;

/// <summary>
/// The refusals of accounts and sign-in as codes and texts: the same codes in both languages, the texts in the
/// request's language, Content-Language accordingly, and no account written.
/// </summary>
public sealed class AccountMessagesTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private static async Task<(HttpResponseMessage Response, JsonElement Body)> SendAsync(HttpClient client, HttpMethod method, string url,
        object? body, bool vietnamese)
    {
        var request = new HttpRequestMessage(method, url) { Content = body is null ? null : JsonContent.Create(body) };
        if (vietnamese) request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue("vi"));
        var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    private static string[] Codes(JsonElement body) =>
        body.GetProperty("errorCodes").EnumerateObject()
            .SelectMany(f => f.Value.EnumerateArray().Select(m => $"{f.Name}: {m.GetProperty("code").GetString()}"
                                                                 + (m.TryGetProperty("args", out var a) ? a.GetRawText() : "")))
            .ToArray();

    private static string[] Errors(JsonElement body, string field) =>
        body.GetProperty("errors").GetProperty(field).EnumerateArray().Select(e => e.GetString()!).ToArray();

    [Fact]
    public async Task A_refused_account_answers_the_same_codes_in_both_languages_and_creates_nobody()
    {
        var admin = await api.AdminAsync();
        var users = await api.CountAsync("SELECT count(*) FROM users");
        var bad = new { email = "not-an-email", password = "", role = "boss" };
        var (en, enBody) = await SendAsync(admin, HttpMethod.Post, "/api/users", bad, vietnamese: false);
        var (vi, viBody) = await SendAsync(admin, HttpMethod.Post, "/api/users", bad, vietnamese: true);
        Assert.Equal(HttpStatusCode.BadRequest, en.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, vi.StatusCode);
        Assert.Equal("en", en.Content.Headers.ContentLanguage.Single());
        Assert.Equal("vi", vi.Content.Headers.ContentLanguage.Single());
        Assert.Equal(
            [
                "email: account.email.invalid",
                "password: account.password.required",
                """role: account.role.unknown{"roles":["admin","analyst","trainer","reporter"]}""",
            ], Codes(enBody));
        Assert.Equal(Codes(enBody), Codes(viBody));
        Assert.Equal(["A valid email is required."], Errors(enBody, "email"));
        Assert.Equal(["Cần một địa chỉ email hợp lệ."], Errors(viBody, "email"));
        Assert.Equal(["Vai trò phải là một trong admin, analyst, trainer, reporter."], Errors(viBody, "role"));
        Assert.Equal(users, await api.CountAsync("SELECT count(*) FROM users"));
    }

    [Fact]
    public async Task The_password_policy_says_its_minimum_in_both_languages()
    {
        var admin = await api.AdminAsync();
        var body = new { email = "short-password@test.example", password = "short", role = "analyst" };
        var (_, enBody) = await SendAsync(admin, HttpMethod.Post, "/api/users", body, vietnamese: false);
        var (_, viBody) = await SendAsync(admin, HttpMethod.Post, "/api/users", body, vietnamese: true);
        Assert.Equal(["""password: account.password.too-short{"min":12}"""], Codes(enBody));
        Assert.Equal(Codes(enBody), Codes(viBody));
        Assert.Equal(["The password must have at least 12 characters."], Errors(enBody, "password"));
        Assert.Equal(["Mật khẩu cần ít nhất 12 ký tự."], Errors(viBody, "password"));
        Assert.Equal(0, await api.CountAsync("SELECT count(*) FROM users WHERE email = 'short-password@test.example'"));
    }

    [Fact]
    public async Task An_unknown_user_and_a_failed_sign_in_carry_their_codes()
    {
        var admin = await api.AdminAsync();
        var (missing, missingBody) = await SendAsync(admin, HttpMethod.Put, "/api/users/no-such-user", new { disabled = true }, vietnamese: true);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("account.not-found", missingBody.GetProperty("code").GetString());
        Assert.Equal("Không tìm thấy tài khoản no-such-user.", missingBody.GetProperty("detail").GetString());

        var login = new { email = "nobody@test.example", password = "wrong-password-0" };
        var (en, enBody) = await SendAsync(api.Anonymous(), HttpMethod.Post, "/api/auth/login", login, vietnamese: false);
        var (vi, viBody) = await SendAsync(api.Anonymous(), HttpMethod.Post, "/api/auth/login", login, vietnamese: true);
        Assert.Equal(HttpStatusCode.Unauthorized, en.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, vi.StatusCode);
        Assert.Equal("auth.sign-in.failed", enBody.GetProperty("code").GetString());
        Assert.Equal("auth.sign-in.failed", viBody.GetProperty("code").GetString());
        Assert.Equal("Invalid email or password, or the account is locked after repeated failed sign-ins.", enBody.GetProperty("detail").GetString());
        Assert.Equal("Email hoặc mật khẩu không đúng, hoặc tài khoản đang bị khoá do đăng nhập sai nhiều lần.", viBody.GetProperty("detail").GetString());
    }
}
