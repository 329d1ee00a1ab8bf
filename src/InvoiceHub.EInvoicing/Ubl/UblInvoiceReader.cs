using InvoiceHub.EInvoicing.Model;
using InvoiceHub.EInvoicing.Reading;
using InvoiceHub.EInvoicing.Xml;

namespace InvoiceHub.EInvoicing.Ubl;

/// <summary>Maps a UBL 2.1 / OIOUBL Invoice or CreditNote tree onto the EN 16931 model (the CEN UBL binding).</summary>
internal static class UblInvoiceReader
{
    private const string SepaScheme = "SEPA";

    public static Invoice Read(XmlNode root, DocumentFormat format, ReadContext context)
    {
        var isOioubl = format.Syntax == InvoiceSyntax.OioUbl;
        var isCreditNote = root.LocalName == "CreditNote";
        var currency = root.ChildText("DocumentCurrencyCode");
        context.DocumentCurrency = currency;
        var taxCurrency = root.ChildText("TaxCurrencyCode");

        var seller = ReadParty(root.Path("AccountingSupplierParty", "Party"), context, isOioubl) ?? new Party();
        var customer = root.Child("AccountingCustomerParty");
        var buyer = ReadParty(customer?.Child("Party"), context, isOioubl) ?? new Party();
        if (customer?.ChildText("SupplierAssignedAccountID") is { } assignedAccountId)
        {
            buyer = buyer with { SupplierAssignedAccountId = assignedAccountId };
        }

        var payee = ReadParty(root.Child("PayeeParty"), context, isOioubl, nameFromPartyName: true);
        var payments = ReadPaymentMeans(root, context, isOioubl);

        // BT-90 (SEPA creditor id) is bound to a party identifier in UBL; the model keeps it with the direct debit.
        var hasDirectDebit = payments.Any(p => p.DirectDebit is not null);
        (payee, var creditorId) = TakeSepaId(payee, hasDirectDebit);
        if (creditorId is null)
        {
            (var sellerWithoutSepa, creditorId) = TakeSepaId(seller, hasDirectDebit);
            seller = sellerWithoutSepa!;
        }

        if (creditorId is not null)
        {
            payments = [.. payments.Select(p => p.DirectDebit is null ? p : p with { DirectDebit = p.DirectDebit with { CreditorId = creditorId } })];
        }

        var references = root.ChildrenNamed("AdditionalDocumentReference").ToList();
        var invoicedObject = references.FirstOrDefault(r => r.ChildText("DocumentTypeCode") == "130");
        var orderReference = root.Child("OrderReference");
        var invoicePeriod = root.Child("InvoicePeriod");
        var (tax, taxInTaxCurrency, breakdown) = ReadTaxTotals(root, context, currency, taxCurrency, isOioubl);
        var monetary = root.Child("LegalMonetaryTotal");

        return new Invoice
        {
            Format = format,
            Number = root.ChildText("ID"),
            IssueDate = context.IsoDate(root.Child("IssueDate")),
            TypeCode = root.ChildText(isCreditNote ? "CreditNoteTypeCode" : "InvoiceTypeCode"),
            IsCreditNote = isCreditNote,
            CurrencyCode = currency,
            TaxCurrencyCode = taxCurrency,
            TaxPointDate = context.IsoDate(root.Child("TaxPointDate")),
            TaxPointDateCode = invoicePeriod?.ChildText("DescriptionCode"),
            DueDate = context.IsoDate(root.Child("DueDate")) ?? context.IsoDate(root.Path("PaymentMeans", "PaymentDueDate")),
            BuyerReference = root.ChildText("BuyerReference"),
            ProjectReference = root.Child("ProjectReference")?.ChildText("ID")
                ?? references.FirstOrDefault(r => r.ChildText("DocumentTypeCode") == "50")?.ChildText("ID"),
            ContractReference = root.Child("ContractDocumentReference")?.ChildText("ID"),
            PurchaseOrderReference = PurchaseOrderId(orderReference),
            SalesOrderReference = orderReference?.ChildText("SalesOrderID"),
            ReceivingAdviceReference = root.Child("ReceiptDocumentReference")?.ChildText("ID"),
            DespatchAdviceReference = root.Child("DespatchDocumentReference")?.ChildText("ID"),
            TenderOrLotReference = root.Child("OriginatorDocumentReference")?.ChildText("ID"),
            InvoicedObjectId = ReadContext.Id(invoicedObject?.Child("ID")),
            BuyerAccountingReference = root.ChildText("AccountingCost"),
            PaymentTerms = JoinTexts(root.ChildrenNamed("PaymentTerms").Select(t => t.ChildText("Note"))),
            Notes = ValueList<Note>.From([.. root.ChildrenNamed("Note").Select(ReadNote).OfType<Note>()]),
            BusinessProcess = root.ChildText("ProfileID"),
            SpecificationId = root.ChildText("CustomizationID"),
            UblVersion = root.ChildText("UBLVersionID"),
            PrecedingInvoices = ValueList<PrecedingInvoiceReference>.From(
            [
                .. root.ChildrenNamed("BillingReference")
                    .Select(b => b.Child("InvoiceDocumentReference") ?? b.Child("CreditNoteDocumentReference"))
                    .Where(r => r?.ChildText("ID") is not null)
                    .Select(r => new PrecedingInvoiceReference(r!.ChildText("ID")!, context.IsoDate(r.Child("IssueDate")))),
            ]),
            Seller = seller,
            Buyer = buyer,
            Payee = payee,
            TaxRepresentative = ReadParty(root.Child("TaxRepresentativeParty"), context, isOioubl, nameFromPartyName: true),
            Delivery = ReadDelivery(root.Child("Delivery"), context),
            InvoicingPeriod = ReadPeriod(invoicePeriod, context),
            PaymentInstructions = ValueList<PaymentInstructions>.From(payments),
            AllowancesCharges = ValueList<AllowanceCharge>.From([.. root.ChildrenNamed("AllowanceCharge").Select(a => ReadAllowanceCharge(a, context))]),
            Totals = new DocumentTotals
            {
                LineNet = context.Amount(monetary?.Child("LineExtensionAmount")),
                AllowanceTotal = context.Amount(monetary?.Child("AllowanceTotalAmount")),
                ChargeTotal = context.Amount(monetary?.Child("ChargeTotalAmount")),
                TaxExclusive = isOioubl ? null : context.Amount(monetary?.Child("TaxExclusiveAmount")),
                OioublTotalTaxAmount = isOioubl ? context.Amount(monetary?.Child("TaxExclusiveAmount")) : null,
                Tax = tax,
                TaxInTaxCurrency = taxInTaxCurrency,
                TaxInclusive = context.Amount(monetary?.Child("TaxInclusiveAmount")),
                Prepaid = context.Amount(monetary?.Child("PrepaidAmount")),
                Rounding = context.Amount(monetary?.Child("PayableRoundingAmount")),
                Payable = context.Amount(monetary?.Child("PayableAmount")),
            },
            VatBreakdown = ValueList<VatBreakdown>.From(breakdown),
            SupportingDocuments = ValueList<SupportingDocument>.From(
            [
                .. references
                    .Where(r => r.ChildText("DocumentTypeCode") is not ("130" or "50"))
                    .Select(r => ReadSupportingDocument(r, context)),
            ]),
            Lines = ValueList<InvoiceLine>.From(
            [
                .. root.ChildrenNamed(isCreditNote ? "CreditNoteLine" : "InvoiceLine").Select(l => ReadLine(l, context, null)),
            ]),
        };
    }

