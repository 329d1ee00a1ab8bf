using InvoiceHub.EInvoicing.Model;
using InvoiceHub.EInvoicing.Reading;
using InvoiceHub.EInvoicing.Xml;

namespace InvoiceHub.EInvoicing.Cii;

/// <summary>
/// Maps a UN/CEFACT CII D16B tree (every ZUGFeRD 2.x / Factur-X profile, XRechnung CII) onto the EN 16931 model.
/// ZUGFeRD 1.0 documents use older element names for the same things; each lookup names both.
/// </summary>
internal static class CiiInvoiceReader
{
    public static Invoice Read(XmlNode root, DocumentFormat format, ReadContext context)
    {
        var header = First(root, "ExchangedDocument", "HeaderExchangedDocument");
        var documentContext = First(root, "ExchangedDocumentContext", "SpecifiedExchangedDocumentContext");
        var transaction = First(root, "SupplyChainTradeTransaction", "SpecifiedSupplyChainTradeTransaction");
        var agreement = First(transaction, "ApplicableHeaderTradeAgreement", "ApplicableSupplyChainTradeAgreement");
        var delivery = First(transaction, "ApplicableHeaderTradeDelivery", "ApplicableSupplyChainTradeDelivery");
        var settlement = First(transaction, "ApplicableHeaderTradeSettlement", "ApplicableSupplyChainTradeSettlement");
        var currency = settlement?.ChildText("InvoiceCurrencyCode");
        context.DocumentCurrency = currency;
        var taxCurrency = settlement?.ChildText("TaxCurrencyCode");
        var summation = First(settlement, "SpecifiedTradeSettlementHeaderMonetarySummation", "SpecifiedTradeSettlementMonetarySummation");
        var typeCode = header?.ChildText("TypeCode");

        var additionalReferences = agreement?.ChildrenNamed("AdditionalReferencedDocument").ToList() ?? [];
        var invoicedObject = additionalReferences.FirstOrDefault(r => r.ChildText("TypeCode") == "130");
        var tender = additionalReferences.FirstOrDefault(r => r.ChildText("TypeCode") == "50");
        var taxes = settlement?.ChildrenNamed("ApplicableTradeTax").ToList() ?? [];
        var terms = settlement?.ChildrenNamed("SpecifiedTradePaymentTerms").ToList() ?? [];
        var (tax, taxInTaxCurrency) = ReadTaxTotals(summation, context, currency, taxCurrency);

        return new Invoice
        {
            Format = format,
            Number = header?.ChildText("ID"),
            IssueDate = context.CiiDate(header?.Child("IssueDateTime")),
            TypeCode = typeCode,
            IsCreditNote = typeCode is "381" or "396" or "261" or "262" or "81" or "83" or "532",
            CurrencyCode = currency,
            TaxCurrencyCode = taxCurrency,
            TaxPointDate = taxes.Select(t => context.CiiDate(t.Child("TaxPointDate"))).FirstOrDefault(d => d is not null),
            TaxPointDateCode = ToUblTaxPointCode(taxes.Select(t => t.ChildText("DueDateTypeCode")).FirstOrDefault(c => c is not null)),
            DueDate = terms.Select(t => context.CiiDate(t.Child("DueDateDateTime"))).FirstOrDefault(d => d is not null),
            BuyerReference = agreement?.ChildText("BuyerReference"),
            ProjectReference = agreement?.Child("SpecifiedProcuringProject")?.ChildText("ID"),
            ContractReference = DocumentId(agreement?.Child("ContractReferencedDocument")),
            PurchaseOrderReference = DocumentId(agreement?.Child("BuyerOrderReferencedDocument")),
            SalesOrderReference = DocumentId(agreement?.Child("SellerOrderReferencedDocument")),
            ReceivingAdviceReference = DocumentId(delivery?.Child("ReceivingAdviceReferencedDocument")),
            DespatchAdviceReference = DocumentId(delivery?.Child("DespatchAdviceReferencedDocument")),
            TenderOrLotReference = DocumentId(tender),
            InvoicedObjectId = DocumentId(invoicedObject) is { } objectId
                ? new Identifier(objectId, invoicedObject!.ChildText("ReferenceTypeCode"))
                : null,
            BuyerAccountingReference = settlement?.Child("ReceivableSpecifiedTradeAccountingAccount")?.ChildText("ID"),
            PaymentTerms = JoinTexts(terms.Select(t => t.ChildText("Description"))),
            Notes = ValueList<Note>.From(
            [
                .. (header?.ChildrenNamed("IncludedNote") ?? [])
                    .Where(n => n.ChildText("Content") is not null)
                    .Select(n => new Note(JoinTexts(n.ChildrenNamed("Content").Select(c => c.TrimmedText))!, n.ChildText("SubjectCode"))),
            ]),
            BusinessProcess = documentContext?.Child("BusinessProcessSpecifiedDocumentContextParameter")?.ChildText("ID"),
            SpecificationId = documentContext?.Child("GuidelineSpecifiedDocumentContextParameter")?.ChildText("ID"),
            PrecedingInvoices = ValueList<PrecedingInvoiceReference>.From(
            [
                .. (settlement?.ChildrenNamed("InvoiceReferencedDocument") ?? [])
                    .Where(r => DocumentId(r) is not null)
                    .Select(r => new PrecedingInvoiceReference(DocumentId(r)!, context.CiiDate(r.Child("FormattedIssueDateTime")))),
            ]),
            Seller = ReadParty(agreement?.Child("SellerTradeParty"), context) ?? new Party(),
            Buyer = ReadParty(agreement?.Child("BuyerTradeParty"), context) ?? new Party(),
            Payee = ReadParty(settlement?.Child("PayeeTradeParty"), context),
            TaxRepresentative = ReadParty(agreement?.Child("SellerTaxRepresentativeTradeParty"), context),
            Delivery = ReadDelivery(delivery, context),
            InvoicingPeriod = ReadPeriod(settlement?.Child("BillingSpecifiedPeriod"), context),
            PaymentInstructions = ValueList<PaymentInstructions>.From(ReadPaymentMeans(settlement, terms)),
            AllowancesCharges = ValueList<AllowanceCharge>.From(
                [.. (settlement?.ChildrenNamed("SpecifiedTradeAllowanceCharge") ?? []).Select(a => ReadAllowanceCharge(a, context))]),
            Totals = new DocumentTotals
            {
                LineNet = context.Amount(summation?.Child("LineTotalAmount")),
                AllowanceTotal = context.Amount(summation?.Child("AllowanceTotalAmount")),
                ChargeTotal = context.Amount(summation?.Child("ChargeTotalAmount")),
                TaxExclusive = context.Amount(summation?.Child("TaxBasisTotalAmount")),
                Tax = tax,
                TaxInTaxCurrency = taxInTaxCurrency,
                TaxInclusive = context.Amount(summation?.Child("GrandTotalAmount")),
                Prepaid = context.Amount(summation?.Child("TotalPrepaidAmount")),
                Rounding = context.Amount(summation?.Child("RoundingAmount")),
                Payable = context.Amount(summation?.Child("DuePayableAmount")),
            },
            VatBreakdown = ValueList<VatBreakdown>.From([.. taxes.Select(t => ReadVatBreakdown(t, context))]),
            SupportingDocuments = ValueList<SupportingDocument>.From(
            [
                .. additionalReferences
                    .Where(r => r.ChildText("TypeCode") is not ("130" or "50"))
                    .Select(r => ReadSupportingDocument(r, context)),
            ]),
            Lines = ValueList<InvoiceLine>.From(
                [.. (transaction?.ChildrenNamed("IncludedSupplyChainTradeLineItem") ?? []).Select(l => ReadLine(l, context))]),
        };
    }

