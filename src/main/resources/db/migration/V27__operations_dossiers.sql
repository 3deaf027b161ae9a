-- Issue 12 part 1: administrative-procedure dossiers (hồ sơ TTHC) of the one-stop shop.

-- The procedure catalogue (danh mục TTHC) of an organisation with its time limits.
create table ops_procedure (
    id               bigserial primary key,
    organisation_id  bigint not null,
    code             varchar(64) not null,
    name             varchar(500) not null,
    field            varchar(120) not null,
    statutory_days   integer not null check (statutory_days between 0 and 365),
    reduced_days     integer check (reduced_days between 0 and 365),
    online_level     varchar(16) not null check (online_level in ('NONE', 'PARTLY', 'FULLY')),
    fees             varchar(1000),
    illustrative     boolean not null default false,
    unique (organisation_id, code)
);

-- One dossier; times are Vietnam local times as the one-stop shop exports them.
create table ops_dossier (
    organisation_id  bigint not null,
    code             varchar(64) not null,
    procedure_code   varchar(64),
    procedure_name   varchar(500),
    field            varchar(120),
    unit_id          bigint,
    unit_name        varchar(255) not null,
    channel          varchar(8) not null check (channel in ('ONLINE', 'DIRECT', 'POST')),
    received_at      timestamp not null,
    due_at           timestamp not null,
    returned_at      timestamp,
    status           varchar(120),
    apology_slip     boolean,
    illustrative     boolean not null default false,
    -- the dossier code of the one-stop shop identifies it (re-imports update by it)
    primary key (organisation_id, code)
);
-- the open dossiers, read live (overdue depends on today)
create index ops_dossier_open on ops_dossier (organisation_id, due_at) where returned_at is null;
-- the late list of a period: only late dossiers are indexed
create index ops_dossier_late on ops_dossier (organisation_id, returned_at)
    where returned_at::date > due_at::date;

-- Returned dossiers counted per month of return and dimension; rebuilt for an
-- organisation by each import, so the analytics read thousands of rows, not millions.
create table ops_dossier_month (
    organisation_id  bigint not null,
    month            date not null,
    unit_name        varchar(255) not null,
    procedure_code   varchar(64) not null,
    field            varchar(120) not null,
    channel          varchar(8) not null,
    early            integer not null,
    on_time          integer not null,
    late             integer not null,
    apology_slips    integer not null,
    -- elapsed time as a share of the time allowed (received → appointment):
    -- ≤ 25 %, ≤ 50 %, ≤ 75 %, ≤ 100 %, ≤ 125 %, ≤ 150 %, more
    share_bins       integer[] not null,
    days_total       bigint not null
);
create index ops_dossier_month_org on ops_dossier_month (organisation_id, month);

-- The column mapping an organisation used last (file column header per field).
create table ops_dossier_mapping (
    organisation_id  bigint primary key,
    mapping          jsonb not null,
    updated_by       varchar(100) not null,
    updated_at       timestamptz not null default now()
);

-- An import: the uploaded file (in chunks, so neither node holds it whole), then the
-- background job's state and progress, read by any node.
create table ops_dossier_import (
    id                bigserial primary key,
    organisation_id   bigint not null,
    file_name         varchar(255) not null,
    file_bytes        bigint not null,
    mapping           jsonb,
    status            varchar(12) not null default 'UPLOADED'
                      check (status in ('UPLOADED', 'QUEUED', 'RUNNING', 'DONE', 'REJECTED', 'FAILED', 'CANCELLED')),
    rows_read         bigint not null default 0,
    bytes_read        bigint not null default 0,
    inserted          bigint,
    updated           bigint,
    unchanged         bigint,
    problems          jsonb,
    problem_count     bigint,
    unknown_units     jsonb,
    failure           varchar(1000),
    cancel_requested  boolean not null default false,
    created_by        varchar(100) not null,
    created_by_id     bigint not null,
    created_at        timestamptz not null default now(),
    started_at        timestamptz,
    finished_at       timestamptz
);
create index ops_dossier_import_org on ops_dossier_import (organisation_id, created_at desc);

create table ops_dossier_upload_chunk (
    import_id  bigint not null references ops_dossier_import(id) on delete cascade,
    seq        integer not null,
    content    bytea not null,
    primary key (import_id, seq)
);
