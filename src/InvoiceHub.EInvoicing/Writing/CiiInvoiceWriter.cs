using System.Globalization;
using System.Xml;
using InvoiceHub.EInvoicing.Detection;
using InvoiceHub.EInvoicing.Model;

namespace InvoiceHub.EInvoicing.Writing;

/// <summary>Writes the model as UN/CEFACT CII D16B following the EN 16931 CII binding and the D16B element order.</summary>
internal sealed class CiiInvoiceWriter
{
    private const string Rsm = FormatDetector.CiiNamespace;
    private const string Ram = "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100";
    private const string Udt = "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100";
    private const string Qdt = "urn:un:unece:uncefact:data:standard:QualifiedDataType:100";

    private readonly XmlOutput _out;
    private readonly Invoice _invoice;

    private CiiInvoiceWriter(XmlWriter writer, Invoice invoice)
    {
        _out = new XmlOutput(writer);
        _invoice = invoice;
    }

    public static void Write(Invoice invoice, XmlWriter writer) => new CiiInvoiceWriter(writer, invoice).WriteDocument();

    /// <summary>BT-8: the model keeps UNTDID 2005 codes (as UBL); CII wants UNTDID 2475.</summary>
    internal static string? ToCiiTaxPointCode(string? code) => code switch
    {
        "3" => "5",
        "35" => "29",
        "432" => "72",
        _ => code,
    };

    private void WriteDocument()
    {
        var invoice = _invoice;
        _out.Writer.WriteStartDocument();
        _out.Start("rsm", "CrossIndustryInvoice", Rsm);
        _out.Writer.WriteAttributeString("xmlns", "qdt", null, Qdt);
        _out.Writer.WriteAttributeString("xmlns", "ram", null, Ram);
        _out.Writer.WriteAttributeString("xmlns", "udt", null, Udt);

        _out.Start("rsm", "ExchangedDocumentContext", Rsm);
        IdParameter("BusinessProcessSpecifiedDocumentContextParameter", invoice.BusinessProcess);
        IdParameter("GuidelineSpecifiedDocumentContextParameter", invoice.SpecificationId ?? "urn:cen.eu:en16931:2017");
        _out.End();

        _out.Start("rsm", "ExchangedDocument", Rsm);
        WriteRam("ID", invoice.Number);
        WriteRam("TypeCode", invoice.TypeCode);
        Date("IssueDateTime", invoice.IssueDate);
        foreach (var note in invoice.Notes)
        {
            Start("IncludedNote");
            WriteRam("Content", note.Text);
            WriteRam("SubjectCode", note.SubjectCode);
            _out.End();
        }

        _out.End();

        _out.Start("rsm", "SupplyChainTradeTransaction", Rsm);
        foreach (var line in Flatten(invoice.Lines))
        {
            WriteLine(line);
        }

        WriteAgreement();
        WriteDelivery();
        WriteSettlement();
        _out.End();

        _out.End();
        _out.Writer.WriteEndDocument();
    }

    private static IEnumerable<InvoiceLine> Flatten(IEnumerable<InvoiceLine> lines)
    {
        // CII has no nested lines: UBL sub-lines follow their parent and point to it with ParentLineID.
        foreach (var line in lines)
        {
            yield return line;
            foreach (var subLine in Flatten(line.SubLines))
            {
                yield return subLine;
            }
        }
    }

    private void WriteRam(string name, string? value, params ReadOnlySpan<(string Name, string? Value)> attributes) =>
        _out.Text("ram", name, Ram, value, attributes);

    private void Start(string name) => _out.Start("ram", name, Ram);

    private void IdParameter(string element, string? id)
    {
        if (id is null)
        {
            return;
        }

        Start(element);
        WriteRam("ID", id);
        _out.End();
    }

    private void Date(string element, DateOnly? date, string valueElement = "DateTimeString", string ns = Udt)
    {
        if (date is null)
        {
            return;
        }

        Start(element);
        var prefix = ns == Udt ? "udt" : "qdt";
        _out.Text(prefix, valueElement, ns, date.Value.ToString("yyyyMMdd", CultureInfo.InvariantCulture), ("format", "102"));
        _out.End();
    }

    private void Amount(string name, Money? money, bool withCurrency = false)
    {
        if (money is { } m)
        {
            WriteRam(name, XmlOutput.Number(m.Amount), ("currencyID", withCurrency ? m.Currency ?? _invoice.CurrencyCode : null));
        }
    }