    /// <summary>CII uses UNTDID 2475 for BT-8, UBL and the model UNTDID 2005; map to the model's codes.</summary>
    internal static string? ToUblTaxPointCode(string? ciiCode) => ciiCode switch
    {
        "5" => "3",
        "29" => "35",
        "72" => "432",
        _ => ciiCode,
    };

    // A zero price discount is no discount; UBL must write one whenever it writes a gross price.
    private static Money? NonZero(Money? money) => money is { Amount: 0m } ? null : money;

    private static XmlNode? First(XmlNode? parent, string name, string alternative) =>
        parent is null ? null : parent.Child(name) ?? parent.Child(alternative);

    private static string? DocumentId(XmlNode? document) =>
        document is null ? null : document.ChildText("IssuerAssignedID") ?? document.ChildText("ID");

    private static string? JoinTexts(IEnumerable<string?> texts)
    {
        var list = texts.OfType<string>().ToList();
        return list.Count == 0 ? null : string.Join('\n', list);
    }

    private static Party? ReadParty(XmlNode? party, ReadContext context)
    {
        if (party is null)
        {
            return null;
        }

        Identifier? vatId = null;
        Identifier? taxRegistrationId = null;
        foreach (var registration in party.ChildrenNamed("SpecifiedTaxRegistration"))
        {
            var id = registration.Child("ID");
            var value = id?.TrimmedText;
            if (value is null)
            {
                continue;
            }

            if (id!.AttributeValue("schemeID") == "VA")
            {
                vatId ??= new Identifier(value);
            }
            else
            {
                taxRegistrationId ??= new Identifier(value);
            }
        }

        var legal = party.Child("SpecifiedLegalOrganization");
        var contact = party.Child("DefinedTradeContact");
        var identifiers = ReadContext.CanonicalOrder(party.ChildrenNamed("ID").Concat(party.ChildrenNamed("GlobalID")).Select(i => ReadContext.Id(i)));
        return new Party
        {
            Name = party.ChildText("Name"),
            TradingName = legal?.ChildText("TradingBusinessName"),
            Identifiers = identifiers,
            LegalRegistrationId = ReadContext.Id(legal?.Child("ID")),
            VatId = vatId,
            TaxRegistrationId = taxRegistrationId,
            LegalInformation = party.ChildText("Description"),
            ElectronicAddress = ReadContext.Id(party.Path("URIUniversalCommunication", "URIID")),
            Address = ReadAddress(party.Child("PostalTradeAddress")),
            Contact = contact is null
                ? null
                : new Contact(
                    contact.ChildText("PersonName") ?? contact.ChildText("DepartmentName"),
                    contact.Path("TelephoneUniversalCommunication", "CompleteNumber")?.TrimmedText,
                    contact.Path("EmailURIUniversalCommunication", "URIID")?.TrimmedText),
        };
    }

