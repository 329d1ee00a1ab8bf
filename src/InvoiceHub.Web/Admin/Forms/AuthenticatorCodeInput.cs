namespace InvoiceHub.Web.Admin.Forms;

/// <summary>A code typed from an authenticator app (to enrol it, or as the second sign-in step), or a recovery code.</summary>
public sealed class AuthenticatorCodeInput
{
    public string? Code { get; set; }

    /// <summary>At sign-in only: the code is one of the recovery codes, not the app's.</summary>
    public bool IsRecoveryCode { get; set; }
}
