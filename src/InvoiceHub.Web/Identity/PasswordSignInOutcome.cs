namespace InvoiceHub.Web.Identity;

/// <summary>How a sign-in with e-mail and password ended.</summary>
internal enum PasswordSignInOutcome
{
    SignedIn,

    /// <summary>Right password, but a second factor is still needed.</summary>
    RequiresTwoFactor,

    /// <summary>Unknown e-mail or wrong password (one answer for both).</summary>
    Failed,

    /// <summary>Right password of a locked account.</summary>
    LockedOut,

    /// <summary>Too many failed sign-ins from this address or for this account: refused unchecked.</summary>
    Throttled,
}
