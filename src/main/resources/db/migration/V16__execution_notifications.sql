-- Notifications (thông báo), reminders (nhắc việc) and the outbox (hộp thư đi) of execution.
-- User ids point into org_user (another capability's table) and carry no foreign keys.

-- What a user sees under the bell. The text is rendered in the reader's language from kind and args
-- (an arg starting with '@' is a message key); dedupe_key names (kind, period, unit, recipient, occurrence),
-- so a second node or a re-run of the reminder job inserts nothing.
create table execution_notification (
    id          bigserial primary key,
    user_id     bigint        not null,
    kind        varchar(32)   not null,
    link        varchar(500)  not null default '',
    args        text[]        not null default '{}',
    dedupe_key  varchar(400)  not null unique,
    created_at  timestamptz   not null default now(),
    read_at     timestamptz
);
-- the bell: one count per page over a user's unread rows
create index execution_notification_unread on execution_notification (user_id) where read_at is null;
create index execution_notification_user on execution_notification (user_id, created_at desc, id desc);

-- Every e-mail, with its delivery state: PENDING (to send at next_attempt_at), SENT, FAILED (after the last
-- attempt) or SKIPPED (no SMTP configured: the notification stayed in-app). Same dedupe rule as above.
create table execution_outbox (
    id               bigserial primary key,
    dedupe_key       varchar(400)  not null unique,
    user_id          bigint,
    recipient        varchar(255)  not null,
    subject          varchar(500)  not null,
    body             text          not null,
    status           varchar(16)   not null default 'PENDING'
                     check (status in ('PENDING', 'SENT', 'FAILED', 'SKIPPED')),
    attempts         int           not null default 0,
    next_attempt_at  timestamptz   not null default now(),
    last_error       text          not null default '' check (length(last_error) <= 2000),
    created_at       timestamptz   not null default now(),
    sent_at          timestamptz
);
create index execution_outbox_pending on execution_outbox (next_attempt_at) where status = 'PENDING';
create index execution_outbox_created on execution_outbox (created_at desc, id desc);

-- A user's choice to receive notifications by e-mail; no row means yes (the default).
create table execution_notification_setting (
    user_id        bigint       primary key,
    email_enabled  boolean      not null default true,
    updated_at     timestamptz  not null default now()
);