    /// <summary>BT-13; "NA" is the binding's placeholder for a sales order reference (BT-14) without a purchase order.</summary>
    private static string? PurchaseOrderId(XmlNode? orderReference)
    {
        var id = orderReference?.ChildText("ID");
        return id == "NA" && orderReference!.ChildText("SalesOrderID") is not null ? null : id;
    }

    private static Note? ReadNote(XmlNode node)
    {
        var text = node.TrimmedText;
        if (text is null)
        {
            return null;
        }

        // EN 16931 UBL binding: BT-21 travels as a "#CODE#" prefix of the note text.
        if (text.Length > 2 && text[0] == '#')
        {
            var end = text.IndexOf('#', 1);
            if (end > 1 && end <= 5)
            {
                return new Note(text[(end + 1)..].Trim(), text[1..end]);
            }
        }

        return new Note(text);
    }

    /// <summary>The trimmed texts of the children of this name, joined by line breaks; null when none has text.</summary>
    private static string? JoinChildTexts(XmlNode parent, string name)
    {
        string? joined = null;
        for (var child = parent.Child(name); child is not null; child = child.NextNamed())
        {
            if (child.TrimmedText is { } text)
            {
                joined = joined is null ? text : string.Concat(joined, "\n", text);
            }
        }

        return joined;
    }

