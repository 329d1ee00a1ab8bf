#!/usr/bin/env bash
# Seeds a tenant's archive with synthetic invoices for measuring the archive search (docs/archive-search.md):
# one INSERT ... SELECT over generate_series, so 100,000 invoices take seconds, not 100,000 pushes.
#
#   scripts/seed-archive.sh CONNECTION [COUNT] [TENANT]
#     CONNECTION  an Npgsql connection string of a migrated InvoiceHub database (Host=...;Port=...;Username=...;Password=...;Database=...)
#     COUNT       invoices to add (100000)
#     TENANT      the tenant's name (Default); it must exist (the app creates Default at first start)
#
# The rows look like intake's: both directions (70 % purchase), 95 % archived and 5 % in progress, six recognition
# sources, 2,000 counterparties (with party ids and account numbers), dates over five years, amounts 10-5,000 EUR,
# three line texts each from a list of 120 products. Their originals are not in the document store (reading one
# answers 404); internal numbers are SEED-P-nnnnnn / SEED-S-nnnnnn so they never meet real numbering. Running it again
# adds COUNT more (numbers continue after the highest seeded one). Ends with ANALYZE.
set -euo pipefail
connection=${1:?usage: scripts/seed-archive.sh CONNECTION [COUNT] [TENANT]}
count=${2:-100000}
tenant=${3:-Default}

part() { tr ';' '\n' <<<"$connection" | sed -n "s/^[[:space:]]*$1=//Ip" | head -1; }
export PGHOST=$(part Host) PGPORT=$(part Port) PGUSER=$(part Username) PGPASSWORD=$(part Password) PGDATABASE=$(part Database)
psql_bin=${PG_BIN:+$PG_BIN/}psql

started=$(date +%s.%N)
"$psql_bin" -v ON_ERROR_STOP=1 -q -v count="$count" -v tenant="$tenant" <<'SQL'
\set QUIET on
SELECT id AS tenant_id FROM accounts.tenants WHERE name = :'tenant' \gset
SELECT COALESCE(max(substr(external_id, 6)::int), 0) AS first FROM invoices.documents
 WHERE tenant_id = :'tenant_id' AND external_id LIKE 'seed-%' \gset

CREATE TEMP TABLE words(n int PRIMARY KEY, word text);
INSERT INTO words SELECT row_number() OVER () - 1, w FROM unnest(string_to_array(
 'Schrauben M8|Bürostuhl ergonomisch|Druckerpapier A4|Toner schwarz|Heizöl extra leicht|Wartungsvertrag Aufzug|'
 'Beratung Steuerrecht|Kaffee Bohnen|Reinigung Büroräume|Fensterreinigung|Laptop 14 Zoll|Monitor 27 Zoll|'
 'Softwarelizenz Jahresabo|Hosting Server|Domain Verlängerung|Frachtkosten|Palettenmiete|Gabelstapler Miete|'
 'Stahlträger HEB 200|Beton C25|Kupferrohr 15 mm|Dämmwolle|Gipskarton|Fliesenkleber|Elektroinstallation|'
 'Sanitärarbeiten|Malerarbeiten|Dachdeckerarbeiten|Gerüstmiete|Container Entsorgung|Fisk torsk|Laks fersk|'
 'Rejer kogte|Kontorartikler|Rengøring|Konsulentbistand|Transport Aarhus|Emballage karton|Kaffe|Frugtkurv|'
 'Telefon Abonnement|Mobilfunk Tarif|Internet Glasfaser|Strom Grundpreis|Gas Arbeitspreis|Wasser Abwasser|'
 'Versicherung Haftpflicht|Leasingrate Fahrzeug|Tankkarte Diesel|Reifenwechsel|Inspektion Fahrzeug|'
 'Werbung Anzeige|Messestand|Catering Veranstaltung|Hotel Übernachtung|Bahnfahrt|Flug Hamburg|Taxi|'
 'Schulung Excel|Seminar Führung|Fachbuch|Zeitschrift Abo|Mitgliedsbeitrag|Prüfung Jahresabschluss|'
 'Lohnabrechnung|Buchhaltung|Rechtsberatung|Übersetzung|Grafikdesign|Webentwicklung|App Entwicklung|'
 'Datenbank Support|Backup Speicher|Firewall Lizenz|Virenschutz|Netzwerkkabel|Switch 24 Port|Router|'
 'Drucker Wartung|Kopierer Miete|Aktenvernichtung|Archivkarton|Ordner breit|Kugelschreiber|Notizblock|'
 'Briefumschläge|Porto|Kurierdienst|Lagerhaltung|Kommissionierung|Verpackungsmaterial|Klebeband|Stretchfolie|'
 'Holzpaletten|Ersatzteile Pumpe|Hydrauliköl|Schmierfett|Kugellager|Zahnriemen|Elektromotor|Frequenzumrichter|'
 'Sensor Temperatur|Steuerung SPS|Schaltschrank|Kabelkanal|LED Leuchte|Notbeleuchtung|Rauchmelder|'
 'Feuerlöscher Prüfung|Arbeitsschuhe|Schutzhelm|Handschuhe|Warnweste|Erste Hilfe Set|Desinfektionsmittel|'
 'Seife|Papierhandtücher|Toilettenpapier|Müllsäcke|Winterdienst|Gartenpflege|Hausmeisterservice|Sicherheitsdienst', '|')) AS w;

