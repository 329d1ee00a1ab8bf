namespace InvoiceHub.Forwarding.Settings;

/// <summary>The DATEV standard chart of accounts (Sachkontenrahmen) of a tenant.</summary>
internal enum DatevChart
{
    Skr03,
    Skr04,
}
