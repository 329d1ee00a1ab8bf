using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;

namespace InvoiceHub.EInvoicing.Validation.Rules.Peppol;

/// <summary>PEPPOL-EN16931-R007: Business process MUST be in the format 'urn:fdc:peppol.eu:2017:poacc:billing:NN:1.0' where NN indicates the process number.</summary>
internal sealed class PEPPOL_EN16931_R007() : XmlRule("PEPPOL-EN16931-R007", "Business process MUST be in the format 'urn:fdc:peppol.eu:2017:poacc:billing:NN:1.0' where NN indicates the process number.")
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        Assert(findings, root, PeppolChecks.Profile(root, cii) != "Unknown");
    }
}