    /// <summary>Reads every child of this name; no list (and no iterator or closure) when there is none.</summary>
    private static ValueList<T> ReadAll<T>(XmlNode parent, string name, ReadContext context, Func<XmlNode, ReadContext, T> read)
    {
        List<T>? items = null;
        for (var child = parent.Child(name); child is not null; child = child.NextNamed())
        {
            (items ??= []).Add(read(child, context));
        }

        return ValueList<T>.From(items);
    }

    private static string? JoinTexts(IEnumerable<string?> texts)
    {
        var list = texts.OfType<string>().ToList();
        return list.Count == 0 ? null : string.Join('\n', list);
    }

    private static Party? ReadParty(XmlNode? party, ReadContext context, bool isOioubl, bool nameFromPartyName = false)
    {
        if (party is null)
        {
            return null;
        }

        Identifier? vatId = null;
        Identifier? taxRegistrationId = null;
        foreach (var taxScheme in party.ChildrenNamed("PartyTaxScheme"))
        {
            var schemeId = taxScheme.Path("TaxScheme", "ID")?.TrimmedText;
            var companyId = taxScheme.Child("CompanyID");
            var id = isOioubl ? ReadContext.Id(companyId) : (companyId?.TrimmedText is { } v ? new Identifier(v) : null);
            if (id is null)
            {
                continue;
            }

            // OIOUBL registers VAT under tax scheme "63" (Moms); EN 16931 under "VAT".
            if (vatId is null && (schemeId == "VAT" || (isOioubl && schemeId is "63" or "Moms")))
            {
                vatId = id;
            }
            else
            {
                taxRegistrationId ??= id;
            }
        }

        var legalEntity = party.Child("PartyLegalEntity");
        var partyName = party.Path("PartyName", "Name")?.TrimmedText;
        var registrationName = legalEntity?.ChildText("RegistrationName");
        return new Party
        {
            Name = nameFromPartyName ? partyName ?? registrationName : registrationName,
            TradingName = nameFromPartyName ? null : partyName,
            Identifiers = ReadContext.CanonicalOrder(party.ChildrenNamed("PartyIdentification").Select(p => ReadContext.Id(p.Child("ID")))),
            LegalRegistrationId = ReadContext.Id(legalEntity?.Child("CompanyID")),
            VatId = vatId,
            TaxRegistrationId = taxRegistrationId,
            LegalInformation = legalEntity?.ChildText("CompanyLegalForm"),
            ElectronicAddress = ReadContext.Id(party.Child("EndpointID")),
            Address = ReadAddress(party.Child("PostalAddress")),
            Contact = ReadContact(party.Child("Contact")),
        };
    }

    private static (Party? Party, string? SepaId) TakeSepaId(Party? party, bool hasDirectDebit)
    {
        var sepa = hasDirectDebit ? party?.Identifiers.FirstOrDefault(i => i.SchemeId == SepaScheme) : null;
        if (party is null || sepa is null)
        {
            return (party, null);
        }

        return (party with { Identifiers = new ValueList<Identifier>(party.Identifiers.Where(i => !ReferenceEquals(i, sepa))) }, sepa.Value);
    }

    internal static Address? ReadAddress(XmlNode? address)
    {
        if (address is null)
        {
            return null;
        }

        return new Address
        {
            Line1 = address.ChildText("StreetName"),
            Line2 = address.ChildText("AdditionalStreetName"),
            Line3 = address.Path("AddressLine", "Line")?.TrimmedText,
            BuildingNumber = address.ChildText("BuildingNumber"),
            City = address.ChildText("CityName"),
            PostalCode = address.ChildText("PostalZone"),
            CountrySubdivision = address.ChildText("CountrySubentity"),
            CountryCode = address.Path("Country", "IdentificationCode")?.TrimmedText,
        };
    }

    private static Contact? ReadContact(XmlNode? contact) =>
        contact is null
            ? null
            : new Contact(contact.ChildText("Name"), contact.ChildText("Telephone"), contact.ChildText("ElectronicMail"));

