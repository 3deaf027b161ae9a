-- survey: a response file uploaded for preview, kept in the database until it is confirmed (then its responses are
-- stored and the upload removed) or abandoned (removed a day later), so the preview and the confirmation may be
-- served by different application nodes. Files are CSV or XLSX up to 10 MB.
create table survey_response_upload (
    id               bigserial primary key,
    questionnaire_id bigint       not null references survey_questionnaire (id) on delete cascade,
    file_name        varchar(255) not null,
    -- null: told from the file's columns
    source           varchar(16)  check (source in ('KOBO', 'ODK', 'LIMESURVEY', 'GOOGLE_FORMS', 'SPREADSHEET')),
    choice_separator varchar(8),
    unit_column      varchar(64),
    content          bytea        not null,
    uploaded_by      varchar(64)  not null,
    uploaded_at      timestamptz  not null default now()
);
-- compressed files already (XLSX) or read once: kept out of line without compression
alter table survey_response_upload alter column content set storage external;
create index survey_response_upload_questionnaire on survey_response_upload (questionnaire_id);
