-- Program facts say whether a source states them about the program (STATED) or SmartPick inferred them from another
-- program (INFERRED, with the program, the rule and how reliable it is), and keep the source's own wording where a
-- value was mapped onto SmartPick's vocabulary (e.g. a setting label). Runs unchanged on H2 and PostgreSQL.
ALTER TABLE program_fact ADD COLUMN basis VARCHAR(10) DEFAULT 'STATED' NOT NULL;
ALTER TABLE program_fact ADD COLUMN inferred_from_id VARCHAR(10);
ALTER TABLE program_fact ADD COLUMN inferred_from_name VARCHAR;
ALTER TABLE program_fact ADD COLUMN inference_rule VARCHAR;
ALTER TABLE program_fact ADD COLUMN inference_reliability VARCHAR;
ALTER TABLE program_fact ADD COLUMN source_label VARCHAR DEFAULT '' NOT NULL;

-- The catalog shipped with this version carries many more program facts (Residency Explorer, ERAS 2024 interview
-- rates, NSF HERD): a stored catalog from an earlier version is cleared so the next start loads the new one.
-- Imports are all-or-nothing and idempotent: re-import your own files after upgrading.
DELETE FROM program_disagreement;
DELETE FROM program_fact;
DELETE FROM program;
DELETE FROM data_source;
DELETE FROM catalog_reference;
UPDATE catalog_version SET version = 0, content_sha256 = '' WHERE id = 1;
