-- survey: the sample (mẫu khảo sát) of a questionnaire — the businesses asked, each with the
-- assessed units it dealt with — their one-time codes (mã khảo sát dùng một lần), the drafts of the
-- public web form and the code attempts counted per client address (rate limit shared by every node).

-- the days the public web form takes answers; codes stop working after the closing day
alter table survey_questionnaire
    add column survey_opens_on  date,
    add column survey_closes_on date,
    add constraint survey_questionnaire_survey_days check (survey_closes_on is null or survey_opens_on is null
                                                           or survey_closes_on >= survey_opens_on);

create table survey_sample (
    id               bigserial primary key,
    questionnaire_id bigint       not null references survey_questionnaire (id) on delete cascade,
    -- the row of the imported file, so the page lists the sample as it was given
    row_number       int          not null,
    business_name    varchar(255) not null,
    -- mã số thuế: 10 digits, or 13 for a branch (10 + 3)
    tax_code         varchar(13)  not null check (tax_code ~ '^[0-9]{10}([0-9]{3})?$'),
    phone            varchar(32),
    email            varchar(254),
    -- the index codes of the units the business dealt with (no key into index_*)
    unit_codes       varchar(32)[] not null check (cardinality(unit_codes) > 0),
    -- HMAC-SHA256 of the code with the server's pepper: how a typed code is found
    code_hash        bytea unique,
    -- the code itself, kept only while it can still be used, so letters and the SMS/e-mail file can be
    -- produced again (reminders, a lost letter); cleared when the code is used (see SampleCodes)
    code_plain       varchar(12),
    code_issued_at   timestamptz,
    -- used on submission; no time is kept, so nothing matches the business with a response
    code_used        boolean      not null default false,
    unique (questionnaire_id, tax_code)
);
create index survey_sample_questionnaire on survey_sample (questionnaire_id, row_number);

-- what a business has typed so far on the web form, by unit code and question name, exactly as typed;
-- deleted on submission with the code marked used
create table survey_web_draft (
    sample_id bigint      primary key references survey_sample (id) on delete cascade,
    answers   jsonb       not null,
    saved_at  timestamptz not null default now()
);

-- wrong codes entered on the public web form, per client address, for the rate limit
create table survey_code_attempt (
    id           bigserial primary key,
    remote_addr  varchar(64) not null,
    attempted_at timestamptz not null default now()
);
create index survey_code_attempt_addr on survey_code_attempt (remote_addr, attempted_at);

-- the pepper of the code hashes when the environment gives none (DDCI_SURVEY_CODE_PEPPER), shared by
-- every node
create table survey_secret (
    name  varchar(32) primary key,
    value bytea       not null
);
