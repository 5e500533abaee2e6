-- Multiplies the demo cases of an office database inside the server, for the 1 000 000-case
-- benchmarks (BENCHMARKS.md, "Office mode on PostgreSQL"): `demo` writes each case with a dozen
-- statements, which on a loaded two-core machine managed about 20 cases/s, so the big database
-- is N copies of a smaller demo set. Every copy gets new ids and new references (the sequence
-- plus k·100 000) and its own search-index rows; the text is the same, so each word is found
-- N times as often, and a rare word stays rare in proportion. Audit events are not copied (the
-- chain covers the original cases only; `verify` is not what these figures are about).
--
--   psql -v copies=100 -d DATABASE -f tests/bench/office_replicate.sql
\set ON_ERROR_STOP on
SET maintenance_work_mem = '1GB';
-- Bulk copy: no foreign-key triggers, no change notifications, no audit triggers.
SET session_replication_role = replica;
BEGIN;
CREATE TEMP TABLE base ON COMMIT DROP AS SELECT
  (SELECT max(id) FROM cases) AS cases, (SELECT max(id) FROM clients) AS clients,
  (SELECT max(id) FROM incidents) AS incidents, (SELECT max(id) FROM officers) AS officers,
  (SELECT max(id) FROM witnesses) AS witnesses,
  (SELECT max(id) FROM complaint_submissions) AS complaints,
  (SELECT max(id) FROM follow_ups) AS follow_ups;
CREATE TEMP TABLE copies ON COMMIT DROP AS SELECT generate_series(1, :copies - 1) AS k;
DROP INDEX case_search_document;

INSERT INTO clients (id, anonymous, full_name, preferred_name, preferred_language,
  interpreter_needed, phone, email, address, date_of_birth, country_of_birth, immigration_status,
  a_number, consent_to_file, consent_date, notes, created_at, updated_at)
SELECT id + k * b.clients, anonymous, full_name, preferred_name, preferred_language,
  interpreter_needed, phone, email, address, date_of_birth, country_of_birth, immigration_status,
  a_number, consent_to_file, consent_date, notes, created_at, updated_at
FROM clients, base b, copies WHERE id <= b.clients;

-- client_sort too: the triggers that keep it (schema 15) are off in this session.
INSERT INTO cases (id, reference, client_id, status, opened_on, closed_on, assigned_caseworker,
  created_at, updated_at, revision, last_incident_on, updated_by, client_sort)
SELECT id + k * b.cases,
  'TD-' || split_part(reference, '-', 2) || '-'
    || (split_part(reference, '-', 3)::bigint + k * 100000)::text,
  client_id + k * b.clients, status, opened_on, closed_on, assigned_caseworker, created_at,
  updated_at, revision, last_incident_on, updated_by, client_sort
FROM cases, base b, copies WHERE id <= b.cases;

INSERT INTO incidents (id, case_id, position, occurred_on, occurred_time, location,
  police_district, agency, narrative)
SELECT id + k * b.incidents, case_id + k * b.cases, position, occurred_on, occurred_time,
  location, police_district, agency, narrative
FROM incidents, base b, copies WHERE id <= b.incidents;

INSERT INTO incident_violations (incident_id, category_code, position)
SELECT incident_id + k * b.incidents, category_code, position
FROM incident_violations, base b, copies WHERE incident_id <= b.incidents;

INSERT INTO officers (id, incident_id, position, name, badge_number, unit, description,
  badge_key, agency_key)
SELECT id + k * b.officers, incident_id + k * b.incidents, position, name, badge_number, unit,
  description, badge_key, agency_key
FROM officers, base b, copies WHERE id <= b.officers;

INSERT INTO witnesses (id, incident_id, position, name, contact, statement)
SELECT id + k * b.witnesses, incident_id + k * b.incidents, position, name, contact, statement
FROM witnesses, base b, copies WHERE id <= b.witnesses;

INSERT INTO complaint_submissions (id, case_id, position, filed_with, filed_on, channel,
  tracking_number, status)
SELECT id + k * b.complaints, case_id + k * b.cases, position, filed_with, filed_on, channel,
  tracking_number, status
FROM complaint_submissions, base b, copies WHERE id <= b.complaints;

INSERT INTO follow_ups (id, case_id, position, due_on, done, note)
SELECT id + k * b.follow_ups, case_id + k * b.cases, position, due_on, done, note
FROM follow_ups, base b, copies WHERE id <= b.follow_ups;

-- The reference's index text as SearchText::indexText writes it: "td 2025 00042".
INSERT INTO case_search (case_id, reference, client, officers, location, narrative)
SELECT s.case_id + k * b.cases, lower(replace(c.reference, '-', ' ')), s.client, s.officers,
  s.location, s.narrative
FROM case_search s, base b, copies, cases c
WHERE s.case_id <= b.cases AND c.id = s.case_id + k * b.cases;

CREATE INDEX case_search_document ON case_search USING gin (document);

UPDATE reference_counters r SET last_sequence = (SELECT max(split_part(reference, '-', 3)::bigint)
  FROM cases WHERE split_part(reference, '-', 2)::int = r.year);
SELECT setval('clients_id_seq', (SELECT max(id) FROM clients));
SELECT setval('cases_id_seq', (SELECT max(id) FROM cases));
SELECT setval('incidents_id_seq', (SELECT max(id) FROM incidents));
SELECT setval('officers_id_seq', (SELECT max(id) FROM officers));
SELECT setval('witnesses_id_seq', (SELECT max(id) FROM witnesses));
SELECT setval('complaint_submissions_id_seq', (SELECT max(id) FROM complaint_submissions));
SELECT setval('follow_ups_id_seq', (SELECT max(id) FROM follow_ups));
COMMIT;
VACUUM ANALYZE;
SELECT count(*) AS cases FROM cases;
