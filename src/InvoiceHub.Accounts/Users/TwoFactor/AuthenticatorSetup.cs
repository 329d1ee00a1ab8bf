namespace InvoiceHub.Accounts.Users.TwoFactor;

/// <summary>
/// A user's second factor as their account page shows it: on, with how many recovery codes are left; or off, with
/// the key to enter into an authenticator app (grouped for typing, and as the <c>otpauth://</c> URI a QR code holds).
/// </summary>
public sealed record AuthenticatorSetup(bool Enabled, int RecoveryCodesLeft, string SharedKey, string AuthenticatorUri);
