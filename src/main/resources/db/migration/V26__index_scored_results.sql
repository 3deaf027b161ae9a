-- Survey scores published into an edition (IndexApi.publishScores): per unit the number of respondents,
-- whether it reached the minimum number of responses (a unit below it keeps its scores but has no rank,
-- band or place in the medians) and the 90 % bootstrap intervals; per edition which version of its
-- results is current, what produced it, why, by whom and when; earlier versions kept whole.
-- index_result and index_edition are stamped already (V19); index_result_version is not: no cached view
-- is built from it (its pages read it directly), and a new version always changes index_result too.

alter table index_result
    add column ranked      boolean not null default true,
    add column respondents int check (respondents >= 0),
    -- aligned with component_codes, null where not computed
    add column score_lows  numeric(6,2)[],
    add column score_highs numeric(6,2)[],
    add column total_low   numeric(8,2),
    add column total_high  numeric(8,2),
    -- the rank interval as percentiles of ranks: low = best
    add column rank_low    numeric(8,2),
    add column rank_high   numeric(8,2),
    add constraint index_result_ranked_has_no_rank check (ranked or published_rank is null);

-- Null version: the results were imported or corrected, never published from survey scores (version 1
-- when they are replaced).
alter table index_edition
    add column results_version      int check (results_version >= 1),
    add column results_source       varchar(255),
    add column results_reason       varchar(1000),
    add column results_published_by varchar(100),
    add column results_published_at timestamptz;

-- An earlier version of an edition's results (phiên bản kết quả): every unit's index_result row as it
-- was (json array, read back with json_populate_recordset), its source, reason, who and when it was
-- published and who replaced it when.
create table index_result_version (
    id           bigserial primary key,
    edition_id   bigint        not null references index_edition (id) on delete cascade,
    version      int           not null check (version >= 1),
    source       varchar(255),
    reason       varchar(1000),
    published_by varchar(100),
    published_at timestamptz,
    replaced_by  varchar(100)  not null,
    replaced_at  timestamptz   not null default now(),
    results      json          not null,
    unique (edition_id, version)
);
