using System.Xml;
using InvoiceHub.EInvoicing.Detection;
using InvoiceHub.EInvoicing.Model;

namespace InvoiceHub.EInvoicing.Writing;

/// <summary>Writes the model as UBL 2.1 Invoice or CreditNote, following the EN 16931 UBL binding and UBL element order.</summary>
internal sealed class UblInvoiceWriter
{
    private const string Cac = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2";
    private const string Cbc = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";

    private readonly XmlOutput _out;
    private readonly Invoice _invoice;

    private UblInvoiceWriter(XmlWriter writer, Invoice invoice)
    {
        _out = new XmlOutput(writer);
        _invoice = invoice;
    }

    public static void Write(Invoice invoice, XmlWriter writer) => new UblInvoiceWriter(writer, invoice).WriteDocument();

    private bool IsCreditNote => _invoice.IsCreditNote;

    private void WriteDocument()
    {
        var invoice = _invoice;
        var root = IsCreditNote ? "CreditNote" : "Invoice";
        _out.Writer.WriteStartDocument();
        _out.Start(string.Empty, root, IsCreditNote ? FormatDetector.UblCreditNoteNamespace : FormatDetector.UblInvoiceNamespace);
        _out.Writer.WriteAttributeString("xmlns", "cac", null, Cac);
        _out.Writer.WriteAttributeString("xmlns", "cbc", null, Cbc);

        WriteBasic("UBLVersionID", "2.1");
        WriteBasic("CustomizationID", invoice.SpecificationId);
        WriteBasic("ProfileID", invoice.BusinessProcess);
        WriteBasic("ID", invoice.Number);
        WriteBasic("IssueDate", XmlOutput.IsoDate(invoice.IssueDate));
        // The two document types order these differently (Invoice: DueDate, type, Note, TaxPointDate;
        // CreditNote: TaxPointDate, type, Note).
        if (IsCreditNote)
        {
            WriteBasic("TaxPointDate", XmlOutput.IsoDate(invoice.TaxPointDate));
            WriteBasic("CreditNoteTypeCode", invoice.TypeCode);
        }
        else
        {
            WriteBasic("DueDate", XmlOutput.IsoDate(invoice.DueDate));
            WriteBasic("InvoiceTypeCode", invoice.TypeCode);
        }

        foreach (var note in invoice.Notes)
        {
            WriteBasic("Note", note.SubjectCode is null ? note.Text : $"#{note.SubjectCode}#{note.Text}");
        }

        if (!IsCreditNote)
        {
            WriteBasic("TaxPointDate", XmlOutput.IsoDate(invoice.TaxPointDate));
        }

        WriteBasic("DocumentCurrencyCode", invoice.CurrencyCode);
        WriteBasic("TaxCurrencyCode", invoice.TaxCurrencyCode);
        WriteBasic("AccountingCost", invoice.BuyerAccountingReference);
        WriteBasic("BuyerReference", invoice.BuyerReference);
        WritePeriod(invoice.InvoicingPeriod, invoice.TaxPointDateCode);
        if (invoice.PurchaseOrderReference is not null || invoice.SalesOrderReference is not null)
        {
            _out.Start("cac", "OrderReference", Cac);
            WriteBasic("ID", invoice.PurchaseOrderReference ?? "NA");
            WriteBasic("SalesOrderID", invoice.SalesOrderReference);
            _out.End();
        }

        foreach (var preceding in invoice.PrecedingInvoices)
        {
            _out.Start("cac", "BillingReference", Cac);
            _out.Start("cac", "InvoiceDocumentReference", Cac);
            WriteBasic("ID", preceding.Number);
            WriteBasic("IssueDate", XmlOutput.IsoDate(preceding.IssueDate));
            _out.End();
            _out.End();
        }

        IdReference("DespatchDocumentReference", invoice.DespatchAdviceReference);
        IdReference("ReceiptDocumentReference", invoice.ReceivingAdviceReference);
        if (!IsCreditNote)
        {
            IdReference("OriginatorDocumentReference", invoice.TenderOrLotReference);
        }

        IdReference("ContractDocumentReference", invoice.ContractReference);
        if (invoice.InvoicedObjectId is { } invoicedObject)
        {
            _out.Start("cac", "AdditionalDocumentReference", Cac);
            WriteBasic("ID", invoicedObject.Value, ("schemeID", invoicedObject.SchemeId));
            WriteBasic("DocumentTypeCode", "130");
            _out.End();
        }

        // UBL 2.1 CreditNote has no ProjectReference; the binding uses a document reference of type 50.
        if (IsCreditNote && invoice.ProjectReference is not null)
        {
            _out.Start("cac", "AdditionalDocumentReference", Cac);
            WriteBasic("ID", invoice.ProjectReference);
            WriteBasic("DocumentTypeCode", "50");
            _out.End();
        }

        foreach (var document in invoice.SupportingDocuments)
        {
            WriteSupportingDocument(document);
        }

        if (IsCreditNote)
        {
            IdReference("OriginatorDocumentReference", invoice.TenderOrLotReference);
        }
        else
        {
            IdReference("ProjectReference", invoice.ProjectReference);
        }

        var creditorId = invoice.PaymentInstructions.Select(p => p.DirectDebit?.CreditorId).FirstOrDefault(c => c is not null);
        _out.Start("cac", "AccountingSupplierParty", Cac);
        WriteParty(invoice.Seller, invoice.Payee is null ? creditorId : null);
        _out.End();
        _out.Start("cac", "AccountingCustomerParty", Cac);
        // Before the party, as the UBL schema orders the customer role's children.
        _out.Text("cbc", "SupplierAssignedAccountID", Cbc, invoice.Buyer.SupplierAssignedAccountId);
        WriteParty(invoice.Buyer, null);
        _out.End();
        if (invoice.Payee is { } payee)
        {
            _out.Start("cac", "PayeeParty", Cac);
            WriteNamedParty(payee, creditorId);
            _out.End();
        }

        if (invoice.TaxRepresentative is { } representative)
        {
            _out.Start("cac", "TaxRepresentativeParty", Cac);
            WriteNamedParty(representative, null);
            _out.End();
        }

        WriteDelivery(invoice.Delivery);
        foreach (var payment in invoice.PaymentInstructions)
        {
            WritePaymentMeans(payment);
        }

        if (invoice.PaymentTerms is not null)
        {
            _out.Start("cac", "PaymentTerms", Cac);
            WriteBasic("Note", invoice.PaymentTerms);
            _out.End();
        }

        foreach (var allowanceCharge in invoice.AllowancesCharges)
        {
            WriteAllowanceCharge(allowanceCharge, withTax: true);
        }

        WriteTaxTotals();
        WriteMonetaryTotal(invoice.Totals);
        foreach (var line in invoice.Lines)
        {
            WriteLine(line, IsCreditNote ? "CreditNoteLine" : "InvoiceLine");
        }

        _out.End();
        _out.Writer.WriteEndDocument();
    }

