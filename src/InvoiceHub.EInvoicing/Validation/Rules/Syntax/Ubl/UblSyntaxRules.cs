using System.Xml.Linq;
using InvoiceHub.EInvoicing.Validation.Engine;
using InvoiceHub.EInvoicing.Validation.Xml;

namespace InvoiceHub.EInvoicing.Validation.Rules.Syntax.Ubl;

/// <summary>
/// The EN 16931 UBL syntax binding rules (UBL-SR-*, UBL-DT-*, UBL-CR-*): cardinalities, data types and
/// elements the core invoice does not use. They read the XML because the model cannot see repeated or extra elements.
/// </summary>
internal static class UblSyntaxRules
{
    private static readonly XNamespace _cac = Ns.Cac;
    private static readonly XNamespace _cbc = Ns.Cbc;

    public static IReadOnlyList<Rule> Create()
    {
        var rules = new List<Rule>();
        rules.AddRange(Cardinalities());
        rules.AddRange(Assertions());
        rules.AddRange(RestrictionTable.Load("ubl-restrictions"));
        return rules;
    }

    private static IEnumerable<Rule> Cardinalities()
    {
        const string Root = "/";
        yield return new MaxOccursRule("UBL-SR-01", "Contract identifier shall occur maximum once.", Root, "cac:ContractDocumentReference/cbc:ID", 1);
        yield return new MaxOccursRule("UBL-SR-02", "Receive advice identifier shall occur maximum once.", Root, "cac:ReceiptDocumentReference/cbc:ID", 1);
        yield return new MaxOccursRule("UBL-SR-03", "Despatch advice identifier shall occur maximum once.", Root, "cac:DespatchDocumentReference/cbc:ID", 1);
        yield return new MaxOccursRule("UBL-SR-05", "Payment terms shall occur maximum once.", Root, "cac:PaymentTerms/cbc:Note", 1);
        yield return new MaxOccursRule("UBL-SR-08", "Invoice period shall occur maximum once.", Root, "cac:InvoicePeriod", 1);
        yield return new MaxOccursRule("UBL-SR-09", "Seller name shall occur maximum once.", Root, "cac:AccountingSupplierParty/cac:Party/cac:PartyLegalEntity/cbc:RegistrationName", 1);
        yield return new MaxOccursRule("UBL-SR-10", "Seller trader name shall occur maximum once.", Root, "cac:AccountingSupplierParty/cac:Party/cac:PartyName/cbc:Name", 1);
        yield return new MaxOccursRule("UBL-SR-11", "Seller legal registration identifier shall occur maximum once.", Root, "cac:AccountingSupplierParty/cac:Party/cac:PartyLegalEntity/cbc:CompanyID", 1);
        yield return new MaxOccursRule("UBL-SR-14", "Seller additional legal information shall occur maximum once.", Root, "cac:AccountingSupplierParty/cac:Party/cac:PartyLegalEntity/cbc:CompanyLegalForm", 1);
        yield return new MaxOccursRule("UBL-SR-15", "Buyer name shall occur maximum once.", Root, "cac:AccountingCustomerParty/cac:Party/cac:PartyLegalEntity/cbc:RegistrationName", 1);
        yield return new MaxOccursRule("UBL-SR-16", "Buyer identifier shall occur maximum once.", Root, "cac:AccountingCustomerParty/cac:Party/cac:PartyIdentification/cbc:ID", 1);
        yield return new MaxOccursRule("UBL-SR-17", "Buyer legal registration identifier shall occur maximum once.", Root, "cac:AccountingCustomerParty/cac:Party/cac:PartyLegalEntity/cbc:CompanyID", 1);
        yield return new MaxOccursRule("UBL-SR-24", "Deliver to information shall occur maximum once.", Root, "cac:Delivery", 1);
        yield return new MaxOccursRule("UBL-SR-39", "Project reference shall occur maximum once.", Root, "cac:ProjectReference/cbc:ID", 1);
        yield return new MaxOccursRule("UBL-SR-40", "Buyer trade name shall occur maximum once.", Root, "cac:AccountingCustomerParty/cac:Party/cac:PartyName/cbc:Name", 1);
        yield return new MaxOccursRule("UBL-SR-45", "Due Date shall occur maximum once.", Root, "cac:PaymentMeans/cbc:PaymentDueDate", 1);
        yield return new MaxOccursRule("UBL-SR-46", "Payment means text shall occur maximum once.", Root, "cac:PaymentMeans/cbc:PaymentMeansCode/@name", 1);
        yield return new MaxOccursRule("UBL-SR-49", "Value tax point date shall occur maximum once.", Root, "cac:InvoicePeriod/cbc:DescriptionCode", 1);
        yield return new MaxOccursRule("UBL-SR-54", "An Invoice shall contain maximum one Payment Card account (BG-18).", Root, "cac:PaymentMeans/cac:CardAccount", 1);
        yield return new MaxOccursRule("UBL-SR-55", "An Invoice shall contain maximum one Payment Mandate (BG-19).", Root, "cac:PaymentMeans/cac:PaymentMandate", 1);
        yield return new MaxOccursRule("UBL-SR-56", "An Invoice shall contain maximum one Originator document reference identifier (BT-17).", Root, "cac:OriginatorDocumentReference/cbc:ID", 1);
        yield return new MaxOccursRule("UBL-SR-51", "An address can only have one third line.", "//cac:PostalAddress", "cac:AddressLine", 1);
        yield return new MaxOccursRule("UBL-SR-51", "An address can only have one third line.", "//cac:Address", "cac:AddressLine", 1);
        yield return new MaxOccursRule("UBL-SR-42", "Party tax scheme shall occur maximum twice in accounting supplier party.", "cac:AccountingSupplierParty/cac:Party", "cac:PartyTaxScheme", 2);
        yield return new MaxOccursRule("UBL-SR-33", "Supporting document description shall occur maximum once.", "cac:AdditionalDocumentReference", "cbc:DocumentDescription", 1);
        yield return new MaxOccursRule("UBL-SR-25", "Deliver to party name shall occur maximum once.", "cac:Delivery", "cac:DeliveryParty/cac:PartyName/cbc:Name", 1);
        yield return new MaxOccursRule("UBL-SR-26", "Payment reference shall occur maximum once.", "cac:PaymentMeans", "cbc:PaymentID", 1);
        yield return new MaxOccursRule("UBL-SR-27", "Payment means text shall occur maximum once.", "cac:PaymentMeans", "cbc:PaymentMeansCode", 1);
        yield return new MaxOccursRule("UBL-SR-28", "Mandate reference identifier shall occur maximum once.", "cac:PaymentMeans", "cac:PaymentMandate/cbc:ID", 1);
        yield return new MaxOccursRule("UBL-SR-06", "Preceding invoice reference shall occur maximum once.", "cac:BillingReference", "cac:InvoiceDocumentReference", 1);
        yield return new MaxOccursRule("UBL-SR-07", "If there is a preceding invoice reference, the preceding invoice number shall be present.", "cac:BillingReference", "cac:InvoiceDocumentReference/cbc:ID", int.MaxValue, 1);
        yield return new MaxOccursRule("UBL-SR-22", "Seller tax representative name shall occur maximum once, if the Seller has a tax representative.", "cac:TaxRepresentativeParty", "cac:PartyName/cbc:Name", 1);
        yield return new MaxOccursRule("UBL-SR-23", "Seller tax representative VAT identifier shall occur maximum once, if the Seller has a tax representative.", "cac:TaxRepresentativeParty", "cac:PartyTaxScheme/cbc:CompanyID", 1);
        yield return new MaxOccursRule("UBL-SR-32", "VAT exemption reason text shall occur maximum once.", "cac:TaxSubtotal", "cac:TaxCategory/cbc:TaxExemptionReason", 1);
        foreach (var line in new[] { "cac:InvoiceLine", "cac:CreditNoteLine" })
        {
            yield return new MaxOccursRule("UBL-SR-34", "Invoice line note shall occur maximum once.", line, "cbc:Note", 1);
            yield return new MaxOccursRule("UBL-SR-35", "Referenced purchase order line identifier shall occur maximum once.", line, "cac:OrderLineReference/cbc:LineID", 1);
            yield return new MaxOccursRule("UBL-SR-36", "Invoice line period shall occur maximum once.", line, "cac:InvoicePeriod", 1);
            yield return new MaxOccursRule("UBL-SR-37", "Item price discount shall occur maximum once.", line, "cac:Price/cac:AllowanceCharge/cbc:Amount", 1);
            yield return new MaxOccursRule("UBL-SR-48", "Invoice lines shall have one and only one classified tax category.", line, "cac:Item/cac:ClassifiedTaxCategory", 1, 1);
            yield return new MaxOccursRule("UBL-SR-50", "Item description shall occur maximum once.", line, "cac:Item/cbc:Description", 1);
            yield return new MaxOccursRule("UBL-SR-52", "Document reference shall occur maximum once.", line, "cac:DocumentReference", 1);
        }
    }

