namespace InvoiceHub.Web.Identity;

/// <summary>How many failed sign-ins are evaluated before the rate limits refuse more (section <c>SignIn</c>).</summary>
internal sealed class SignInSettings
{
    public const string Section = "SignIn";

    /// <summary>Failed sign-ins one client address may make per window, whatever the accounts.</summary>
    public int FailuresPerAddress { get; set; } = 3;

    /// <summary>
    /// Failed sign-ins one account may receive per window, whatever the addresses. Below the lockout threshold
    /// (5 in a row), so guessing alone does not lock an account within one window.
    /// </summary>
    public int FailuresPerAccount { get; set; } = 4;

    /// <summary>The sliding window both limits count in.</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>
    /// A failed sign-in is answered no sooner than this after it arrived: a known account's failure does more work
    /// (the failure count, the audit entries in each of its tenants) than an unknown e-mail's, and the difference must
    /// not tell anyone which accounts exist.
    /// </summary>
    public TimeSpan FailedAnswerFloor { get; set; } = TimeSpan.FromMilliseconds(400);
}
