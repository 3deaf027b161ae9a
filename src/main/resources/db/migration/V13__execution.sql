-- Execution (tổ chức thực hiện): who reports to whom and when (reporting lines, data on the plan),
-- the reporting periods generated from them, unit reports with one entry per task, the figures and
-- evidence files they carry, the timeline of every report, and leaders' comments on tasks.
-- Plan, task and unit ids point into other capabilities' tables and carry no foreign keys.

-- "Các phòng, đơn vị báo cáo hàng tháng về Văn phòng Sở": one line per reporting obligation of a plan.
create table execution_reporting_line (
    id                 bigserial primary key,
    plan_id            bigint        not null,
    organisation_id    bigint        not null,
    frequency          varchar(16)   not null check (frequency in ('MONTHLY', 'QUARTERLY', 'YEARLY')),
    -- null: every unit with tasks in the plan reports (except the receiving units); else only this unit
    reporter_unit_id   bigint,
    -- units of the organisation that receive the reports (they do not report to themselves)
    receiving_unit_ids bigint[]      not null default '{}',
    -- outside bodies that receive them, as the plan names them ("Sở Kế hoạch và Đầu tư; UBND tỉnh")
    external_recipients text         not null default '' check (length(external_recipients) <= 1000),
    -- monthly/quarterly: the day of the (last) month; yearly: day and month (15/12)
    due_day            int           not null check (due_day between 1 and 31),
    due_month          int check (due_month between 1 and 12),
    first_year         int           not null,
    last_year          int           not null,
    sort_order         int           not null default 0,
    check (frequency <> 'YEARLY' or due_month is not null),
    check (last_year >= first_year)
);
create index execution_reporting_line_plan on execution_reporting_line (plan_id, sort_order);

-- One period of a line (tháng 6/2020, quý II/2020, năm 2020): open for reports until a coordinator closes it.
create table execution_period (
    id               bigserial primary key,
    line_id          bigint        not null references execution_reporting_line (id) on delete cascade,
    plan_id          bigint        not null,
    organisation_id  bigint        not null,
    frequency        varchar(16)   not null check (frequency in ('MONTHLY', 'QUARTERLY', 'YEARLY')),
    year             int           not null,
    -- month 1–12, quarter 1–4, or 1 for the year
    number           int           not null check (number between 1 and 12),
    starts_on        date          not null,
    ends_on          date          not null,
    due_on           date          not null,
    status           varchar(16)   not null default 'OPEN' check (status in ('OPEN', 'CLOSED')),
    closed_at        timestamptz,
    closed_by        varchar(64),
    reopen_reason    text          not null default '' check (length(reopen_reason) <= 2000),
    -- demo data, shown as such (minh họa)
    illustrative     boolean       not null default false,
    unique (line_id, year, number),
    check (ends_on >= starts_on)
);
create index execution_period_org_due on execution_period (organisation_id, due_on);
create index execution_period_plan on execution_period (plan_id, due_on);

-- A unit's report for a period: absent until the unit starts it (missing), then draft → submitted →
-- returned (back to draft with the comment) or accepted (locked for everybody).
create table execution_report (
    id               bigserial primary key,
    period_id        bigint        not null references execution_period (id) on delete cascade,
    organisation_id  bigint        not null,
    unit_id          bigint        not null,
    status           varchar(16)   not null default 'DRAFT' check (status in ('DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED')),
    summary          text          not null default '' check (length(summary) <= 20000),
    submitted_at     timestamptz,
    submitted_by     varchar(64),
    reviewed_at      timestamptz,
    reviewed_by      varchar(64),
    review_comment   text          not null default '' check (length(review_comment) <= 4000),
    -- optimistic lock: a save names the version it read
    version          int           not null default 0,
    illustrative     boolean       not null default false,
    created_at       timestamptz   not null default now(),
    updated_at       timestamptz   not null default now(),
    unique (period_id, unit_id)
);
create index execution_report_org_status on execution_report (organisation_id, status);
create index execution_report_unit on execution_report (unit_id, period_id);

-- What the unit reports about one task: as its lead unit, or as a coordinating unit (its contribution,
-- shown in the lead unit's report for the same period).
create table execution_task_entry (
    id            bigserial primary key,
    report_id     bigint        not null references execution_report (id) on delete cascade,
    task_id       bigint        not null,
    role          varchar(16)   not null check (role in ('LEAD', 'COORDINATING')),
    status        varchar(16)   not null default 'NOT_STARTED'
                  check (status in ('NOT_STARTED', 'IN_PROGRESS', 'DONE', 'BEHIND', 'BLOCKED')),
    progress      int           not null default 0 check (progress between 0 and 100),
    results       text          not null default '' check (length(results) <= 20000),
    difficulties  text          not null default '' check (length(difficulties) <= 10000),
    proposals     text          not null default '' check (length(proposals) <= 10000),
    -- required (on submit) for BEHIND and BLOCKED
    explanation   text          not null default '' check (length(explanation) <= 10000),
    updated_at    timestamptz   not null default now(),
    unique (report_id, task_id)
);
create index execution_task_entry_task on execution_task_entry (task_id, report_id);

-- Figures a task names (hồ sơ trả quá hạn, câu hỏi đã trả lời…) entered as numbers.
create table execution_task_figure (
    entry_id    bigint         not null references execution_task_entry (id) on delete cascade,
    sort_order  int            not null,
    label       varchar(255)   not null check (length(label) > 0),
    value       numeric(16, 2) not null,
    unit_label  varchar(64)    not null default '',
    primary key (entry_id, sort_order)
);

-- Evidence files, stored once per content (the same upload twice is one row), in the database so a
-- backup holds them.
create table execution_file (
    sha256      char(64)      primary key,
    media_type  varchar(128)  not null,
    size_bytes  bigint        not null check (size_bytes > 0),
    content     bytea         not null,
    created_at  timestamptz   not null default now()
);

create table execution_attachment (
    id           bigserial primary key,
    report_id    bigint        not null references execution_report (id) on delete cascade,
    -- the task the evidence is for; null for the report as a whole
    task_id      bigint,
    file_sha256  char(64)      not null references execution_file (sha256),
    file_name    varchar(255)  not null,
    uploaded_by  varchar(64)   not null,
    uploaded_at  timestamptz   not null default now(),
    unique (report_id, file_sha256)
);

-- The timeline of a report: every transition and comment with who and when.
create table execution_report_event (
    id           bigserial primary key,
    report_id    bigint        not null references execution_report (id) on delete cascade,
    occurred_at  timestamptz   not null default now(),
    actor        varchar(64)   not null,
    actor_name   varchar(255)  not null default '',
    action       varchar(16)   not null
                 check (action in ('CREATED', 'SAVED', 'SUBMITTED', 'RETURNED', 'ACCEPTED', 'REOPENED', 'COMMENTED')),
    comment      text          not null default '' check (length(comment) <= 4000)
);
create index execution_report_event_report on execution_report_event (report_id, occurred_at);

-- A leader's comment (ý kiến chỉ đạo) on a task, optionally in a period.
create table execution_task_comment (
    id               bigserial primary key,
    organisation_id  bigint        not null,
    task_id          bigint        not null,
    period_id        bigint references execution_period (id) on delete set null,
    author           varchar(64)   not null,
    author_name      varchar(255)  not null default '',
    body             text          not null check (length(body) between 1 and 4000),
    created_at       timestamptz   not null default now()
);
create index execution_task_comment_task on execution_task_comment (task_id, created_at);
