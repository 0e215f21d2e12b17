-- The catalog: programs, their facts with source and as-of date, disagreements, reference tables (as JSON) and a
-- version that changes only when the content does. Runs unchanged on H2 (PostgreSQL mode) and PostgreSQL 15.
CREATE TABLE catalog_version (
    id             INTEGER PRIMARY KEY,
    version        BIGINT NOT NULL,
    content_sha256 VARCHAR(64) NOT NULL
);
INSERT INTO catalog_version (id, version, content_sha256) VALUES (1, 0, '');

CREATE TABLE program (
    id             VARCHAR(10) PRIMARY KEY,
    name           VARCHAR NOT NULL,
    institution    VARCHAR NOT NULL,
    city           VARCHAR NOT NULL,
    state          VARCHAR NOT NULL,
    specialty_code VARCHAR(3) NOT NULL,
    specialty_name VARCHAR NOT NULL,
    track          VARCHAR(20) NOT NULL,
    cycle          VARCHAR(30) NOT NULL,
    program_url    VARCHAR NOT NULL
);
CREATE INDEX program_specialty_state ON program (specialty_code, state);

CREATE TABLE program_fact (
    program_id VARCHAR(10) NOT NULL REFERENCES program (id) ON DELETE CASCADE,
    attribute  VARCHAR(40) NOT NULL,
    fact_value VARCHAR,
    source_id  VARCHAR(80) NOT NULL,
    as_of      VARCHAR(30) NOT NULL,
    PRIMARY KEY (program_id, attribute)
);

CREATE TABLE program_disagreement (
    program_id VARCHAR(10) NOT NULL REFERENCES program (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    text       VARCHAR NOT NULL,
    PRIMARY KEY (program_id, position)
);

CREATE TABLE data_source (
    id           VARCHAR(80) PRIMARY KEY,
    title        VARCHAR NOT NULL,
    publisher    VARCHAR NOT NULL,
    url          VARCHAR NOT NULL,
    as_of        VARCHAR(30) NOT NULL,
    licence_note VARCHAR NOT NULL
);

CREATE TABLE catalog_reference (
    id        INTEGER PRIMARY KEY,
    json_text VARCHAR NOT NULL
);
