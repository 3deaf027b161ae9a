-- operations: business dialogues (đối thoại doanh nghiệp) with their issues and follow-up actions,
-- and the yearly inspection plan (kế hoạch thanh tra, kiểm tra).

create table ops_dialogue (
    id              bigserial primary key,
    organisation_id bigint       not null references org_organisation (id),
    held_on         date         not null,
    place           varchar(500) not null default '',
    chair           varchar(255) not null,
    kind            varchar(16)  not null check (kind in ('QUARTERLY', 'THEMATIC', 'MEETING')),
    topics          text         not null default '',
    illustrative    boolean      not null default false,
    created_at      timestamptz  not null default now(),
    updated_at      timestamptz  not null default now()
);
create index ops_dialogue_organisation_held on ops_dialogue (organisation_id, held_on);

create table ops_dialogue_business (
    dialogue_id bigint       not null references ops_dialogue (id) on delete cascade,
    sort_order  int          not null,
    name        varchar(500) not null,
    tax_code    varchar(20)  not null default '',
    primary key (dialogue_id, sort_order)
);

-- The minutes (biên bản) as uploaded; kept in the database so every node serves them.
create table ops_dialogue_minutes (
    dialogue_id  bigint       primary key references ops_dialogue (id) on delete cascade,
    file_name    varchar(255) not null,
    content_type varchar(120) not null,
    size_bytes   bigint       not null,
    content      bytea        not null
);

create table ops_dialogue_issue (
    id          bigserial primary key,
    dialogue_id bigint       not null references ops_dialogue (id) on delete cascade,
    content     text         not null,
    business    varchar(500) not null default '',
    field       varchar(120) not null default '',
    created_at  timestamptz  not null default now()
);
create index ops_dialogue_issue_dialogue on ops_dialogue_issue (dialogue_id);

create table ops_follow_up (
    id                bigserial primary key,
    issue_id          bigint       not null references ops_dialogue_issue (id) on delete cascade,
    organisation_id   bigint       not null references org_organisation (id),
    action            text         not null,
    owner_unit_id     bigint       not null references org_unit (id),
    due_on            date         not null,
    status            varchar(16)  not null default 'OPEN'
                                   check (status in ('OPEN', 'IN_PROGRESS', 'DONE', 'NOT_FEASIBLE')),
    reason            text         not null default '',
    closed_on         date,
    -- the overdue reminder went out once (DueReminder); cleared when the deadline moves
    overdue_reminded  boolean      not null default false,
    created_at        timestamptz  not null default now(),
    updated_at        timestamptz  not null default now(),
    check (status <> 'NOT_FEASIBLE' or reason <> '')
);
create index ops_follow_up_issue on ops_follow_up (issue_id);
create index ops_follow_up_open on ops_follow_up (organisation_id, due_on) where status in ('OPEN', 'IN_PROGRESS');

create table ops_inspection (
    id              bigserial primary key,
    organisation_id bigint       not null references org_organisation (id),
    year            int          not null check (year between 2000 and 2100),
    business_name   varchar(500) not null,
    tax_code        varchar(20)  not null,
    topic           text         not null,
    planned_month   int          not null check (planned_month between 1 and 12),
    lead_unit_id    bigint       not null references org_unit (id),
    kind            varchar(16)  not null check (kind in ('PLANNED', 'UNSCHEDULED')),
    legal_basis     text         not null default '',
    violation_sign  text         not null default '',
    status          varchar(16)  not null default 'PLANNED' check (status in ('PLANNED', 'DONE', 'CANCELLED')),
    illustrative    boolean      not null default false,
    created_at      timestamptz  not null default now(),
    updated_at      timestamptz  not null default now(),
    check (kind = 'PLANNED' or (legal_basis <> '' and violation_sign <> ''))
);
-- Directive 20/CT-TTg: one business, one inspection a year — found by tax code across units.
create index ops_inspection_business on ops_inspection (organisation_id, year, tax_code);

create table ops_inspection_unit (
    inspection_id bigint not null references ops_inspection (id) on delete cascade,
    unit_id       bigint not null references org_unit (id),
    primary key (inspection_id, unit_id)
);
