#!/usr/bin/env python3
"""Generate the documents of the whole-process validation benchmark (docs/cli.md, "Speed").

Writes into OUT (default: a new folder under /tmp):
  OUT/ubl/*.xml    COUNT/2 small UBL invoices, each a copy of a small EN 16931 corpus template with its own number
  OUT/cii/*.xml    COUNT/2 small CII invoices, likewise
  OUT/large.xml    one UBL invoice with LINES lines (our own template; totals add up, so it is valid)
The templates are read from ../shared/corpus at run time; nothing of them is kept in the repository.

Usage: python3 tools/generate_validation_bench.py [--out DIR] [--count 1000] [--lines 5000] [--corpus DIR]
"""
import argparse
import os
import re
import tempfile
from decimal import Decimal

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UBL_TEMPLATES = ['ubl/ubl-tc434-example3.xml', 'ubl/ubl-tc434-example4.xml', 'ubl/ubl-tc434-example6.xml', 'ubl/ubl-tc434-example7.xml']
CII_TEMPLATES = ['cii/CII_example3.xml', 'cii/CII_example7.xml']
# The invoice number: the first cbc:ID after the CustomizationID, the first ram:ID inside ExchangedDocument.
UBL_NUMBER = re.compile(r'(</cbc:ProfileID>\s*<cbc:ID>|</cbc:CustomizationID>\s*<cbc:ID>)([^<]*)(</cbc:ID>)')
CII_NUMBER = re.compile(r'(<rsm:ExchangedDocument>\s*<ram:ID>)([^<]*)(</ram:ID>)')


def write_copies(corpus, templates, pattern, folder, count):
    os.makedirs(folder, exist_ok=True)
    sources = [open(os.path.join(corpus, t), encoding='utf-8').read() for t in templates]
    for source, template in zip(sources, templates):
        if not pattern.search(source):
            raise SystemExit(f'no invoice number found in {template}')
    for i in range(count):
        source = sources[i % len(sources)]
        text = pattern.sub(lambda m: f'{m.group(1)}BENCH-{i:05d}{m.group(3)}', source, count=1)
        with open(os.path.join(folder, f'{i:05d}.xml'), 'w', encoding='utf-8') as out:
            out.write(text)


def large_invoice(lines):
    price = Decimal('12.50')
    net = price * lines
    tax = (net * Decimal('0.25')).quantize(Decimal('0.01'))
    body = ''.join(f'''
  <cac:InvoiceLine>
    <cbc:ID>{n}</cbc:ID>
    <cbc:InvoicedQuantity unitCode="C62">1</cbc:InvoicedQuantity>
    <cbc:LineExtensionAmount currencyID="EUR">{price}</cbc:LineExtensionAmount>
    <cac:Item><cbc:Name>Item {n}</cbc:Name><cac:SellersItemIdentification><cbc:ID>SKU-{n:05d}</cbc:ID></cac:SellersItemIdentification>
      <cac:ClassifiedTaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>25</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:ClassifiedTaxCategory></cac:Item>
    <cac:Price><cbc:PriceAmount currencyID="EUR">{price}</cbc:PriceAmount></cac:Price>
  </cac:InvoiceLine>''' for n in range(1, lines + 1))
    return f'''<?xml version="1.0" encoding="UTF-8"?>
<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2" xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
  <cbc:CustomizationID>urn:cen.eu:en16931:2017</cbc:CustomizationID>
  <cbc:ID>LARGE-{lines}</cbc:ID>
  <cbc:IssueDate>2026-12-01</cbc:IssueDate>
  <cbc:DueDate>2026-12-31</cbc:DueDate>
  <cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>
  <cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>
  <cbc:BuyerReference>BENCH</cbc:BuyerReference>
  <cac:AccountingSupplierParty><cac:Party>
    <cbc:EndpointID schemeID="0088">5790000000005</cbc:EndpointID>
    <cac:PostalAddress><cbc:CityName>Esbjerg</cbc:CityName><cac:Country><cbc:IdentificationCode>DK</cbc:IdentificationCode></cac:Country></cac:PostalAddress>
    <cac:PartyTaxScheme><cbc:CompanyID>DK12345678</cbc:CompanyID><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme>
    <cac:PartyLegalEntity><cbc:RegistrationName>Bench Supplier ApS</cbc:RegistrationName></cac:PartyLegalEntity>
  </cac:Party></cac:AccountingSupplierParty>
  <cac:AccountingCustomerParty><cac:Party>
    <cbc:EndpointID schemeID="0088">5790000000012</cbc:EndpointID>
    <cac:PostalAddress><cbc:CityName>Flensburg</cbc:CityName><cac:Country><cbc:IdentificationCode>DE</cbc:IdentificationCode></cac:Country></cac:PostalAddress>
    <cac:PartyLegalEntity><cbc:RegistrationName>Bench Buyer GmbH</cbc:RegistrationName></cac:PartyLegalEntity>
  </cac:Party></cac:AccountingCustomerParty>
  <cac:PaymentMeans><cbc:PaymentMeansCode>30</cbc:PaymentMeansCode><cac:PayeeFinancialAccount><cbc:ID>DK5000400440116243</cbc:ID></cac:PayeeFinancialAccount></cac:PaymentMeans>
  <cac:TaxTotal>
    <cbc:TaxAmount currencyID="EUR">{tax}</cbc:TaxAmount>
    <cac:TaxSubtotal>
      <cbc:TaxableAmount currencyID="EUR">{net}</cbc:TaxableAmount>
      <cbc:TaxAmount currencyID="EUR">{tax}</cbc:TaxAmount>
      <cac:TaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>25</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:TaxCategory>
    </cac:TaxSubtotal>
  </cac:TaxTotal>
  <cac:LegalMonetaryTotal>
    <cbc:LineExtensionAmount currencyID="EUR">{net}</cbc:LineExtensionAmount>
    <cbc:TaxExclusiveAmount currencyID="EUR">{net}</cbc:TaxExclusiveAmount>
    <cbc:TaxInclusiveAmount currencyID="EUR">{net + tax}</cbc:TaxInclusiveAmount>
    <cbc:PayableAmount currencyID="EUR">{net + tax}</cbc:PayableAmount>
  </cac:LegalMonetaryTotal>{body}
</Invoice>
'''


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--out')
    parser.add_argument('--count', type=int, default=1000)
    parser.add_argument('--lines', type=int, default=5000)
    parser.add_argument('--corpus', default=os.path.join(ROOT, '..', 'shared', 'corpus'))
    args = parser.parse_args()
    if not os.path.isdir(args.corpus):
        raise SystemExit(f'corpus not found at {args.corpus} (pass --corpus)')
    out = args.out or tempfile.mkdtemp(prefix='invoicehub-bench-')
    write_copies(args.corpus, UBL_TEMPLATES, UBL_NUMBER, os.path.join(out, 'ubl'), args.count // 2)
    write_copies(args.corpus, CII_TEMPLATES, CII_NUMBER, os.path.join(out, 'cii'), args.count - args.count // 2)
    with open(os.path.join(out, 'large.xml'), 'w', encoding='utf-8') as large:
        large.write(large_invoice(args.lines))
    print(out)


if __name__ == '__main__':
    main()