    private static Address? ReadAddress(XmlNode? address) =>
        address is null
            ? null
            : new Address
            {
                Line1 = address.ChildText("LineOne"),
                Line2 = address.ChildText("LineTwo"),
                Line3 = address.ChildText("LineThree"),
                City = address.ChildText("CityName"),
                PostalCode = address.ChildText("PostcodeCode"),
                CountrySubdivision = address.ChildText("CountrySubDivisionName"),
                CountryCode = address.ChildText("CountryID"),
            };

    private static Delivery? ReadDelivery(XmlNode? delivery, ReadContext context)
    {
        var shipTo = delivery?.Child("ShipToTradeParty");
        var date = context.CiiDate(delivery?.Path("ActualDeliverySupplyChainEvent", "OccurrenceDateTime"));
        if (shipTo is null && date is null)
        {
            return null;
        }

        return new Delivery
        {
            PartyName = shipTo?.ChildText("Name"),
            LocationId = ReadContext.Id(shipTo?.Child("GlobalID")) ?? ReadContext.Id(shipTo?.Child("ID")),
            ActualDate = date,
            Address = ReadAddress(shipTo?.Child("PostalTradeAddress")),
        };
    }

    private static Period? ReadPeriod(XmlNode? period, ReadContext context)
    {
        if (period is null)
        {
            return null;
        }

        var start = context.CiiDate(period.Child("StartDateTime"));
        var end = context.CiiDate(period.Child("EndDateTime"));
        return start is null && end is null ? null : new Period(start, end);
    }