    private void WriteBasic(string name, string? value, params ReadOnlySpan<(string Name, string? Value)> attributes) =>
        _out.Text("cbc", name, Cbc, value, attributes);

    private void Amount(string name, Money? money)
    {
        if (money is { } m)
        {
            WriteBasic(name, XmlOutput.Number(m.Amount), ("currencyID", m.Currency ?? _invoice.CurrencyCode));
        }
    }

    private void Quantity(string name, Quantity? quantity)
    {
        if (quantity is { } q)
        {
            WriteBasic(name, XmlOutput.Number(q.Value), ("unitCode", q.UnitCode));
        }
    }

    private void IdReference(string element, string? id)
    {
        if (id is null)
        {
            return;
        }

        _out.Start("cac", element, Cac);
        WriteBasic("ID", id);
        _out.End();
    }

    private void WritePeriod(Period? period, string? descriptionCode = null)
    {
        if (period is null && descriptionCode is null)
        {
            return;
        }

        _out.Start("cac", "InvoicePeriod", Cac);
        WriteBasic("StartDate", XmlOutput.IsoDate(period?.StartDate));
        WriteBasic("EndDate", XmlOutput.IsoDate(period?.EndDate));
        WriteBasic("DescriptionCode", descriptionCode);
        _out.End();
    }

