using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Engine;

/// <summary>The rules a profile adds on top of the EN 16931 core (XRechnung BR-DE-*, Peppol, OIOUBL).</summary>
internal static class ProfileRules
{
    private static readonly IReadOnlyList<Rule> _none = [];

    public static IReadOnlyList<Rule> For(XmlSyntax syntax, string profile) => profile switch
    {
        _ => _none,
    };
}
