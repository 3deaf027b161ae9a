-- Consolidated reports (báo cáo tổng hợp) the Office compiles from accepted unit reports: the monthly
-- report of a period, the year report of a plan and the upward report to Sở KH&ĐT / UBND tỉnh. A row holds
-- what the Office writes (number, summary, signer); the figures are compiled from the unit reports when
-- read. Issuing locks the row and keeps the issued version: the Word and PDF files as issued and the
-- compiled content as JSON, so what was issued is returned byte for byte.
create table execution_consolidated_report (
    id               bigserial primary key,
    organisation_id  bigint        not null,
    plan_id          bigint        not null,
    kind             varchar(16)   not null check (kind in ('MONTHLY', 'YEARLY', 'UPWARD')),
    -- the month's period for MONTHLY; null for the year and upward reports
    period_id        bigint references execution_period (id) on delete cascade,
    year             int           not null,
    number_symbol    varchar(64)   not null default '',
    -- đánh giá chung; phương hướng tháng (năm) tới
    assessment       text          not null default '' check (length(assessment) <= 20000),
    next_steps       text          not null default '' check (length(next_steps) <= 20000),
    signer_authority varchar(128)  not null default '',
    signer_title     varchar(128)  not null default '',
    signer_name      varchar(255)  not null default '',
    status           varchar(16)   not null default 'DRAFT' check (status in ('DRAFT', 'ISSUED')),
    issued_on        date,
    issued_at        timestamptz,
    issued_by        varchar(64),
    created_at       timestamptz   not null default now(),
    updated_at       timestamptz   not null default now(),
    check ((kind = 'MONTHLY') = (period_id is not null)),
    check (status = 'DRAFT' or issued_on is not null)
);
create unique index execution_consolidated_report_period on execution_consolidated_report (period_id)
    where kind = 'MONTHLY';
create unique index execution_consolidated_report_year on execution_consolidated_report (plan_id, kind, year)
    where kind <> 'MONTHLY';

-- What was issued, kept as issued: the files and the content they were drawn from.
create table execution_consolidated_version (
    report_id   bigint        not null references execution_consolidated_report (id) on delete cascade,
    version     int           not null check (version > 0),
    issued_on   date          not null,
    issued_at   timestamptz   not null default now(),
    issued_by   varchar(64)   not null,
    snapshot    jsonb         not null,
    docx        bytea         not null,
    pdf         bytea         not null,
    primary key (report_id, version)
);