    private void WriteSupportingDocument(SupportingDocument document)
    {
        _out.Start("cac", "AdditionalDocumentReference", Cac);
        WriteBasic("ID", document.Id ?? "NA");
        WriteBasic("DocumentTypeCode", document.TypeCode);
        WriteBasic("DocumentDescription", document.Description);
        if (document.Attachment is not null || document.ExternalUri is not null)
        {
            _out.Start("cac", "Attachment", Cac);
            if (document.Attachment is { } attachment)
            {
                WriteBasic("EmbeddedDocumentBinaryObject", XmlOutput.Base64(attachment), ("mimeCode", attachment.MimeCode), ("filename", attachment.FileName));
            }

            if (document.ExternalUri is not null)
            {
                _out.Start("cac", "ExternalReference", Cac);
                WriteBasic("URI", document.ExternalUri);
                _out.End();
            }

            _out.End();
        }

        _out.End();
    }

    private void WriteParty(Party party, string? sepaCreditorId)
    {
        _out.Start("cac", "Party", Cac);
        if (party.ElectronicAddress is { } endpoint)
        {
            WriteBasic("EndpointID", endpoint.Value, ("schemeID", endpoint.SchemeId));
        }

        WriteIdentifiers(party, sepaCreditorId);
        if (party.TradingName is not null)
        {
            _out.Start("cac", "PartyName", Cac);
            WriteBasic("Name", party.TradingName);
            _out.End();
        }

        WriteAddress("PostalAddress", party.Address);
        WriteTaxScheme(party.VatId, "VAT");
        WriteTaxScheme(party.TaxRegistrationId, "FC");
        if (party.Name is not null || party.LegalRegistrationId is not null || party.LegalInformation is not null)
        {
            _out.Start("cac", "PartyLegalEntity", Cac);
            WriteBasic("RegistrationName", party.Name);
            WriteBasic("CompanyID", party.LegalRegistrationId?.Value, ("schemeID", party.LegalRegistrationId?.SchemeId));
            WriteBasic("CompanyLegalForm", party.LegalInformation);
            _out.End();
        }

        if (party.Contact is { } contact)
        {
            _out.Start("cac", "Contact", Cac);
            WriteBasic("Name", contact.Name);
            WriteBasic("Telephone", contact.Telephone);
            WriteBasic("ElectronicMail", contact.Email);
            _out.End();
        }

        _out.End();
    }

    /// <summary>Payee and tax representative: the name is PartyName/Name (BT-59, BT-62), not the registration name.</summary>
    private void WriteNamedParty(Party party, string? sepaCreditorId)
    {
        WriteIdentifiers(party, sepaCreditorId);
        if (party.Name is not null)
        {
            _out.Start("cac", "PartyName", Cac);
            WriteBasic("Name", party.Name);
            _out.End();
        }

        WriteAddress("PostalAddress", party.Address);
        WriteTaxScheme(party.VatId, "VAT");
        WriteTaxScheme(party.TaxRegistrationId, "FC");
        if (party.LegalRegistrationId is { } legal)
        {
            _out.Start("cac", "PartyLegalEntity", Cac);
            WriteBasic("CompanyID", legal.Value, ("schemeID", legal.SchemeId));
            _out.End();
        }
    }

    private void WriteIdentifiers(Party party, string? sepaCreditorId)
    {
        foreach (var id in party.Identifiers)
        {
            _out.Start("cac", "PartyIdentification", Cac);
            WriteBasic("ID", id.Value, ("schemeID", id.SchemeId));
            _out.End();
        }

        // BT-90: the UBL binding puts the SEPA creditor id among the seller's (or payee's) identifiers.
        if (sepaCreditorId is not null)
        {
            _out.Start("cac", "PartyIdentification", Cac);
            WriteBasic("ID", sepaCreditorId, ("schemeID", "SEPA"));
            _out.End();
        }
    }

