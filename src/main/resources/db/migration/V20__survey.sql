-- survey: questionnaires (bảng hỏi) of an edition (year, block as in index), their indicators
-- (chỉ tiêu) with polarity, component, weight and aggregation rule, questions and choice lists.
-- The components are the index edition's, read through the index door: no key into index_*.

create table survey_questionnaire (
    id         bigserial primary key,
    year       int           not null,
    block      varchar(16)   not null check (block in ('DEPARTMENT', 'DISTRICT')),
    title      varchar(255)  not null,
    version    varchar(64)   not null,
    -- XLSForm settings kept as given (form_id, default_language…), so an export gives them back
    settings   jsonb         not null default '{}',
    created_at timestamptz   not null default now(),
    updated_at timestamptz   not null default now(),
    unique (year, block)
);

create table survey_indicator (
    id               bigserial primary key,
    questionnaire_id bigint        not null references survey_questionnaire (id) on delete cascade,
    code             varchar(32)   not null,
    name             varchar(500)  not null,
    component_code   varchar(32)   not null,
    -- thuận (THUAN: more is better) or nghịch (NGHICH: less is better)
    polarity         varchar(8)    not null check (polarity in ('THUAN', 'NGHICH')),
    weight           numeric(10,4) not null check (weight >= 0),
    aggregation      varchar(20)   not null check (aggregation in ('SHARE_FAVOURABLE', 'MEAN', 'MEDIAN')),
    sort_order       int           not null,
    unique (questionnaire_id, code)
);

create table survey_question (
    id               bigserial primary key,
    questionnaire_id bigint        not null references survey_questionnaire (id) on delete cascade,
    -- the XLSForm name: the column a response export carries
    name             varchar(64)   not null,
    label            varchar(1000) not null,
    type             varchar(16)   not null check (type in ('SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'LIKERT_5', 'YES_NO',
                                                            'DAYS', 'MONEY', 'TEXT')),
    choice_list      varchar(64),
    required         boolean       not null default false,
    indicator_id     bigint        references survey_indicator (id) on delete set null,
    -- choice names that count as favourable (e.g. {4,5} of a Likert scale), for SHARE_FAVOURABLE
    favourable       text[]        not null default '{}',
    relevant         varchar(1000),
    sort_order       int           not null,
    unique (questionnaire_id, name)
);
create index survey_question_indicator on survey_question (indicator_id);

create table survey_choice (
    id               bigserial primary key,
    questionnaire_id bigint        not null references survey_questionnaire (id) on delete cascade,
    list_name        varchar(64)   not null,
    name             varchar(64)   not null,
    label            varchar(500)  not null,
    sort_order       int           not null,
    unique (questionnaire_id, list_name, name)
);
