namespace InvoiceHub.Web.Ui;

/// <summary>
/// Per-user choices kept as Identity user claims (accounts.asp_net_user_claims): they travel in the sign-in cookie,
/// so no page needs a query to know them, and they survive sign-out and a switch of device.
/// </summary>
internal static class UserPreferenceClaims
{
    /// <summary>The tenant the user last chose to work in (one of their memberships).</summary>
    public const string Tenant = InvoiceHub.Accounts.Users.AccountClaimTypes.PreferredTenant;

    /// <summary>The culture the user chose for texts, dates and amounts (<c>en-GB</c> or <c>de-DE</c>).</summary>
    public const string Culture = "preferred_culture";
}