    private void WriteTaxScheme(Identifier? id, string scheme)
    {
        if (id is null)
        {
            return;
        }

        _out.Start("cac", "PartyTaxScheme", Cac);
        WriteBasic("CompanyID", id.Value);
        _out.Start("cac", "TaxScheme", Cac);
        WriteBasic("ID", scheme);
        _out.End();
        _out.End();
    }

    private void WriteAddress(string element, Address? address)
    {
        if (address is null)
        {
            return;
        }

        _out.Start("cac", element, Cac);
        WriteBasic("StreetName", address.Line1);
        WriteBasic("AdditionalStreetName", address.Line2);
        WriteBasic("BuildingNumber", address.BuildingNumber);
        WriteBasic("CityName", address.City);
        WriteBasic("PostalZone", address.PostalCode);
        WriteBasic("CountrySubentity", address.CountrySubdivision);
        if (address.Line3 is not null)
        {
            _out.Start("cac", "AddressLine", Cac);
            WriteBasic("Line", address.Line3);
            _out.End();
        }

        if (address.CountryCode is not null)
        {
            _out.Start("cac", "Country", Cac);
            WriteBasic("IdentificationCode", address.CountryCode);
            _out.End();
        }

        _out.End();
    }

    private void WriteDelivery(Delivery? delivery)
    {
        if (delivery is null)
        {
            return;
        }

        _out.Start("cac", "Delivery", Cac);
        WriteBasic("ActualDeliveryDate", XmlOutput.IsoDate(delivery.ActualDate));
        if (delivery.LocationId is not null || delivery.Address is not null)
        {
            _out.Start("cac", "DeliveryLocation", Cac);
            WriteBasic("ID", delivery.LocationId?.Value, ("schemeID", delivery.LocationId?.SchemeId));
            WriteAddress("Address", delivery.Address);
            _out.End();
        }

        if (delivery.PartyName is not null)
        {
            _out.Start("cac", "DeliveryParty", Cac);
            _out.Start("cac", "PartyName", Cac);
            WriteBasic("Name", delivery.PartyName);
            _out.End();
            _out.End();
        }

        _out.End();
    }

    private void WritePaymentMeans(PaymentInstructions payment)
    {
        _out.Start("cac", "PaymentMeans", Cac);
        WriteBasic("PaymentMeansCode", payment.MeansCode ?? "1", ("name", payment.MeansText));

        // UBL 2.1 CreditNote has no header DueDate; BT-9 then travels with the payment means.
        WriteBasic("PaymentDueDate", XmlOutput.IsoDate(payment.DueDate ?? (IsCreditNote ? _invoice.DueDate : null)));
        WriteBasic("PaymentChannelCode", payment.ChannelCode);
        WriteBasic("InstructionID", payment.Slip?.PaymentReference);
        WriteBasic("PaymentID", payment.Slip?.CardTypeCode ?? payment.RemittanceInformation);
        if (payment.Card is { } card)
        {
            _out.Start("cac", "CardAccount", Cac);
            WriteBasic("PrimaryAccountNumberID", card.PrimaryAccountNumber);
            WriteBasic("NetworkID", "NA");
            WriteBasic("HolderName", card.HolderName);
            _out.End();
        }

        if (payment.CreditTransfer is { } transfer)
        {
            _out.Start("cac", "PayeeFinancialAccount", Cac);
            WriteBasic("ID", transfer.AccountId);
            WriteBasic("Name", transfer.AccountName);
            if (transfer.BranchId is not null || transfer.ServiceProviderId is not null)
            {
                _out.Start("cac", "FinancialInstitutionBranch", Cac);
                WriteBasic("ID", transfer.BranchId ?? transfer.ServiceProviderId);
                if (transfer.BranchId is not null && transfer.ServiceProviderId is not null)
                {
                    _out.Start("cac", "FinancialInstitution", Cac);
                    WriteBasic("ID", transfer.ServiceProviderId);
                    _out.End();
                }

                _out.End();
            }

            _out.End();
        }

        if (payment.Slip?.CreditorAccount is { } creditorAccount)
        {
            _out.Start("cac", "CreditAccount", Cac);
            WriteBasic("AccountID", creditorAccount);
            _out.End();
        }

        if (payment.DirectDebit is { } directDebit)
        {
            _out.Start("cac", "PaymentMandate", Cac);
            WriteBasic("ID", directDebit.MandateReference);
            if (directDebit.DebitedAccountId is not null)
            {
                _out.Start("cac", "PayerFinancialAccount", Cac);
                WriteBasic("ID", directDebit.DebitedAccountId);
                _out.End();
            }

            _out.End();
        }

        _out.End();
    }

