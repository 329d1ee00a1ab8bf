using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Peppol;

/// <summary>PEPPOL-COMMON-R041: Norwegian organization number MUST be stated in the correct format.</summary>
internal sealed class PEPPOL_COMMON_R041() : XmlRule("PEPPOL-COMMON-R041", "Norwegian organization number MUST be stated in the correct format.")
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        foreach (var id in PeppolIdentifiers.WithScheme(context.Xml!, cii, "0192", endpointOnly: false))
        {
            var value = id.Norm();
            Assert(findings, id, value.Length == 9 && PeppolChecks.Mod11(value));
        }
    }
}
