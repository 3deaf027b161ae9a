-- index: editions of the DDCI (kỳ đánh giá) per block, their definitions, assessed units, results and unit targets.

create table index_edition (
    id           bigserial primary key,
    year         int          not null,
    block        varchar(16)  not null check (block in ('DEPARTMENT', 'DISTRICT')),
    name         varchar(255) not null,
    illustrative boolean      not null default false,
    created_at   timestamptz  not null default now(),
    updated_at   timestamptz  not null default now(),
    unique (year, block)
);

-- Component indices (chỉ số thành phần) of an edition with their weights.
create table index_component (
    id         bigserial primary key,
    edition_id bigint        not null references index_edition (id) on delete cascade,
    code       varchar(32)   not null,
    name_vi    varchar(255)  not null,
    name_en    varchar(255)  not null,
    sort_order int           not null,
    weight     numeric(10,4) not null check (weight >= 0),
    unique (edition_id, code)
);

-- Indicators (chỉ tiêu) with their polarity: thuận (POSITIVE) or nghịch (NEGATIVE).
create table index_indicator (
    id             bigserial primary key,
    edition_id     bigint       not null references index_edition (id) on delete cascade,
    code           varchar(32)  not null,
    name           varchar(500) not null,
    polarity       varchar(16)  not null check (polarity in ('POSITIVE', 'NEGATIVE')),
    component_code varchar(32)  not null,
    unique (edition_id, code)
);

-- Bands (nhóm xếp loại) by lower bound of the total.
create table index_band (
    id          bigserial primary key,
    edition_id  bigint        not null references index_edition (id) on delete cascade,
    label       varchar(120)  not null,
    lower_bound numeric(10,2) not null,
    unique (edition_id, lower_bound)
);

-- Assessed units (đơn vị được đánh giá): the peer group of a block, optionally linked to an organisation.
create table index_assessed_unit (
    id              bigserial primary key,
    block           varchar(16)  not null check (block in ('DEPARTMENT', 'DISTRICT')),
    code            varchar(32)  not null,
    name            varchar(255) not null,
    organisation_id bigint,
    unique (block, code)
);
create index index_assessed_unit_organisation on index_assessed_unit (organisation_id);

-- One unit's result in an edition; the published total and rank, when imported, are authoritative.
create table index_result (
    id              bigserial primary key,
    edition_id      bigint        not null references index_edition (id) on delete cascade,
    unit_code       varchar(32)   not null,
    published_total numeric(8,2),
    published_rank  int,
    updated_at      timestamptz   not null default now(),
    unique (edition_id, unit_code)
);

create table index_score (
    result_id      bigint        not null references index_result (id) on delete cascade,
    component_code varchar(32)   not null,
    score          numeric(6,2)  not null check (score >= 0 and score <= 10),
    primary key (result_id, component_code)
);

-- Component targets of a unit for an edition year (shown on the radar chart).
create table index_unit_target (
    year           int           not null,
    block          varchar(16)   not null check (block in ('DEPARTMENT', 'DISTRICT')),
    unit_code      varchar(32)   not null,
    component_code varchar(32)   not null,
    target         numeric(6,2)  not null,
    primary key (year, block, unit_code, component_code)
);
