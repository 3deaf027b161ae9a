-- survey: scoring runs (lượt chấm điểm) of a questionnaire. A run is a db-scheduler one-time task
-- (scheduled_tasks, V7) that any application node may pick up; its row keeps what a page on any node
-- shows while it works (status, progress, stage) and everything needed to reproduce it exactly: the
-- parameters as ScoringParameters.toMap() (seed included), the anchors given for pooled min-max or
-- goalposts, and a SHA-256 of the responses it read. The result is kept as json text: written once,
-- read whole by the run's pages.
create table survey_scoring_run (
    id                bigserial    primary key,
    questionnaire_id  bigint       not null references survey_questionnaire (id) on delete cascade,
    parameters        jsonb        not null,
    -- {"pooledYears": [...], "goalposts": {"code": [min, max]}}: what the method takes besides the block
    anchors           jsonb        not null default '{}',
    seed              bigint       not null,
    status            varchar(16)  not null default 'QUEUED'
                                   check (status in ('QUEUED', 'RUNNING', 'DONE', 'FAILED', 'CANCELLED')),
    progress          int          not null default 0 check (progress between 0 and 100),
    stage             varchar(200) not null default '',
    cancel_requested  boolean      not null default false,
    failure           varchar(2000),
    created_by        varchar(64)  not null,
    created_at        timestamptz  not null default now(),
    started_at        timestamptz,
    finished_at       timestamptz,
    response_count    int,
    responses_sha256  varchar(64),
    result            json,
    published_version int,
    published_by      varchar(64),
    published_at      timestamptz
);
create index survey_scoring_run_questionnaire on survey_scoring_run (questionnaire_id, id desc);