    private void Quantity(string name, Quantity? quantity)
    {
        if (quantity is { } q)
        {
            WriteRam(name, XmlOutput.Number(q.Value), ("unitCode", q.UnitCode));
        }
    }

    private void ReferencedDocument(string element, string? id, string? lineId = null)
    {
        if (id is null && lineId is null)
        {
            return;
        }

        Start(element);
        WriteRam("IssuerAssignedID", id);
        WriteRam("LineID", lineId);
        _out.End();
    }

    private void WriteAgreement()
    {
        var invoice = _invoice;
        Start("ApplicableHeaderTradeAgreement");
        WriteRam("BuyerReference", invoice.BuyerReference);
        WriteParty("SellerTradeParty", invoice.Seller);
        WriteParty("BuyerTradeParty", invoice.Buyer);
        if (invoice.TaxRepresentative is { } representative)
        {
            WriteParty("SellerTaxRepresentativeTradeParty", representative);
        }

        ReferencedDocument("SellerOrderReferencedDocument", invoice.SalesOrderReference);
        ReferencedDocument("BuyerOrderReferencedDocument", invoice.PurchaseOrderReference);
        ReferencedDocument("ContractReferencedDocument", invoice.ContractReference);
        foreach (var document in invoice.SupportingDocuments)
        {
            Start("AdditionalReferencedDocument");
            WriteRam("IssuerAssignedID", document.Id ?? "NA");
            WriteRam("URIID", document.ExternalUri);
            WriteRam("TypeCode", document.TypeCode ?? "916");
            WriteRam("Name", document.Description);
            if (document.Attachment is { } attachment)
            {
                WriteRam("AttachmentBinaryObject", XmlOutput.Base64(attachment), ("mimeCode", attachment.MimeCode), ("filename", attachment.FileName));
            }

            _out.End();
        }

        if (invoice.TenderOrLotReference is not null)
        {
            Start("AdditionalReferencedDocument");
            WriteRam("IssuerAssignedID", invoice.TenderOrLotReference);
            WriteRam("TypeCode", "50");
            _out.End();
        }

        if (invoice.InvoicedObjectId is { } invoicedObject)
        {
            Start("AdditionalReferencedDocument");
            WriteRam("IssuerAssignedID", invoicedObject.Value);
            WriteRam("TypeCode", "130");
            WriteRam("ReferenceTypeCode", invoicedObject.SchemeId);
            _out.End();
        }

        if (invoice.ProjectReference is not null)
        {
            Start("SpecifiedProcuringProject");
            WriteRam("ID", invoice.ProjectReference);
            WriteRam("Name", "Project reference");
            _out.End();
        }

        _out.End();
    }

    private void WriteParty(string element, Party party)
    {
        Start(element);
        foreach (var id in party.Identifiers.Where(i => i.SchemeId is null))
        {
            WriteRam("ID", id.Value);
        }

        foreach (var id in party.Identifiers.Where(i => i.SchemeId is not null))
        {
            WriteRam("GlobalID", id.Value, ("schemeID", id.SchemeId));
        }

        WriteRam("Name", party.Name);
        WriteRam("Description", party.LegalInformation);
        if (party.LegalRegistrationId is not null || party.TradingName is not null)
        {
            Start("SpecifiedLegalOrganization");
            WriteRam("ID", party.LegalRegistrationId?.Value, ("schemeID", party.LegalRegistrationId?.SchemeId));
            WriteRam("TradingBusinessName", party.TradingName);
            _out.End();
        }

        if (party.Contact is { } contact)
        {
            Start("DefinedTradeContact");
            WriteRam("PersonName", contact.Name);
            Communication("TelephoneUniversalCommunication", "CompleteNumber", contact.Telephone, null);
            Communication("EmailURIUniversalCommunication", "URIID", contact.Email, null);
            _out.End();
        }

        WriteAddress(party.Address);
        Communication("URIUniversalCommunication", "URIID", party.ElectronicAddress?.Value, party.ElectronicAddress?.SchemeId);
        TaxRegistration(party.VatId, "VA");
        TaxRegistration(party.TaxRegistrationId, "FC");
        _out.End();
    }

    private void Communication(string element, string valueElement, string? value, string? scheme)
    {
        if (value is null)
        {
            return;
        }

        Start(element);
        WriteRam(valueElement, value, ("schemeID", scheme));
        _out.End();
    }