    private static List<PaymentInstructions> ReadPaymentMeans(XmlNode? settlement, List<XmlNode> terms)
    {
        var result = new List<PaymentInstructions>();
        if (settlement is null)
        {
            return result;
        }

        var remittance = settlement.ChildText("PaymentReference");
        var creditorId = settlement.ChildText("CreditorReferenceID");
        var mandate = terms.Select(t => t.ChildText("DirectDebitMandateID")).FirstOrDefault(m => m is not null);
        foreach (var means in settlement.ChildrenNamed("SpecifiedTradeSettlementPaymentMeans"))
        {
            var creditor = means.Child("PayeePartyCreditorFinancialAccount");
            var debtor = means.Child("PayerPartyDebtorFinancialAccount");
            var card = means.Child("ApplicableTradeSettlementFinancialCard");
            var code = means.ChildText("TypeCode");
            var iban = creditor?.ChildText("IBANID");
            var isDirectDebit = debtor is not null || (code is "59" && (mandate ?? creditorId) is not null);
            result.Add(new PaymentInstructions
            {
                MeansCode = code,
                MeansText = means.ChildText("Information"),
                RemittanceInformation = remittance,
                CreditTransfer = creditor is null
                    ? null
                    : new CreditTransfer
                    {
                        AccountId = iban ?? creditor.ChildText("ProprietaryID"),
                        AccountName = creditor.ChildText("AccountName"),
                        ServiceProviderId = means.Path("PayeeSpecifiedCreditorFinancialInstitution", "BICID")?.TrimmedText,
                    },
                Card = card is null ? null : new PaymentCard(card.ChildText("ID"), card.ChildText("CardholderName")),
                DirectDebit = isDirectDebit ? new DirectDebit(mandate, creditorId, debtor?.ChildText("IBANID")) : null,
            });
        }

        // A remittance reference without any payment means still has to survive.
        if (result.Count == 0 && remittance is not null)
        {
            result.Add(new PaymentInstructions { RemittanceInformation = remittance });
        }

        return result;
    }

    private static AllowanceCharge ReadAllowanceCharge(XmlNode node, ReadContext context)
    {
        var tax = node.Child("CategoryTradeTax");
        var indicator = node.Path("ChargeIndicator", "Indicator")?.TrimmedText;
        return new AllowanceCharge
        {
            IsCharge = string.Equals(indicator, "true", StringComparison.OrdinalIgnoreCase),
            Amount = context.Amount(node.Child("ActualAmount")),
            BaseAmount = context.Amount(node.Child("BasisAmount")),
            Percentage = context.Decimal(node.Child("CalculationPercent")),
            VatCategoryCode = tax?.ChildText("CategoryCode"),
            VatRate = context.Decimal(tax?.Child("RateApplicablePercent") ?? tax?.Child("ApplicablePercent")),
            Reason = node.ChildText("Reason"),
            ReasonCode = node.ChildText("ReasonCode"),
        };
    }

    private static (Money? Tax, Money? TaxInTaxCurrency) ReadTaxTotals(
        XmlNode? summation, ReadContext context, string? currency, string? taxCurrency)
    {
        Money? tax = null;
        Money? taxInTaxCurrency = null;
        foreach (var total in summation?.ChildrenNamed("TaxTotalAmount") ?? [])
        {
            var amount = context.Amount(total);
            if (amount?.Currency is { } c && taxCurrency is not null && c == taxCurrency && c != currency)
            {
                taxInTaxCurrency ??= amount;
            }
            else
            {
                tax ??= amount;
            }
        }

        return (tax, taxInTaxCurrency);
    }

    private static VatBreakdown ReadVatBreakdown(XmlNode tax, ReadContext context) =>
        new()
        {
            TaxableAmount = context.Amount(tax.Child("BasisAmount")),
            TaxAmount = context.Amount(tax.Child("CalculatedAmount")),
            CategoryCode = tax.ChildText("CategoryCode"),
            Rate = context.Decimal(tax.Child("RateApplicablePercent") ?? tax.Child("ApplicablePercent")),
            ExemptionReason = tax.ChildText("ExemptionReason"),
            ExemptionReasonCode = tax.ChildText("ExemptionReasonCode"),
            TaxScheme = tax.ChildText("TypeCode"),
        };

    private static SupportingDocument ReadSupportingDocument(XmlNode reference, ReadContext context)
    {
        var binary = reference.Child("AttachmentBinaryObject");
        var typeCode = reference.ChildText("TypeCode");
        return new SupportingDocument
        {
            Id = DocumentId(reference),
            TypeCode = typeCode == "916" ? null : typeCode,
            Description = reference.ChildText("Name"),
            ExternalUri = reference.ChildText("URIID"),
            Attachment = binary is null ? null : Base64Attachment.Decode(binary, context),
        };
    }

