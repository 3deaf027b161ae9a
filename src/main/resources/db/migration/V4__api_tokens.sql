-- org: personal API tokens for scripts; only a SHA-256 hash of each token is kept.
create table org_api_token (
    id           bigserial primary key,
    user_id      bigint       not null references org_user (id),
    name         varchar(120) not null,
    token_hash   varchar(64)  not null unique,
    created_at   timestamptz  not null default now(),
    last_used_at timestamptz,
    revoked_at   timestamptz
);
create index org_api_token_user on org_api_token (user_id);