    private static IEnumerable<Rule> Assertions()
    {
        static IEnumerable<XElement> Root(XmlIndex x) => [x.Root];
        // `PartyTaxScheme[cac:TaxScheme/upper-case(cbc:ID) = 'VAT']` (or `!= 'VAT'`): no trimming; a TaxScheme without
        // an ID reads as "" (so it is not VAT), a PartyTaxScheme without a TaxScheme is neither.
        static int CountCompanyIds(XElement root, string party, bool vat) =>
            root.Elements(_cac + party).Elements(_cac + "Party").Elements(_cac + "PartyTaxScheme")
                .Where(p => p.Elements(_cac + "TaxScheme").Any(t => string.Equals(t.Element(_cbc + "ID")?.Value ?? string.Empty, "VAT", StringComparison.OrdinalIgnoreCase) == vat))
                .Sum(p => p.Elements(_cbc + "CompanyID").Count());
        static bool ChargeIs(XElement allowanceCharge, bool charge) =>
            charge ? allowanceCharge.Child(_cbc + "ChargeIndicator").IsTrue() : allowanceCharge.Child(_cbc + "ChargeIndicator").IsFalse();
        static bool PayeeDiffers(XElement payee)
        {
            // XPath general comparison: false when either side is empty, so a missing name fails too.
            var payeeNames = payee.Elements(_cac + "PartyName").Elements(_cbc + "Name").Select(e => e.Value).ToList();
            var sellerNames = payee.Parent?.Path(_cac + "AccountingSupplierParty", _cac + "Party")?
                .Elements(_cac + "PartyLegalEntity").Elements(_cbc + "RegistrationName").Select(e => e.Value).ToList() ?? [];
            return payeeNames.Any(p => sellerNames.Any(s => s != p));
        }

        yield return new XmlAssertRule("UBL-SR-04", "Invoice object identifier shall occur maximum once.", Root,
            (r, _) => r.Elements(_cac + "AdditionalDocumentReference").Where(d => d.Child(_cbc + "DocumentTypeCode")?.Value == "130").Sum(d => d.Elements(_cbc + "ID").Count()) <= 1);
        yield return new XmlAssertRule("UBL-SR-12", "Seller VAT identifier shall occur maximum once.", Root, (r, _) => CountCompanyIds(r, "AccountingSupplierParty", true) <= 1);
        yield return new XmlAssertRule("UBL-SR-13", "Seller tax registration shall occur maximum once.", Root, (r, _) => CountCompanyIds(r, "AccountingSupplierParty", false) <= 1);
        yield return new XmlAssertRule("UBL-SR-18", "Buyer VAT identifier shall occur maximum once.", Root, (r, _) => CountCompanyIds(r, "AccountingCustomerParty", true) <= 1);
        yield return new XmlAssertRule("UBL-SR-29", "Bank creditor reference shall occur maximum once.", Root,
            (_, x) => x.Named(_cbc + "ID").Count(id => id.Parent?.Name == _cac + "PartyIdentification" && string.Equals((string?)id.Attribute("schemeID"), "SEPA", StringComparison.OrdinalIgnoreCase)) <= 1);
        yield return new XmlAssertRule("UBL-SR-44", "An Invoice may only have one unique PaymentID, but the PaymentID may be used for multiple PaymentMeans.", Root,
            (_, x) => x.Named(_cbc + "PaymentID").Select(e => e.Value).Distinct(StringComparer.Ordinal).Count() <= 1);
        yield return new XmlAssertRule("UBL-SR-47", "When there are more than one payment means code, they shall be equal.", Root,
            (_, x) => x.Named(_cbc + "PaymentMeansCode").Select(e => e.Value).Distinct(StringComparer.Ordinal).Count() <= 1);
        yield return new XmlAssertRule("UBL-SR-43", "Scheme identifier shall only be used for invoiced object (document type code with value 130 or 50).",
            x => x.Named(_cac + "AdditionalDocumentReference"),
            (d, x) => d.Child(_cbc + "DocumentTypeCode")?.Value == "130"
                || (x.IsCreditNote && d.Child(_cbc + "DocumentTypeCode")?.Value == "50")
                || (d.Elements(_cbc + "ID").All(id => id.Attribute("schemeID") is null) && d.Child(_cbc + "DocumentTypeCode") is null));
        yield return new XmlAssertRule("UBL-SR-30", "Document level allowance reason shall occur maximum once.",
            x => x.Named(_cac + "AllowanceCharge").Where(a => ChargeIs(a, false)), (a, _) => a.Elements(_cbc + "AllowanceChargeReason").Count() <= 1);
        yield return new XmlAssertRule("UBL-SR-31", "Document level charge reason shall occur maximum once.",
            x => x.Named(_cac + "AllowanceCharge").Where(a => ChargeIs(a, true)), (a, _) => a.Elements(_cbc + "AllowanceChargeReason").Count() <= 1);
        yield return new XmlAssertRule("UBL-SR-53", "CompanyID (VAT Identifier) must be stated when providing the PartyTaxScheme/TaxScheme/ID.",
            x => x.Named(_cac + "PartyTaxScheme"), (p, _) => p.Path(_cac + "TaxScheme", _cbc + "ID") is not null && p.Child(_cbc + "CompanyID") is not null);
        yield return new XmlAssertRule("UBL-SR-19", "Payee name shall occur maximum once, if the Payee is different from the Seller.",
            x => x.Named(_cac + "PayeeParty"), (p, _) => p.Elements(_cac + "PartyName").Elements(_cbc + "Name").Count() <= 1 && PayeeDiffers(p));
        yield return new XmlAssertRule("UBL-SR-20", "Payee identifier shall occur maximum once, if the Payee is different from the Seller.",
            x => x.Named(_cac + "PayeeParty"),
            (p, _) => p.Elements(_cac + "PartyIdentification").Elements(_cbc + "ID").Count(id => !string.Equals((string?)id.Attribute("schemeID"), "SEPA", StringComparison.OrdinalIgnoreCase)) <= 1 && PayeeDiffers(p));
        yield return new XmlAssertRule("UBL-SR-21", "Payee legal registration identifier shall occur maximum once, if the Payee is different from the Seller.",
            x => x.Named(_cac + "PayeeParty"), (p, _) => p.Elements(_cac + "PartyLegalEntity").Elements(_cbc + "CompanyID").Count() <= 1 && PayeeDiffers(p));

        yield return new XmlAssertRule("UBL-DT-01", "Amounts shall be decimal up to two fraction digits.",
            x => x.All.Where(e => e.Name.LocalName.EndsWith("Amount", StringComparison.Ordinal) && !e.Name.LocalName.EndsWith("PriceAmount", StringComparison.Ordinal) && !IsInPriceAllowance(e)),
            (e, _) => XmlExtensions.FractionDigits(e.Value) <= 2);
        var binaryObjects = new SharedContexts(x => x.All.Where(e => e.Name.LocalName.EndsWith("BinaryObject", StringComparison.Ordinal)));
        yield return new XmlAssertRule("UBL-DT-06", "Binary object elements shall contain the mime code attribute.", binaryObjects, (e, _) => e.Attribute("mimeCode") is not null);
        yield return new XmlAssertRule("UBL-DT-07", "Binary object elements shall contain the file name attribute.", binaryObjects, (e, _) => e.Attribute("filename") is not null);
        yield return new XmlAssertRule("UBL-DT-18", "Name attribute should not be present.", Root,
            (_, x) => x.All.All(e => e.Attribute("name") is null || e.Name == _cbc + "PaymentMeansCode"), Severity.Warning);

        yield return new XmlAssertRule("UBL-CR-666", "A UBL invoice shall not include an AdditionalDocumentReference simultaneously referring an Invoice Object Identifier and an Attachment.",
            x => x.Named(_cac + "AdditionalDocumentReference"), (d, _) => d.Child(_cbc + "DocumentTypeCode")?.Value != "130" || d.Child(_cac + "Attachment") is null);
        yield return new XmlAssertRule("UBL-CR-673", "A UBL invoice shall not include an AdditionalDocumentReference simultaneously referring an Invoice Object Identifier and an Document Description.",
            x => x.Named(_cac + "AdditionalDocumentReference"), (d, _) => d.Child(_cbc + "DocumentTypeCode")?.Value != "130" || d.Child(_cbc + "DocumentDescription") is null);
        yield return new XmlAssertRule("UBL-CR-002", "A UBL invoice should not include the UBLVersionID or it should be 2.1.", Root,
            (r, _) => r.Child(_cbc + "UBLVersionID") is not { } v || v.Value == "2.1", Severity.Warning);
        // The XPath path steps through every PaymentMeans, not only the first (a second one can hold the element).
        yield return new XmlAssertRule("UBL-CR-412", "A UBL invoice should not include the PaymentMeans PaymentDueDate.", Root,
            (r, x) => x.IsCreditNote || !r.Elements(_cac + "PaymentMeans").Elements(_cbc + "PaymentDueDate").Any(), Severity.Warning);
        yield return new XmlAssertRule("UBL-CR-420", "A UBL invoice should not include the PaymentMeans CardAccount CV2ID.", Root,
            (r, _) => !r.Elements(_cac + "PaymentMeans").Elements(_cac + "CardAccount").Elements(_cbc + "CV2ID").Any(), Severity.Warning);
        yield return new XmlAssertRule("UBL-CR-665", "A UBL invoice should not include an AdditionalDocumentReference ID schemeID unless the ID equals '130'.", Root,
            (_, x) => !x.Named(_cac + "AdditionalDocumentReference").Any(d => d.Child(_cbc + "DocumentTypeCode")?.Value != "130" && d.Elements(_cbc + "ID").Any(id => id.Attribute("schemeID") is not null)), Severity.Warning);
    }

    private static bool IsInPriceAllowance(XElement element)
    {
        for (var current = element.Parent; current is not null; current = current.Parent)
        {
            if (current.Name == _cac + "AllowanceCharge" && current.Parent?.Name == _cac + "Price")
            {
                return true;
            }
        }

        return false;
    }
}