    private void TaxRegistration(Identifier? id, string scheme)
    {
        if (id is null)
        {
            return;
        }

        Start("SpecifiedTaxRegistration");
        WriteRam("ID", id.Value, ("schemeID", scheme));
        _out.End();
    }

    private void WriteAddress(Address? address)
    {
        if (address is null)
        {
            return;
        }

        Start("PostalTradeAddress");
        WriteRam("PostcodeCode", address.PostalCode);

        // CII has no separate building number in the EN 16931 subset; it stays with the street line.
        WriteRam("LineOne", address.BuildingNumber is null ? address.Line1 : $"{address.Line1} {address.BuildingNumber}".Trim());
        WriteRam("LineTwo", address.Line2);
        WriteRam("LineThree", address.Line3);
        WriteRam("CityName", address.City);
        WriteRam("CountryID", address.CountryCode);
        WriteRam("CountrySubDivisionName", address.CountrySubdivision);
        _out.End();
    }

    private void WriteDelivery()
    {
        var invoice = _invoice;
        var delivery = invoice.Delivery;
        Start("ApplicableHeaderTradeDelivery");
        if (delivery is not null && (delivery.PartyName is not null || delivery.LocationId is not null || delivery.Address is not null))
        {
            Start("ShipToTradeParty");
            if (delivery.LocationId is { } location)
            {
                if (location.SchemeId is null)
                {
                    WriteRam("ID", location.Value);
                }
                else
                {
                    WriteRam("GlobalID", location.Value, ("schemeID", location.SchemeId));
                }
            }

            WriteRam("Name", delivery.PartyName);
            WriteAddress(delivery.Address);
            _out.End();
        }

        if (delivery?.ActualDate is { } actualDate)
        {
            Start("ActualDeliverySupplyChainEvent");
            Date("OccurrenceDateTime", actualDate);
            _out.End();
        }

        ReferencedDocument("DespatchAdviceReferencedDocument", invoice.DespatchAdviceReference);
        ReferencedDocument("ReceivingAdviceReferencedDocument", invoice.ReceivingAdviceReference);
        _out.End();
    }

    private void WriteSettlement()
    {
        var invoice = _invoice;
        var payments = invoice.PaymentInstructions;
        Start("ApplicableHeaderTradeSettlement");
        WriteRam("CreditorReferenceID", payments.Select(p => p.DirectDebit?.CreditorId).FirstOrDefault(c => c is not null));
        WriteRam("PaymentReference", payments.Select(p => p.RemittanceInformation).FirstOrDefault(r => r is not null));
        WriteRam("TaxCurrencyCode", invoice.TaxCurrencyCode);
        WriteRam("InvoiceCurrencyCode", invoice.CurrencyCode);
        if (invoice.Payee is { } payee)
        {
            WriteParty("PayeeTradeParty", payee);
        }

        foreach (var payment in payments.Where(p => p.MeansCode is not null || p.CreditTransfer is not null || p.Card is not null || p.DirectDebit is not null))
        {
            WritePaymentMeans(payment);
        }

        foreach (var vat in invoice.VatBreakdown)
        {
            Start("ApplicableTradeTax");
            Amount("CalculatedAmount", vat.TaxAmount);
            WriteRam("TypeCode", vat.TaxScheme ?? "VAT");
            WriteRam("ExemptionReason", vat.ExemptionReason);
            Amount("BasisAmount", vat.TaxableAmount);
            WriteRam("CategoryCode", vat.CategoryCode);
            WriteRam("ExemptionReasonCode", vat.ExemptionReasonCode);
            if (invoice.TaxPointDate is { } taxPoint)
            {
                Date("TaxPointDate", taxPoint, "DateString");
            }

            WriteRam("DueDateTypeCode", ToCiiTaxPointCode(invoice.TaxPointDateCode));
            WriteRam("RateApplicablePercent", XmlOutput.Number(vat.Rate));
            _out.End();
        }

        WritePeriod(invoice.InvoicingPeriod);
        foreach (var allowanceCharge in invoice.AllowancesCharges)
        {
            WriteAllowanceCharge(allowanceCharge, withTax: true);
        }

        var mandate = payments.Select(p => p.DirectDebit?.MandateReference).FirstOrDefault(m => m is not null);
        if (invoice.PaymentTerms is not null || invoice.DueDate is not null || mandate is not null)
        {
            Start("SpecifiedTradePaymentTerms");
            WriteRam("Description", invoice.PaymentTerms);
            Date("DueDateDateTime", invoice.DueDate);
            WriteRam("DirectDebitMandateID", mandate);
            _out.End();
        }

        var totals = invoice.Totals;
        Start("SpecifiedTradeSettlementHeaderMonetarySummation");
        Amount("LineTotalAmount", totals.LineNet);
        Amount("ChargeTotalAmount", totals.ChargeTotal);
        Amount("AllowanceTotalAmount", totals.AllowanceTotal);
        Amount("TaxBasisTotalAmount", totals.TaxExclusive);
        Amount("TaxTotalAmount", totals.Tax, withCurrency: true);
        Amount("TaxTotalAmount", totals.TaxInTaxCurrency, withCurrency: true);
        Amount("RoundingAmount", totals.Rounding);
        Amount("GrandTotalAmount", totals.TaxInclusive);
        Amount("TotalPrepaidAmount", totals.Prepaid);
        Amount("DuePayableAmount", totals.Payable);
        _out.End();

        foreach (var preceding in invoice.PrecedingInvoices)
        {
            Start("InvoiceReferencedDocument");
            WriteRam("IssuerAssignedID", preceding.Number);
            Date("FormattedIssueDateTime", preceding.IssueDate, "DateTimeString", Qdt);
            _out.End();
        }

        if (invoice.BuyerAccountingReference is not null)
        {
            Start("ReceivableSpecifiedTradeAccountingAccount");
            WriteRam("ID", invoice.BuyerAccountingReference);
            _out.End();
        }

        _out.End();
    }

