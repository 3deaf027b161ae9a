-- operations: which components each KPI moves (per organisation; the sources' defaults are stored
-- at start-up and may be changed by the Office), yearly KPI targets, and the KPI a plan task is
-- meant to move (plan owns plan_task; the code is one of the KPI catalogue's, read through index).

create table ops_kpi_mapping (
    organisation_id bigint      not null references org_organisation (id),
    kpi_code        varchar(80) not null,
    edited          boolean     not null default false,
    updated_at      timestamptz not null default now(),
    primary key (organisation_id, kpi_code)
);

create table ops_kpi_component (
    organisation_id bigint      not null,
    kpi_code        varchar(80) not null,
    component_code  varchar(32) not null,
    primary key (organisation_id, kpi_code, component_code),
    foreign key (organisation_id, kpi_code) references ops_kpi_mapping (organisation_id, kpi_code) on delete cascade
);

create table ops_kpi_target (
    organisation_id bigint           not null references org_organisation (id),
    kpi_code        varchar(80)      not null,
    year            int              not null check (year between 2000 and 2100),
    target          double precision not null,
    primary key (organisation_id, kpi_code, year)
);

alter table plan_task add column kpi_code varchar(80);
