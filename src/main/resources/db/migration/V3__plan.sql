-- Improvement plans (kế hoạch nâng cao chỉ số DDCI): goals, component targets, tasks and their units,
-- and a JSON snapshot of every issued version.

create table plan_plan (
    id                     bigserial primary key,
    organisation_id        bigint        not null,
    number_symbol          varchar(64)   not null,
    place                  varchar(128)  not null,
    issued_on              date          not null,
    issuer_parent          varchar(255)  not null default '',
    issuer                 varchar(255)  not null,
    title                  text          not null,
    year                   int           not null,
    baseline_year          int           not null,
    target_year            int           not null,
    legal_bases            text          not null default '',
    context                text          not null default '',
    purposes               text          not null default '',
    requirements           text          not null default '',
    implementation         text          not null default '',
    recipients             text          not null default '',
    signer_authority       varchar(128)  not null default '',
    signer_title           varchar(128)  not null,
    signer_name            varchar(255)  not null,
    goal_total_rank        int,
    goal_total_score       numeric(6, 2),
    goal_below_median_rank int,
    status                 varchar(16)   not null default 'DRAFT',
    revision               int           not null default 0,
    copied_from            bigint references plan_plan (id),
    created_at             timestamptz   not null default now(),
    updated_at             timestamptz   not null default now()
);
create index plan_plan_organisation on plan_plan (organisation_id, year);

create table plan_target (
    id                bigserial primary key,
    plan_id           bigint        not null references plan_plan (id) on delete cascade,
    component_code    varchar(16)   not null,
    component_name    varchar(255)  not null,
    sort_order        int           not null,
    baseline_score    numeric(6, 2),
    baseline_rank     int,
    target_score      numeric(6, 2),
    target_text       varchar(255)  not null default '',
    solutions         text          not null default '',
    external_parties  text          not null default '',
    unique (plan_id, component_code)
);

create table plan_target_unit (
    target_id  bigint       not null references plan_target (id) on delete cascade,
    unit_id    bigint       not null,
    role       varchar(16)  not null check (role in ('LEAD', 'COORDINATING')),
    primary key (target_id, unit_id, role)
);

create table plan_task (
    id                bigserial primary key,
    plan_id           bigint        not null references plan_plan (id) on delete cascade,
    target_id         bigint references plan_target (id) on delete cascade,
    sort_order        int           not null,
    title             text          not null,
    description       text          not null default '',
    kind              varchar(16)   not null check (kind in ('REGULAR', 'MONTHLY', 'QUARTERLY', 'YEARLY', 'ONE_OFF')),
    due_day           int,
    deadline          date,
    expected_output   text          not null default '',
    kpi_links         text          not null default '',
    external_parties  text          not null default '',
    retired           boolean       not null default false,
    split_from        bigint references plan_task (id),
    updated_at        timestamptz   not null default now()
);
create index plan_task_plan on plan_task (plan_id, target_id, sort_order);

create table plan_task_unit (
    task_id  bigint       not null references plan_task (id) on delete cascade,
    unit_id  bigint       not null,
    role     varchar(16)  not null check (role in ('LEAD', 'COORDINATING')),
    primary key (task_id, unit_id, role)
);
create index plan_task_unit_unit on plan_task_unit (unit_id);

create table plan_version (
    id         bigserial primary key,
    plan_id    bigint       not null references plan_plan (id) on delete cascade,
    revision   int          not null,
    issued_at  timestamptz  not null default now(),
    issued_by  varchar(64)  not null,
    snapshot   jsonb        not null,
    unique (plan_id, revision)
);
