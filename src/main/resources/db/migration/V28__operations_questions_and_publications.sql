-- Business questions and petitions (hỏi đáp, phản ánh kiến nghị) and the publications library
-- (văn bản công khai) of operations. Organisation, unit and user ids point into org tables (another
-- capability's) and carry no foreign keys. search_text holds title and content folded in Java (no marks,
-- đ → d, lower case) so "dat dai" finds "đất đai" with one implementation for both tables.

-- Files of questions and publications, kept in PostgreSQL (two nodes, no local disk).
create table ops_file (
    id          bigserial primary key,
    file_name   varchar(255) not null,
    media_type  varchar(120) not null,
    size_bytes  bigint       not null check (size_bytes > 0),
    content     bytea        not null,
    created_at  timestamptz  not null default now()
);

-- One question or petition. status: NEW → ASSIGNED → DRAFTED → AWAITING_APPROVAL → (RETURNED → …) → ANSWERED.
-- An answered item is public unless withheld (withheld_reason, the coordinator's "not for publication").
-- The tracking code is kept only as its SHA-256, so the table alone does not open the sender's page.
create table ops_question (
    id               bigserial primary key,
    organisation_id  bigint        not null,
    tracking_hash    varchar(64)   not null unique,
    kind             varchar(16)   not null check (kind in ('QUESTION', 'PETITION')),
    field            varchar(32)   not null,
    business_name    varchar(255)  not null default '',
    tax_code         varchar(13)   not null default '',
    contact_name     varchar(120)  not null,
    phone            varchar(20)   not null default '',
    email            varchar(255)  not null default '',
    title            varchar(200)  not null,
    content          text          not null check (length(content) <= 5000),
    anonymous        boolean       not null default false,
    status           varchar(20)   not null default 'NEW'
                     check (status in ('NEW', 'ASSIGNED', 'DRAFTED', 'AWAITING_APPROVAL', 'RETURNED', 'ANSWERED')),
    unit_id          bigint,
    due_on           date,
    answer           text          not null default '' check (length(answer) <= 10000),
    return_comment   varchar(1000) not null default '',
    withheld_reason  varchar(1000) not null default '',
    received_at      timestamptz   not null default now(),
    assigned_at      timestamptz,
    answered_at      timestamptz,
    rating           varchar(16)   check (rating in ('SATISFIED', 'DISSATISFIED')),
    rated_at         timestamptz,
    search_text      text          not null default '',
    illustrative     boolean       not null default false
);
create index ops_question_inbox on ops_question (organisation_id, received_at desc);
create index ops_question_public on ops_question (answered_at desc) where status = 'ANSWERED' and withheld_reason = '';
create index ops_question_open_due on ops_question (due_on) where status <> 'ANSWERED';

create table ops_question_file (
    question_id  bigint not null references ops_question (id) on delete cascade,
    file_id      bigint not null references ops_file (id),
    primary key (question_id, file_id)
);

-- Public submissions per client address (rate limit shared by every node).
create table ops_question_submission (
    remote_addr   varchar(64)  not null,
    submitted_at  timestamptz  not null default now()
);
create index ops_question_submission_addr on ops_question_submission (remote_addr, submitted_at);

-- The arithmetic challenge of the public form and API: one row per challenge, used once, short-lived.
create table ops_question_challenge (
    id          uuid         primary key,
    answer      int          not null,
    expires_at  timestamptz  not null
);

-- A document of the public library.
create table ops_publication (
    id               bigserial primary key,
    organisation_id  bigint        not null,
    doc_type         varchar(32)   not null,
    number_symbol    varchar(60)   not null,
    issued_on        date          not null,
    issuer           varchar(255)  not null,
    field            varchar(32)   not null,
    title            varchar(500)  not null,
    summary          text          not null default '' check (length(summary) <= 4000),
    file_id          bigint        references ops_file (id),
    withdrawn        boolean       not null default false,
    published_at     timestamptz   not null default now(),
    updated_at       timestamptz   not null default now(),
    search_text      text          not null default '',
    illustrative     boolean       not null default false
);
create index ops_publication_public on ops_publication (issued_on desc) where not withdrawn;