CREATE TEMP TABLE names(n int PRIMARY KEY, name text);
INSERT INTO names
SELECT p, (ARRAY['Müller','Schmidt','Schneider','Fischer','Weber','Meyer','Wagner','Becker','Schulz','Hoffmann',
                 'Nordsee','Kontorhuset','Hansen','Jensen','Nielsen','Pedersen','Andersen','Berg','Alpen','Rhein'])[1 + p % 20]
          || ' ' || (ARRAY['Bau','Handel','Logistik','Technik','Service','Consulting','Fisk','Metall','Elektro','Papier',
                           'Energie','Software','Transport','Holz','Druck','Medien','Reinigung','Sicherheit','Agrar','Chemie'])[1 + (p / 20) % 20]
          || ' ' || (ARRAY['GmbH','AG','KG','ApS','A/S'])[1 + (p / 400) % 5]
FROM generate_series(0, 1999) AS p;

INSERT INTO invoices.documents (
  id, tenant_id, direction, status, payment_status, external_id, sha256, size, content_type, syntax, profile,
  type_code, is_credit_note, invoice_number, number_key, issue_date, due_date, currency, net_amount, tax_amount,
  total_amount, payable_amount, counterparty_name, counterparty_key, party_id, party_account_number, is_duplicate,
  duplicate_of_id, received_by, received_at, findings, party_match, reasons, search_text, internal_number,
  archived_at, archive_sequence, exported_at)
SELECT
  (lpad(to_hex((extract(epoch FROM s.received_at) * 1000)::bigint), 12, '0') || '7' || substr(s.h, 1, 3) || '8' || substr(s.h, 4, 15))::uuid,
  :'tenant_id', s.direction, s.status, CASE WHEN s.i % 2 = 0 THEN 'Paid' ELSE 'Unknown' END, 'seed-' || s.i,
  encode(sha256(('seed ' || :'tenant_id' || ' ' || s.i)::bytea), 'hex'), 4000 + s.i % 9000, 'application/xml',
  (ARRAY['UBL 2.1 Invoice','UN/CEFACT CII D16B','UBL 2.1 Invoice','UN/CEFACT CII D16B','OIOUBL 2.1 Invoice','UBL 2.1 Invoice'])[1 + s.i % 6],
  (ARRAY['XRechnung 3.0 (UBL)','XRechnung 3.0 (CII)','Peppol BIS Billing 3','ZUGFeRD 2.x / Factur-X EN16931','OIOUBL 2.1','UBL 2.1'])[1 + s.i % 6],
  '380', false, s.number, upper(regexp_replace(s.number, '[^A-Za-z0-9]', '', 'g')), s.issue_date, s.issue_date + 30, 'EUR',
  s.net, round(s.net * 0.19, 2), s.net + round(s.net * 0.19, 2), s.net + round(s.net * 0.19, 2),
  names.name, 'VAT:DE' || lpad((100000000 + s.party)::text, 9, '0'), md5('party ' || s.party)::uuid, (70000 + s.party)::text,
  false, NULL, 'seed', s.received_at, '[]', NULL, '[]',
  left(names.name || ' InvoiceHub Demo GmbH ' || w1.word || ' ' || w2.word || ' ' || w3.word, 4000),
  CASE WHEN s.status = 'Archived' THEN 'SEED-' || left(s.direction, 1) || '-' || lpad(s.i::text, 7, '0') END,
  CASE WHEN s.status = 'Archived' THEN s.received_at END,
  CASE WHEN s.status = 'Archived' THEN nextval('invoices.archive_sequence') END,
  CASE WHEN s.status = 'Archived' THEN s.received_at END
FROM (
  SELECT g AS i, md5(g::text) AS h,
         CASE WHEN g % 10 < 7 THEN 'Purchase' ELSE 'Sales' END AS direction,
         CASE WHEN g % 20 = 3 THEN 'InProgress' ELSE 'Archived' END AS status,
         'RE-' || (2022 + g % 5) || '/' || lpad(g::text, 7, '0') AS number,
         date '2022-01-01' + (g * 37) % 1826 AS issue_date,
         round((10 + (g::bigint * 7919) % 499000 / 100.0)::numeric, 2) AS net,
         (g * 613) % 2000 AS party,
         now() - make_interval(mins => (:first + :count - g)) AS received_at
  FROM generate_series(:first + 1, :first + :count) AS g
) AS s
JOIN names ON names.n = s.party
JOIN words w1 ON w1.n = (s.i * 7) % 120
JOIN words w2 ON w2.n = (s.i * 11 + 3) % 120
JOIN words w3 ON w3.n = (s.i * 13 + 5) % 120;

ANALYZE invoices.documents;
SQL
total=$("$psql_bin" -Atc "SELECT count(*) FROM invoices.documents")
printf 'seeded %s invoices in %.1f s; the table now holds %s documents\n' "$count" "$(echo "$(date +%s.%N) - $started" | bc)" "$total"
