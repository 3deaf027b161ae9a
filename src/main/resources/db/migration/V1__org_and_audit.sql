-- org: organisations (departments, districts, province bodies), their units, users and roles.

create table org_organisation (
    id          bigserial primary key,
    code        varchar(32)  not null unique,
    name        varchar(255) not null,
    short_name  varchar(120),
    kind        varchar(32)  not null check (kind in ('DEPARTMENT', 'DISTRICT', 'PROVINCE_BODY', 'ASSOCIATION')),
    parent_name varchar(255),
    active      boolean      not null default true,
    created_at  timestamptz  not null default now(),
    updated_at  timestamptz  not null default now()
);

create table org_unit (
    id              bigserial primary key,
    organisation_id bigint       not null references org_organisation (id),
    parent_id       bigint references org_unit (id),
    code            varchar(32)  not null,
    name            varchar(255) not null,
    email           varchar(255),
    phone           varchar(40),
    head_name       varchar(255),
    sort_order      int          not null default 0,
    active          boolean      not null default true,
    created_at      timestamptz  not null default now(),
    updated_at      timestamptz  not null default now(),
    unique (organisation_id, code)
);
create index org_unit_organisation on org_unit (organisation_id);

create table org_user (
    id              bigserial primary key,
    username        varchar(64)  not null unique,
    display_name    varchar(255) not null,
    email           varchar(255),
    password_hash   varchar(255) not null,
    organisation_id bigint references org_organisation (id),
    unit_id         bigint references org_unit (id),
    roles           text[]       not null default '{}',
    active          boolean      not null default true,
    password_changed_at timestamptz,
    created_at      timestamptz  not null default now(),
    updated_at      timestamptz  not null default now()
);

-- Failed and successful logins, for throttling repeated failures (works across application nodes).
create table org_login_attempt (
    id           bigserial primary key,
    username     varchar(64) not null,
    remote_addr  varchar(64),
    success      boolean     not null,
    attempted_at timestamptz not null default now()
);
create index org_login_attempt_user_time on org_login_attempt (username, attempted_at);

-- Audit trail: append-only record of every change.
create table audit_event (
    id              bigserial primary key,
    occurred_at     timestamptz  not null default now(),
    actor           varchar(64)  not null,
    organisation_id bigint,
    entity_type     varchar(64)  not null,
    entity_id       varchar(64)  not null,
    action          varchar(32)  not null,
    before_state    jsonb,
    after_state     jsonb
);
create index audit_event_entity on audit_event (entity_type, entity_id);
create index audit_event_time on audit_event (occurred_at);
create index audit_event_actor on audit_event (actor);

create function audit_event_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only';
end;
$$;
create trigger audit_event_no_update before update or delete on audit_event
    for each row execute function audit_event_append_only();