    private void WriteAllowanceCharge(AllowanceCharge allowanceCharge, bool withTax)
    {
        _out.Start("cac", "AllowanceCharge", Cac);
        WriteBasic("ChargeIndicator", allowanceCharge.IsCharge ? "true" : "false");
        WriteBasic("AllowanceChargeReasonCode", allowanceCharge.ReasonCode);
        WriteBasic("AllowanceChargeReason", allowanceCharge.Reason);
        WriteBasic("MultiplierFactorNumeric", XmlOutput.Number(allowanceCharge.Percentage));
        Amount("Amount", allowanceCharge.Amount);
        Amount("BaseAmount", allowanceCharge.BaseAmount);
        if (withTax && (allowanceCharge.VatCategoryCode is not null || allowanceCharge.VatRate is not null))
        {
            _out.Start("cac", "TaxCategory", Cac);
            WriteBasic("ID", allowanceCharge.VatCategoryCode);
            WriteBasic("Percent", XmlOutput.Number(allowanceCharge.VatRate));
            TaxScheme("VAT");
            _out.End();
        }

        _out.End();
    }

    private void TaxScheme(string? id)
    {
        _out.Start("cac", "TaxScheme", Cac);
        WriteBasic("ID", id ?? "VAT");
        _out.End();
    }

    private void WriteTaxTotals()
    {
        var totals = _invoice.Totals;
        if (totals.Tax is not null || _invoice.VatBreakdown.Count > 0)
        {
            _out.Start("cac", "TaxTotal", Cac);
            Amount("TaxAmount", totals.Tax ?? new Money(0m, _invoice.CurrencyCode));
            foreach (var vat in _invoice.VatBreakdown)
            {
                _out.Start("cac", "TaxSubtotal", Cac);
                Amount("TaxableAmount", vat.TaxableAmount);
                Amount("TaxAmount", vat.TaxAmount);
                _out.Start("cac", "TaxCategory", Cac);
                WriteBasic("ID", vat.CategoryCode);
                WriteBasic("Percent", XmlOutput.Number(vat.Rate));
                WriteBasic("TaxExemptionReasonCode", vat.ExemptionReasonCode);
                WriteBasic("TaxExemptionReason", vat.ExemptionReason);
                TaxScheme(vat.TaxScheme);
                _out.End();
                _out.End();
            }

            _out.End();
        }

        if (totals.TaxInTaxCurrency is { } inTaxCurrency)
        {
            _out.Start("cac", "TaxTotal", Cac);
            Amount("TaxAmount", inTaxCurrency);
            _out.End();
        }
    }

    private void WriteMonetaryTotal(DocumentTotals totals)
    {
        _out.Start("cac", "LegalMonetaryTotal", Cac);
        Amount("LineExtensionAmount", totals.LineNet);
        Amount("TaxExclusiveAmount", totals.TaxExclusive);
        Amount("TaxInclusiveAmount", totals.TaxInclusive);
        Amount("AllowanceTotalAmount", totals.AllowanceTotal);
        Amount("ChargeTotalAmount", totals.ChargeTotal);
        Amount("PrepaidAmount", totals.Prepaid);
        Amount("PayableRoundingAmount", totals.Rounding);
        Amount("PayableAmount", totals.Payable);
        _out.End();
    }