    private static Delivery? ReadDelivery(XmlNode? delivery, ReadContext context)
    {
        if (delivery is null)
        {
            return null;
        }

        var location = delivery.Child("DeliveryLocation");
        return new Delivery
        {
            PartyName = delivery.Path("DeliveryParty", "PartyName", "Name")?.TrimmedText,
            LocationId = ReadContext.Id(location?.Child("ID")),
            ActualDate = context.IsoDate(delivery.Child("ActualDeliveryDate")),
            Address = ReadAddress(location?.Child("Address")),
        };
    }

    private static Period? ReadPeriod(XmlNode? period, ReadContext context)
    {
        if (period is null)
        {
            return null;
        }

        var start = context.IsoDate(period.Child("StartDate"));
        var end = context.IsoDate(period.Child("EndDate"));
        return start is null && end is null ? null : new Period(start, end);
    }

    private static List<PaymentInstructions> ReadPaymentMeans(XmlNode root, ReadContext context, bool isOioubl)
    {
        var result = new List<PaymentInstructions>();
        foreach (var means in root.ChildrenNamed("PaymentMeans"))
        {
            var codeNode = means.Child("PaymentMeansCode");
            var code = codeNode?.TrimmedText;
            var paymentId = means.ChildText("PaymentID");
            var account = means.Child("PayeeFinancialAccount");
            var card = means.Child("CardAccount");
            var mandate = means.Child("PaymentMandate");

            // OIOUBL FIK (93) and giro (50): PaymentID is the slip type, not remittance information.
            var isSlip = isOioubl && code is "93" or "50";
            result.Add(new PaymentInstructions
            {
                MeansCode = code,
                MeansText = codeNode?.AttributeValue("name"),
                RemittanceInformation = isSlip ? null : paymentId,
                CreditTransfer = account is null
                    ? null
                    : new CreditTransfer
                    {
                        AccountId = account.ChildText("ID"),
                        AccountName = account.ChildText("Name"),
                        ServiceProviderId = account.Path("FinancialInstitutionBranch", "FinancialInstitution", "ID")?.TrimmedText
                            ?? (isOioubl ? null : account.Path("FinancialInstitutionBranch", "ID")?.TrimmedText),
                        BranchId = isOioubl ? account.Path("FinancialInstitutionBranch", "ID")?.TrimmedText : null,
                    },
                Card = card is null ? null : new PaymentCard(card.ChildText("PrimaryAccountNumberID"), card.ChildText("HolderName")),
                DirectDebit = mandate is null
                    ? null
                    : new DirectDebit(mandate.ChildText("ID"), null, mandate.Path("PayerFinancialAccount", "ID")?.TrimmedText),
                Slip = isSlip
                    ? new PaymentSlip(paymentId, means.ChildText("InstructionID"), means.Path("CreditAccount", "AccountID")?.TrimmedText)
                    : null,
                ChannelCode = means.ChildText("PaymentChannelCode"),
                DueDate = isOioubl ? context.IsoDate(means.Child("PaymentDueDate")) : null,
            });
        }

        // EN 16931 has one remittance information (BT-83) per invoice; UBL repeats payment means and
        // often gives it on the first only. It applies to the payment, so every means carries it.
        var remittance = result.Select(r => r.RemittanceInformation).FirstOrDefault(r => r is not null);
        return remittance is null
            ? result
            : [.. result.Select(r => r.Slip is null && r.RemittanceInformation is null ? r with { RemittanceInformation = remittance } : r)];
    }

    internal static AllowanceCharge ReadAllowanceCharge(XmlNode node, ReadContext context)
    {
        var category = node.Child("TaxCategory");
        return new AllowanceCharge
        {
            IsCharge = string.Equals(node.ChildText("ChargeIndicator"), "true", StringComparison.OrdinalIgnoreCase),
            Amount = context.Amount(node.Child("Amount")),
            BaseAmount = context.Amount(node.Child("BaseAmount")),
            Percentage = context.Decimal(node.Child("MultiplierFactorNumeric")),
            VatCategoryCode = category?.ChildText("ID"),
            VatRate = context.Decimal(category?.Child("Percent")),
            Reason = node.ChildText("AllowanceChargeReason"),
            ReasonCode = node.ChildText("AllowanceChargeReasonCode"),
        };
    }

