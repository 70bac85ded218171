using EnergySaving.Core.Messages;
using EnergySaving.Api.Common.Messages;
using EnergySaving.Api.Common;
using System.Globalization;
using EnergySaving.Api.Auth.Accounts;
using Microsoft.EntityFrameworkCore;

namespace EnergySaving.Api.Auth.Pages;

/// <summary>Accounts (admins): create, change role, a reporter's facilities, disable, reset a password. Calls AccountService, as the API does.</summary>
[Authorize(Policy = Policies.Admin, AuthenticationSchemes = WebAuth.Scheme)]
public sealed class UsersModel(AccountService accounts, EnergySavingDbContext db) : PageModel
{
    public sealed class AccountInput
    {
        public string? Email { get; set; }
        public string? Password { get; set; }
        public string? Role { get; set; }
        public string? FacilityIds { get; set; }
        public bool Disabled { get; set; }
    }

    [BindProperty] public AccountInput Input { get; set; } = new();
    public List<UserResponse> Users { get; private set; } = [];
    public Dictionary<int, string> FacilityCodes { get; private set; } = [];
    /// <summary>Which form was refused: "create", or a user's id.</summary>
    public string? ErrorForm { get; private set; }
    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();
    public string? Message { get; private set; }
    public string? Notice { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        var ids = ReadIds("create");
        var result = ids is null ? null : await accounts.CreateAsync(new CreateUserRequest(Input.Email, Input.Password, Input.Role, ids), ct);
        return await AnswerAsync("create", result, "Account created.", ct);
    }

    public async Task<IActionResult> OnPostUpdateAsync(string userId, CancellationToken ct)
    {
        var ids = ReadIds(userId);
        var result = ids is null ? null : await accounts.UpdateAsync(userId, new UpdateUserRequest(Input.Role, ids, Input.Disabled), ct);
        return await AnswerAsync(userId, result, "Account saved.", ct);
    }

    public async Task<IActionResult> OnPostPasswordAsync(string userId, CancellationToken ct) =>
        await AnswerAsync(userId + "-password", await accounts.SetPasswordAsync(userId, Input.Password, ct), "Password reset.", ct);

    private int[]? ReadIds(string form)
    {
        var ids = new List<int>();
        foreach (var part in (Input.FacilityIds ?? "").Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var id)) ids.Add(id);
            else
            {
                ErrorForm = form;
                Errors = new FieldErrors("facilityIds", EnergySaving.Core.Messages.Message.Of("account.facilities.not-numbers")).Render();
                return null;
            }
        }
        return [.. ids];
    }

    private async Task<IActionResult> AnswerAsync<T>(string form, Outcome<T>? result, string notice, CancellationToken ct)
    {
        if (result?.Refusal is { Status: StatusCodes.Status404NotFound }) return NotFound();
        if (result is { IsOk: true })
        {
            Notice = notice;
            Input = new AccountInput();
        }
        else
        {
            ErrorForm = form;
            // In the page's language, from the codes; a conflict (the email is taken, the last admin) is shown above the form.
            if (result?.Refusal is { Errors: null, Detail: { } detail }) Message = detail.Render();
            else if (result?.Refusal is { } refusal) Errors = refusal.ToPageErrors("form");
            Response.StatusCode = result?.Refusal?.Status ?? StatusCodes.Status400BadRequest;
        }
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Users = await accounts.ListAsync(ct);
        var ids = Users.SelectMany(u => u.FacilityIds).Distinct().ToList();
        FacilityCodes = await db.Facilities.AsNoTracking().Where(f => ids.Contains(f.Id)).ToDictionaryAsync(f => f.Id, f => f.Code, ct);
    }

    public string? ErrorFor(string form, string field) => ErrorForm == form && Errors.TryGetValue(field, out var m) ? string.Join(" ", m) : null;
}
