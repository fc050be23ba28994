-- The case service's documents: assessments (with their score reports), outcome data and plans,
-- each an aba document kept as jsonb, keyed by the area's ONS GSS code and the document's own
-- natural key, with a version for optimistic concurrency (the ETag of the HTTP API).
--
-- The service writes only documents that read back valid (AbaJson), in the library's canonical
-- form. The checks below hold the key columns to the document, so a hand-written INSERT cannot
-- file a document under another area or date either.

CREATE TABLE assessments (
    area_code   text        NOT NULL CHECK (area_code ~ '^[EWSN][0-9]{8}$'),
    assessed_on date        NOT NULL,
    version     bigint      NOT NULL DEFAULT 1 CHECK (version >= 1),
    body        jsonb       NOT NULL,
    -- the score report of body under aba-score-1, computed on every write
    score       jsonb       NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (area_code, assessed_on),
    CONSTRAINT assessments_body_matches_key CHECK (
        body -> 'schemaVersion' = '1'
        AND body #>> '{area,code}' = area_code
        AND body ->> 'assessedOn' = to_char(assessed_on, 'YYYY-MM-DD')),
    CONSTRAINT assessments_score_matches_body CHECK (
        score -> 'schemaVersion' = '1'
        AND score #>> '{area,code}' = area_code
        AND score ->> 'assessedOn' = body ->> 'assessedOn')
);

-- Queries on scores (bands, limiters, caps) by containment: score @> '{"overall": {...}}'.
CREATE INDEX assessments_score ON assessments USING gin (score jsonb_path_ops);

CREATE TABLE outcome_data (
    area_code    text        NOT NULL CHECK (area_code ~ '^[EWSN][0-9]{8}$'),
    period_start date        NOT NULL,
    period_end   date        NOT NULL,
    version      bigint      NOT NULL DEFAULT 1 CHECK (version >= 1),
    body         jsonb       NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (area_code, period_start, period_end),
    CONSTRAINT outcome_data_body_matches_key CHECK (
        body -> 'schemaVersion' = '1'
        AND body #>> '{area,code}' = area_code
        AND body #>> '{period,start}' = to_char(period_start, 'YYYY-MM-DD')
        AND body #>> '{period,end}' = to_char(period_end, 'YYYY-MM-DD'))
);

CREATE TABLE plans (
    area_code  text        NOT NULL CHECK (area_code ~ '^[EWSN][0-9]{8}$'),
    starts_on  date        NOT NULL,
    version    bigint      NOT NULL DEFAULT 1 CHECK (version >= 1),
    body       jsonb       NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (area_code, starts_on),
    CONSTRAINT plans_body_matches_key CHECK (
        body -> 'schemaVersion' = '1'
        AND body #>> '{area,code}' = area_code
        AND body ->> 'startsOn' = to_char(starts_on, 'YYYY-MM-DD'))
);
