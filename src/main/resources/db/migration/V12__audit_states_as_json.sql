-- Audit states are kept as json (their text, checked to be JSON) instead of jsonb. An
-- import of 100,000 results audits two tables of about 7 MB each; turning such a state
-- into jsonb cost PostgreSQL about five times the work of keeping its text (1.4 s against
-- 0.3 s of CPU per state), a third of the whole import. The trail is written far more
-- often than it is searched by content; readers cast a state to jsonb (org.AuditTrail), so
-- the text they get keeps jsonb's normal form, and ->, ->> work on json as on jsonb.
alter table audit_event
    alter column before_state type json using before_state::json,
    alter column after_state type json using after_state::json;