    private void WritePaymentMeans(PaymentInstructions payment)
    {
        Start("SpecifiedTradeSettlementPaymentMeans");
        WriteRam("TypeCode", payment.MeansCode ?? "1");
        WriteRam("Information", payment.MeansText);
        if (payment.Card is { } card)
        {
            Start("ApplicableTradeSettlementFinancialCard");
            WriteRam("ID", card.PrimaryAccountNumber);
            WriteRam("CardholderName", card.HolderName);
            _out.End();
        }

        if (payment.DirectDebit?.DebitedAccountId is { } debited)
        {
            Start("PayerPartyDebtorFinancialAccount");
            WriteRam("IBANID", debited);
            _out.End();
        }

        if (payment.CreditTransfer is { } transfer)
        {
            Start("PayeePartyCreditorFinancialAccount");
            if (LooksLikeIban(transfer.AccountId))
            {
                WriteRam("IBANID", transfer.AccountId);
                WriteRam("AccountName", transfer.AccountName);
            }
            else
            {
                WriteRam("AccountName", transfer.AccountName);
                WriteRam("ProprietaryID", transfer.AccountId);
            }

            _out.End();
            if (transfer.ServiceProviderId is not null)
            {
                Start("PayeeSpecifiedCreditorFinancialInstitution");
                WriteRam("BICID", transfer.ServiceProviderId);
                _out.End();
            }
        }

        _out.End();
    }

    private static bool LooksLikeIban(string? account) =>
        account is { Length: >= 15 } && char.IsAsciiLetter(account[0]) && char.IsAsciiLetter(account[1])
        && char.IsAsciiDigit(account[2]) && char.IsAsciiDigit(account[3]);

    private void WritePeriod(Period? period)
    {
        if (period is null)
        {
            return;
        }

        Start("BillingSpecifiedPeriod");
        Date("StartDateTime", period.StartDate);
        Date("EndDateTime", period.EndDate);
        _out.End();
    }

    private void WriteAllowanceCharge(AllowanceCharge allowanceCharge, bool withTax)
    {
        Start("SpecifiedTradeAllowanceCharge");
        Start("ChargeIndicator");
        _out.Text("udt", "Indicator", Udt, allowanceCharge.IsCharge ? "true" : "false");
        _out.End();
        WriteRam("CalculationPercent", XmlOutput.Number(allowanceCharge.Percentage));
        Amount("BasisAmount", allowanceCharge.BaseAmount);
        Amount("ActualAmount", allowanceCharge.Amount);
        WriteRam("ReasonCode", allowanceCharge.ReasonCode);
        WriteRam("Reason", allowanceCharge.Reason);
        if (withTax && (allowanceCharge.VatCategoryCode is not null || allowanceCharge.VatRate is not null))
        {
            Start("CategoryTradeTax");
            WriteRam("TypeCode", "VAT");
            WriteRam("CategoryCode", allowanceCharge.VatCategoryCode);
            WriteRam("RateApplicablePercent", XmlOutput.Number(allowanceCharge.VatRate));
            _out.End();
        }

        _out.End();
    }

