-- Profiles an applicant chose to save (and nothing else about them): an unguessable token, the profile JSON and an
-- expiry after which the row is ignored and purged. Runs unchanged on H2 (PostgreSQL mode) and PostgreSQL 15.
CREATE TABLE saved_profile (
    token        VARCHAR(43) PRIMARY KEY,
    profile_json VARCHAR NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX saved_profile_expires ON saved_profile (expires_at);
