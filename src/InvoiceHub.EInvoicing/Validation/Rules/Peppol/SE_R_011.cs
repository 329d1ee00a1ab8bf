using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Peppol;

/// <summary>SE-R-011: For Swedish suppliers using Swedish Bankgiro or Plusgiro, the proper way to indicate this is to use Code 30 for PaymentMeans and FinancialInstitutionBranch ID with code SE:BANKGIRO or SE:PLUSGIRO</summary>
internal sealed class SE_R_011() : XmlRule("SE-R-011", "For Swedish suppliers using Swedish Bankgiro or Plusgiro, the proper way to indicate this is to use Code 30 for PaymentMeans and FinancialInstitutionBranch ID with code SE:BANKGIRO or SE:PLUSGIRO", Severity.Warning)
{
    protected override void Check(XElement root, bool cii, ValidationContext context, FindingSink findings)
    {
        if (!PeppolNational.SeSupplier(root, cii))
        {
            return;
        }

        foreach (var means in cii ? root.AllAt(PeppolNational.PaymentMeans) : root.AllAt("cac:PaymentMeans"))
        {
            // UBL compares the code as written, CII normalized.
            if (cii ? means.NormalizedTextAt("ram:TypeCode") is "50" or "56" : means.AllAt("cbc:PaymentMeansCode").Any(c => c.Value is "50" or "56"))
            {
                Fail(findings, means);
            }
        }
    }
}