    private static (Money? Tax, Money? TaxInTaxCurrency, List<VatBreakdown> Breakdown) ReadTaxTotals(
        XmlNode root, ReadContext context, string? currency, string? taxCurrency, bool isOioubl)
    {
        Money? tax = null;
        Money? taxInTaxCurrency = null;
        var breakdown = new List<VatBreakdown>();
        foreach (var taxTotal in root.ChildrenNamed("TaxTotal"))
        {
            var amount = context.Amount(taxTotal.Child("TaxAmount"));
            var subtotals = taxTotal.ChildrenNamed("TaxSubtotal").ToList();
            if (isOioubl)
            {
                // OIOUBL has one TaxTotal per tax scheme; BT-110 is the VAT scheme's.
                var scheme = subtotals.Select(s => s.Path("TaxCategory", "TaxScheme", "ID")?.TrimmedText).FirstOrDefault();
                if (scheme is "63" or "VAT" || (scheme is null && tax is null))
                {
                    tax ??= amount;
                }
            }
            else if (amount?.Currency is { } c && taxCurrency is not null && c == taxCurrency && c != currency)
            {
                taxInTaxCurrency ??= amount;
            }
            else
            {
                tax ??= amount;
            }

            foreach (var subtotal in subtotals)
            {
                var category = subtotal.Child("TaxCategory");
                breakdown.Add(new VatBreakdown
                {
                    TaxableAmount = context.Amount(subtotal.Child("TaxableAmount")),
                    TaxAmount = context.Amount(subtotal.Child("TaxAmount")),
                    CategoryCode = category?.ChildText("ID"),
                    Rate = context.Decimal(category?.Child("Percent")),
                    ExemptionReason = category?.ChildText("TaxExemptionReason"),
                    ExemptionReasonCode = category?.ChildText("TaxExemptionReasonCode"),
                    TaxScheme = category?.Path("TaxScheme", "ID")?.TrimmedText,
                });
            }
        }

        return (tax, taxInTaxCurrency, breakdown);
    }

    private static SupportingDocument ReadSupportingDocument(XmlNode reference, ReadContext context)
    {
        var attachment = reference.Child("Attachment");
        var binary = attachment?.Child("EmbeddedDocumentBinaryObject");
        var typeCode = reference.ChildText("DocumentTypeCode");
        return new SupportingDocument
        {
            Id = reference.ChildText("ID"),
            TypeCode = typeCode == "916" ? null : typeCode,
            Description = reference.ChildText("DocumentDescription") ?? reference.ChildText("DocumentType"),
            ExternalUri = attachment?.Path("ExternalReference", "URI")?.TrimmedText,
            Attachment = binary is null ? null : Base64Attachment.Decode(binary, context),
        };
    }