    private static InvoiceLine ReadLine(XmlNode line, ReadContext context)
    {
        var document = line.Child("AssociatedDocumentLineDocument");
        var product = line.Child("SpecifiedTradeProduct");
        var agreement = First(line, "SpecifiedLineTradeAgreement", "SpecifiedSupplyChainTradeAgreement");
        var delivery = First(line, "SpecifiedLineTradeDelivery", "SpecifiedSupplyChainTradeDelivery");
        var settlement = First(line, "SpecifiedLineTradeSettlement", "SpecifiedSupplyChainTradeSettlement");
        var gross = agreement?.Child("GrossPriceProductTradePrice");
        var net = agreement?.Child("NetPriceProductTradePrice");
        var tax = settlement?.Child("ApplicableTradeTax");
        var objectReference = settlement?.ChildrenNamed("AdditionalReferencedDocument").FirstOrDefault(r => r.ChildText("TypeCode") is "130" or null);
        var lineTotal = First(settlement, "SpecifiedTradeSettlementLineMonetarySummation", "SpecifiedTradeSettlementMonetarySummation");
        return new InvoiceLine
        {
            Id = document?.ChildText("LineID"),
            Note = JoinTexts((document?.ChildrenNamed("IncludedNote") ?? []).Select(n => n.ChildText("Content"))),
            ObjectId = DocumentId(objectReference) is { } objectId
                ? new Identifier(objectId, objectReference!.ChildText("ReferenceTypeCode"))
                : null,
            Quantity = context.Quantity(delivery?.Child("BilledQuantity")),
            NetAmount = context.Amount(lineTotal?.Child("LineTotalAmount")),
            OrderLineReference = agreement?.Child("BuyerOrderReferencedDocument")?.ChildText("LineID"),
            AccountingCost = settlement?.Child("ReceivableSpecifiedTradeAccountingAccount")?.ChildText("ID"),
            Period = ReadPeriod(settlement?.Child("BillingSpecifiedPeriod"), context),
            AllowancesCharges = ValueList<AllowanceCharge>.From(
                [.. (settlement?.ChildrenNamed("SpecifiedTradeAllowanceCharge") ?? []).Select(a => ReadAllowanceCharge(a, context))]),
            Price = gross is null && net is null
                ? null
                : new LinePrice
                {
                    NetPrice = context.Amount(net?.Child("ChargeAmount")),
                    GrossPrice = context.Amount(gross?.Child("ChargeAmount")),
                    Discount = NonZero(context.Amount(gross?.Child("AppliedTradeAllowanceCharge")?.Child("ActualAmount"))),
                    BaseQuantity = context.Quantity(net?.Child("BasisQuantity") ?? gross?.Child("BasisQuantity")),
                },
            Vat = tax is null
                ? null
                : new LineVat
                {
                    CategoryCode = tax.ChildText("CategoryCode"),
                    Rate = context.Decimal(tax.Child("RateApplicablePercent") ?? tax.Child("ApplicablePercent")),
                    TaxScheme = tax.ChildText("TypeCode"),
                },
            Item = product is null
                ? new Item()
                : new Item
                {
                    Name = product.ChildText("Name"),
                    Description = product.ChildText("Description"),
                    SellerId = product.ChildText("SellerAssignedID"),
                    BuyerId = product.ChildText("BuyerAssignedID"),
                    StandardId = ReadContext.Id(product.Child("GlobalID")),
                    Classifications = ValueList<ItemClassification>.From(
                    [
                        .. product.ChildrenNamed("DesignatedProductClassification")
                            .Select(c => c.Child("ClassCode"))
                            .Where(c => c?.TrimmedText is not null)
                            .Select(c => new ItemClassification(c!.TrimmedText!, c.AttributeValue("listID"), c.AttributeValue("listVersionID"))),
                    ]),
                    OriginCountry = product.Path("OriginTradeCountry", "ID")?.TrimmedText,
                    Attributes = ValueList<ItemAttribute>.From(
                    [
                        .. product.ChildrenNamed("ApplicableProductCharacteristic")
                            .Where(p => p.ChildText("Description") is not null)
                            .Select(p => new ItemAttribute(p.ChildText("Description")!, p.ChildText("Value"))),
                    ]),
                },
            ParentLineId = document?.ChildText("ParentLineID"),
            LineStatusReasonCode = document?.ChildText("LineStatusReasonCode"),
        };
    }
}
