namespace InvoiceHub.Web.Admin.Forms;

/// <summary>The user's password, asked again before a change to their second factor.</summary>
public sealed class PasswordConfirmationInput
{
    public string? Password { get; set; }
}
