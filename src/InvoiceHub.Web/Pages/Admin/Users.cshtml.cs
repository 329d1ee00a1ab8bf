using FluentValidation;
using InvoiceHub.Accounts.Users;
using InvoiceHub.Accounts.Users.CreateUser;
using InvoiceHub.Accounts.Users.ListUsers;
using InvoiceHub.Accounts.Users.LockUser;
using InvoiceHub.Accounts.Users.ResetPassword;
using InvoiceHub.Accounts.Users.UpdateMembership;
using InvoiceHub.Web.Admin;
using InvoiceHub.Web.Ui.Validation;
using Microsoft.AspNetCore.Mvc;

namespace InvoiceHub.Web.Pages.Admin;

/// <summary>The current tenant's users: create with a one-time password, role and permissions, lock, reset password.</summary>
internal sealed class UsersModel(
    ListUsersHandler list,
    CreateUserHandler create,
    UpdateMembershipHandler update,
    LockUserHandler lockUser,
    ResetPasswordHandler resetPassword,
    IValidator<NewUser> newUserValidator,
    IValidator<MembershipChange> membershipValidator) : AdminPageModel
{
    public IReadOnlyList<TenantUser> Users { get; private set; } = [];

    [BindProperty]
    public NewUserForm New { get; set; } = new();

    [BindProperty]
    public Guid? RowUserId { get; set; }

    [BindProperty]
    public string? RowRole { get; set; }

    [BindProperty]
    public List<string> RowPermissions { get; set; } = [];

    /// <summary>A one-time password just issued: shown on this response only.</summary>
    public (string Email, string Password)? OneTimePassword { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken cancellationToken)
    {
        var input = new NewUser(New.Email, New.DisplayName, New.Role, New.Permissions);
        var result = await this.ValidateAsync(newUserValidator, input, nameof(New), cancellationToken)
            ? await create.HandleAsync(TenantId, input, Actor, cancellationToken)
            : null;
        AddErrors(result?.Errors ?? new Dictionary<string, string>(), nameof(New));
        if (result?.Value is { } created)
        {
            OneTimePassword = (created.Email, created.OneTimePassword);
            New = new NewUserForm();
            ModelState.Clear();
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostMembershipAsync(CancellationToken cancellationToken)
    {
        if (RowUserId is not { } userId)
        {
            return NotFound();
        }

        var change = new MembershipChange(userId, RowRole, RowPermissions);
        var result = await this.ValidateAsync(membershipValidator, change, field => "Row" + field, cancellationToken)
            ? await update.HandleAsync(TenantId, change, Actor, cancellationToken)
            : null;
        if (result is not { Succeeded: true })
        {
            foreach (var (field, message) in result?.Errors ?? new Dictionary<string, string>())
            {
                ModelState.AddModelError("Row" + field, message);
            }

            await LoadAsync(cancellationToken);
            return Page();
        }

        Notice = "Role and permissions saved; they apply from the user's next page.";
        return RedirectToPage();
    }

    public Task<IActionResult> OnPostLockAsync(CancellationToken cancellationToken) => SetLockAsync(true, cancellationToken);

    public Task<IActionResult> OnPostUnlockAsync(CancellationToken cancellationToken) => SetLockAsync(false, cancellationToken);

    public async Task<IActionResult> OnPostResetPasswordAsync(CancellationToken cancellationToken)
    {
        if (RowUserId is not { } userId || await resetPassword.HandleAsync(TenantId, userId, Actor, cancellationToken) is not { } password)
        {
            return NotFound();
        }

        await LoadAsync(cancellationToken);
        OneTimePassword = (Users.Single(u => u.Id == userId).Email, password);
        return Page();
    }

    private async Task<IActionResult> SetLockAsync(bool locked, CancellationToken cancellationToken)
    {
        if (RowUserId is not { } userId || !await lockUser.HandleAsync(TenantId, userId, locked, Actor, cancellationToken))
        {
            return NotFound();
        }

        Notice = locked ? "User locked: they cannot sign in, and their open sessions end within a minute." : "User unlocked.";
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken cancellationToken) => Users = await list.HandleAsync(TenantId, cancellationToken);

    /// <summary>The create form's fields, kept as typed when they are refused.</summary>
    public sealed class NewUserForm
    {
        public string? Email { get; set; }

        public string? DisplayName { get; set; }

        public string? Role { get; set; } = Roles.Bookkeeper;

        public List<string> Permissions { get; set; } = [];
    }
}
