using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Peppol;

/// <summary>SE-R-012: For domestic transactions between Swedish trading partners, credit transfer should be indicated by PaymentMeansCode="30"</summary>
internal sealed class SE_R_012() : XmlRule("SE-R-012", "For domestic transactions between Swedish trading partners, credit transfer should be indicated by PaymentMeansCode=\"30\"", Severity.Warning)
{
    private const string CiiMessage = "For domestic transactions between Swedish trading partners, credit transfer should be indicated by PaymentMeansCode=”30”";

    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        if (!PeppolNational.SeSupplier(root, cii) || !PeppolChecks.AddressCountryIs(root, cii, seller: false, "SE"))
        {
            return;
        }

        foreach (var means in cii ? root.AllAt(PeppolNational.PaymentMeans) : root.AllAt("cac:PaymentMeans"))
        {
            if (cii ? means.NormalizedTextAt("ram:TypeCode") == "31" : means.AllAt("cbc:PaymentMeansCode").Any(c => c.Value == "31"))
            {
                Assert(findings, means, false, cii ? CiiMessage : Message);
            }
        }
    }
}