    private void WriteLine(InvoiceLine line, string element)
    {
        _out.Start("cac", element, Cac);
        WriteBasic("ID", line.Id);
        WriteBasic("Note", line.Note);
        Quantity(IsCreditNote ? "CreditedQuantity" : "InvoicedQuantity", line.Quantity);
        Amount("LineExtensionAmount", line.NetAmount);
        WriteBasic("AccountingCost", line.AccountingCost);
        WritePeriod(line.Period);
        if (line.OrderLineReference is not null)
        {
            _out.Start("cac", "OrderLineReference", Cac);
            WriteBasic("LineID", line.OrderLineReference);
            _out.End();
        }

        if (line.ObjectId is { } objectId)
        {
            _out.Start("cac", "DocumentReference", Cac);
            WriteBasic("ID", objectId.Value, ("schemeID", objectId.SchemeId));
            WriteBasic("DocumentTypeCode", "130");
            _out.End();
        }

        foreach (var allowanceCharge in line.AllowancesCharges)
        {
            WriteAllowanceCharge(allowanceCharge, withTax: false);
        }

        WriteItem(line);
        WritePrice(line.Price);
        foreach (var subLine in line.SubLines)
        {
            WriteLine(subLine, IsCreditNote ? "SubCreditNoteLine" : "SubInvoiceLine");
        }

        _out.End();
    }

    private void WriteItem(InvoiceLine line)
    {
        var item = line.Item;
        _out.Start("cac", "Item", Cac);
        WriteBasic("Description", item.Description);
        WriteBasic("Name", item.Name);
        IdWrapper("BuyersItemIdentification", item.BuyerId);
        IdWrapper("SellersItemIdentification", item.SellerId);
        if (item.StandardId is { } standard)
        {
            _out.Start("cac", "StandardItemIdentification", Cac);
            WriteBasic("ID", standard.Value, ("schemeID", standard.SchemeId));
            _out.End();
        }

        if (item.OriginCountry is not null)
        {
            _out.Start("cac", "OriginCountry", Cac);
            WriteBasic("IdentificationCode", item.OriginCountry);
            _out.End();
        }

        foreach (var classification in item.Classifications)
        {
            _out.Start("cac", "CommodityClassification", Cac);
            WriteBasic("ItemClassificationCode", classification.Code, ("listID", classification.ListId), ("listVersionID", classification.ListVersionId));
            _out.End();
        }

        if (line.Vat is { } vat)
        {
            _out.Start("cac", "ClassifiedTaxCategory", Cac);
            WriteBasic("ID", vat.CategoryCode);
            WriteBasic("Percent", XmlOutput.Number(vat.Rate));
            TaxScheme(vat.TaxScheme);
            _out.End();
        }

        foreach (var attribute in item.Attributes)
        {
            _out.Start("cac", "AdditionalItemProperty", Cac);
            WriteBasic("Name", attribute.Name);
            WriteBasic("Value", attribute.Value ?? string.Empty);
            _out.End();
        }

        _out.End();
    }

    private void IdWrapper(string element, string? id)
    {
        if (id is null)
        {
            return;
        }

        _out.Start("cac", element, Cac);
        WriteBasic("ID", id);
        _out.End();
    }

    private void WritePrice(LinePrice? price)
    {
        if (price is null)
        {
            return;
        }

        _out.Start("cac", "Price", Cac);
        Amount("PriceAmount", price.NetPrice);
        Quantity("BaseQuantity", price.BaseQuantity);
        if (price.GrossPrice is not null || price.Discount is not null)
        {
            _out.Start("cac", "AllowanceCharge", Cac);
            WriteBasic("ChargeIndicator", "false");
            Amount("Amount", price.Discount ?? new Money(0m, price.GrossPrice?.Currency));
            Amount("BaseAmount", price.GrossPrice);
            _out.End();
        }

        _out.End();
    }
}
