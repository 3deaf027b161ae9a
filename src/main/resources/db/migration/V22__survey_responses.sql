-- survey: the answers of businesses (phiếu trả lời), one response per business and assessed unit,
-- whether typed on the public web form or imported from a KoboToolbox / ODK / LimeSurvey /
-- Google Forms / spreadsheet export. A response names the unit by its index code (no key into
-- index_*) and never the business: web responses are unlinked from the one-time code on submission.

create table survey_response_batch (
    id               bigserial primary key,
    questionnaire_id bigint       not null references survey_questionnaire (id) on delete cascade,
    source           varchar(16)  not null check (source in ('KOBO', 'ODK', 'LIMESURVEY', 'GOOGLE_FORMS',
                                                             'SPREADSHEET')),
    file_name        varchar(255) not null,
    response_count   int          not null,
    imported_by      varchar(64)  not null,
    imported_at      timestamptz  not null default now()
);
create index survey_response_batch_questionnaire on survey_response_batch (questionnaire_id);

create table survey_response (
    id               bigserial primary key,
    questionnaire_id bigint       not null references survey_questionnaire (id) on delete cascade,
    unit_code        varchar(32)  not null,
    -- null: answered on the public web form
    batch_id         bigint       references survey_response_batch (id) on delete cascade,
    -- the export's submission id (KoboToolbox _uuid, ODK KEY, LimeSurvey id…), to find duplicates;
    -- always null on the web form, which keeps no trace of who answered
    respondent_ref   varchar(128),
    -- {question name: answer}: a choice name, a list of choice names (multiple choice), a number or a text
    answers          jsonb        not null,
    -- a day, not a time: a time could be matched with the moment a one-time code was used
    submitted_on     date         not null default current_date
);
create index survey_response_unit on survey_response (questionnaire_id, unit_code);
create unique index survey_response_respondent on survey_response (questionnaire_id, respondent_ref, unit_code)
    where respondent_ref is not null;
