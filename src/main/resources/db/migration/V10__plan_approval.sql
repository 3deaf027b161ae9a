-- Approval of plan revisions: the Office (COORDINATOR) submits a draft, the LEADER issues it
-- or returns it with a comment. An issued version keeps the document date and signer it was
-- issued with (not the moment it was recorded).

alter table plan_plan add column review_comment text not null default '';
alter table plan_plan add constraint plan_plan_status
    check (status in ('DRAFT', 'SUBMITTED', 'RETURNED', 'ISSUED'));

alter table plan_version add column issued_on date;
alter table plan_version add column signer_title varchar(128) not null default '';
alter table plan_version add column signer_name varchar(255) not null default '';

-- versions issued before: the first issue carries the plan's own document date (the demo
-- plan's 11/06/2020), later ones the day they were recorded; the signer is the plan's
update plan_version v
set issued_on = case when v.revision = 1 then p.issued_on
                     else (v.issued_at at time zone 'Asia/Ho_Chi_Minh')::date end,
    signer_title = p.signer_title,
    signer_name = p.signer_name
from plan_plan p
where p.id = v.plan_id;

alter table plan_version alter column issued_on set not null;