    private static InvoiceLine ReadLine(XmlNode line, ReadContext context, string? parentId)
    {
        var id = line.ChildText("ID");
        var item = line.Child("Item");
        var price = line.Child("Price");
        // A zero price discount is no discount: UBL has to write one whenever it carries a gross price.
        var priceAllowance = price?.Child("AllowanceCharge");
        var category = item?.Child("ClassifiedTaxCategory");
        var (lineVat, otherTaxes) = ReadLineTaxes(line, category, context);
        var objectReference = line.Child("DocumentReference");
        while (objectReference is not null && objectReference.ChildText("DocumentTypeCode") is not ("130" or null))
        {
            objectReference = objectReference.NextNamed();
        }

        // Lines are most of a long invoice: what is absent costs no iterator, closure or list (see ReadAll).
        return new InvoiceLine
        {
            Id = id,
            Note = JoinChildTexts(line, "Note"),
            ObjectId = ReadContext.Id(objectReference?.Child("ID")),
            Quantity = context.Quantity(line.Child("InvoicedQuantity") ?? line.Child("CreditedQuantity")),
            NetAmount = context.Amount(line.Child("LineExtensionAmount")),
            OrderLineReference = line.Path("OrderLineReference", "LineID")?.TrimmedText,
            AccountingCost = line.ChildText("AccountingCost"),
            Period = ReadPeriod(line.Child("InvoicePeriod"), context),
            AllowancesCharges = ReadAll(line, "AllowanceCharge", context, ReadAllowanceCharge),
            Price = price is null
                ? null
                : new LinePrice
                {
                    NetPrice = context.Amount(price.Child("PriceAmount")),
                    Discount = context.Amount(priceAllowance?.Child("Amount")) is { Amount: not 0m } discount ? discount : null,
                    GrossPrice = context.Amount(priceAllowance?.Child("BaseAmount")),
                    BaseQuantity = context.Quantity(price.Child("BaseQuantity")),
                },
            Vat = lineVat,
            OtherTaxes = ValueList<LineTax>.From(otherTaxes),
            Item = item is null
                ? new Item()
                : new Item
                {
                    Name = item.ChildText("Name"),
                    Description = JoinChildTexts(item, "Description"),
                    SellerId = item.Path("SellersItemIdentification", "ID")?.TrimmedText,
                    BuyerId = item.Path("BuyersItemIdentification", "ID")?.TrimmedText,
                    StandardId = ReadContext.Id(item.Path("StandardItemIdentification", "ID")),
                    Classifications = item.Child("CommodityClassification") is null ? ValueList<ItemClassification>.Empty : ValueList<ItemClassification>.From(
                    [
                        .. item.ChildrenNamed("CommodityClassification")
                            .Select(c => c.Child("ItemClassificationCode"))
                            .Where(c => c?.TrimmedText is not null)
                            .Select(c => new ItemClassification(c!.TrimmedText!, c.AttributeValue("listID"), c.AttributeValue("listVersionID"))),
                    ]),
                    OriginCountry = item.Path("OriginCountry", "IdentificationCode")?.TrimmedText,
                    Attributes = item.Child("AdditionalItemProperty") is null ? ValueList<ItemAttribute>.Empty : ValueList<ItemAttribute>.From(
                    [
                        .. item.ChildrenNamed("AdditionalItemProperty")
                            .Where(p => p.ChildText("Name") is not null)
                            .Select(p => new ItemAttribute(p.ChildText("Name")!, p.ChildText("Value"))),
                    ]),
                },
            ParentLineId = parentId,
            SubLines = line.Child("SubInvoiceLine") is null && line.Child("SubCreditNoteLine") is null ? ValueList<InvoiceLine>.Empty : ValueList<InvoiceLine>.From(
            [
                .. line.ChildrenNamed("SubInvoiceLine").Concat(line.ChildrenNamed("SubCreditNoteLine")).Select(s => ReadLine(s, context, id)),
            ]),
        };
    }

    private static (LineVat? Vat, List<LineTax>? Others) ReadLineTaxes(XmlNode line, XmlNode? category, ReadContext context)
    {
        var vat = category is null
            ? null
            : new LineVat
            {
                CategoryCode = category.ChildText("ID"),
                Rate = context.Decimal(category.Child("Percent")),
                TaxScheme = category.Path("TaxScheme", "ID")?.TrimmedText,
            };
        List<LineTax>? others = null;
        if (line.Child("TaxTotal") is null)
        {
            return (vat, others);
        }

        // OIOUBL repeats the tax per line (TaxTotal); EN 16931 UBL has none, so this is usually a no-op.
        foreach (var subtotal in line.ChildrenNamed("TaxTotal").SelectMany(t => t.ChildrenNamed("TaxSubtotal")))
        {
            var subCategory = subtotal.Child("TaxCategory");
            var scheme = subCategory?.Path("TaxScheme", "ID")?.TrimmedText;
            var taxable = context.Amount(subtotal.Child("TaxableAmount"));
            var amount = context.Amount(subtotal.Child("TaxAmount"));
            if (scheme is "63" or "VAT")
            {
                vat ??= new LineVat
                {
                    CategoryCode = subCategory?.ChildText("ID"),
                    Rate = context.Decimal(subCategory?.Child("Percent")),
                    TaxScheme = scheme,
                };
                vat = vat with { TaxAmount = amount, TaxableAmount = taxable };
            }
            else
            {
                (others ??= []).Add(new LineTax
                {
                    TaxScheme = scheme,
                    CategoryCode = subCategory?.ChildText("ID"),
                    Rate = context.Decimal(subCategory?.Child("Percent")),
                    TaxableAmount = taxable,
                    TaxAmount = amount,
                });
            }
        }

        return (vat, others);
    }
}