    private void WriteLine(InvoiceLine line)
    {
        Start("IncludedSupplyChainTradeLineItem");
        Start("AssociatedDocumentLineDocument");
        WriteRam("LineID", line.Id);
        WriteRam("ParentLineID", line.ParentLineId);
        WriteRam("LineStatusReasonCode", line.LineStatusReasonCode);
        if (line.Note is not null)
        {
            Start("IncludedNote");
            WriteRam("Content", line.Note);
            _out.End();
        }

        _out.End();

        var item = line.Item;
        Start("SpecifiedTradeProduct");
        if (item.StandardId is { } standard)
        {
            WriteRam("GlobalID", standard.Value, ("schemeID", standard.SchemeId));
        }

        WriteRam("SellerAssignedID", item.SellerId);
        WriteRam("BuyerAssignedID", item.BuyerId);
        WriteRam("Name", item.Name);
        WriteRam("Description", item.Description);
        foreach (var attribute in item.Attributes)
        {
            Start("ApplicableProductCharacteristic");
            WriteRam("Description", attribute.Name);
            WriteRam("Value", attribute.Value ?? string.Empty);
            _out.End();
        }

        foreach (var classification in item.Classifications)
        {
            Start("DesignatedProductClassification");
            WriteRam("ClassCode", classification.Code, ("listID", classification.ListId), ("listVersionID", classification.ListVersionId));
            _out.End();
        }

        if (item.OriginCountry is not null)
        {
            Start("OriginTradeCountry");
            WriteRam("ID", item.OriginCountry);
            _out.End();
        }

        _out.End();

        Start("SpecifiedLineTradeAgreement");
        ReferencedDocument("BuyerOrderReferencedDocument", null, line.OrderLineReference);
        if (line.Price is { } price)
        {
            if (price.GrossPrice is not null)
            {
                Start("GrossPriceProductTradePrice");
                Amount("ChargeAmount", price.GrossPrice);
                Quantity("BasisQuantity", price.BaseQuantity);
                if (price.Discount is not null)
                {
                    Start("AppliedTradeAllowanceCharge");
                    Start("ChargeIndicator");
                    _out.Text("udt", "Indicator", Udt, "false");
                    _out.End();
                    Amount("ActualAmount", price.Discount);
                    _out.End();
                }

                _out.End();
            }

            Start("NetPriceProductTradePrice");
            Amount("ChargeAmount", price.NetPrice);
            Quantity("BasisQuantity", price.BaseQuantity);
            _out.End();
        }

        _out.End();

        Start("SpecifiedLineTradeDelivery");
        Quantity("BilledQuantity", line.Quantity);
        _out.End();

        Start("SpecifiedLineTradeSettlement");
        if (line.Vat is { } vat)
        {
            Start("ApplicableTradeTax");
            WriteRam("TypeCode", vat.TaxScheme ?? "VAT");
            WriteRam("CategoryCode", vat.CategoryCode);
            WriteRam("RateApplicablePercent", XmlOutput.Number(vat.Rate));
            _out.End();
        }

        WritePeriod(line.Period);
        foreach (var allowanceCharge in line.AllowancesCharges)
        {
            WriteAllowanceCharge(allowanceCharge, withTax: false);
        }

        Start("SpecifiedTradeSettlementLineMonetarySummation");
        Amount("LineTotalAmount", line.NetAmount);
        _out.End();
        if (line.ObjectId is { } objectId)
        {
            Start("AdditionalReferencedDocument");
            WriteRam("IssuerAssignedID", objectId.Value);
            WriteRam("TypeCode", "130");
            WriteRam("ReferenceTypeCode", objectId.SchemeId);
            _out.End();
        }

        if (line.AccountingCost is not null)
        {
            Start("ReceivableSpecifiedTradeAccountingAccount");
            WriteRam("ID", line.AccountingCost);
            _out.End();
        }

        _out.End();
        _out.End();
    }
}
