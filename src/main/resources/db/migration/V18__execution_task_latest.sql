-- Where each task stands: its latest lead entry of a submitted or accepted report (the rule of
-- execution.domain.TaskStates), kept by triggers so the dashboards and the province view read one
-- row per task instead of sorting every entry of every report. Maintained by the database itself,
-- so it is the same on every application node and whoever writes the reports (pages, API, demo
-- data, scripts).
create table execution_task_latest (
    task_id    bigint      primary key,
    plan_id    bigint      not null,
    entry_id   bigint      not null,
    report_id  bigint      not null,
    period_id  bigint      not null,
    unit_id    bigint      not null,
    status     varchar(16) not null,
    progress   int         not null
);
create index execution_task_latest_plan on execution_task_latest (plan_id);

-- Recomputes the given tasks. Refreshes of the same tasks run one after the other (an advisory
-- lock per bucket of task ids, taken in order before the statements that read), so the last to
-- commit has seen the others' rows.
create function execution_refresh_task_latest(task_ids bigint[]) returns void
language plpgsql as $$
declare
    bucket int;
begin
    if task_ids is null or cardinality(task_ids) = 0 then
        return;
    end if;
    for bucket in select distinct (t % 64)::int from unnest(task_ids) t order by 1
    loop
        perform pg_advisory_xact_lock(1013, bucket);
    end loop;
    delete from execution_task_latest l
    where l.task_id = any(task_ids);
    insert into execution_task_latest (task_id, plan_id, entry_id, report_id, period_id, unit_id, status, progress)
    select distinct on (e.task_id) e.task_id, p.plan_id, e.id, r.id, p.id, r.unit_id, e.status, e.progress
    from execution_task_entry e
    join execution_report r on r.id = e.report_id
    join execution_period p on p.id = r.period_id
    where e.task_id = any(task_ids) and e.role = 'LEAD' and r.status in ('SUBMITTED', 'ACCEPTED')
    order by e.task_id, p.due_on desc, r.updated_at desc, e.id desc;
end;
$$;

create function execution_task_latest_from_entries() returns trigger
language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        perform execution_refresh_task_latest(array(select distinct task_id from new_rows));
    elsif tg_op = 'DELETE' then
        perform execution_refresh_task_latest(array(select distinct task_id from old_rows));
    else
        perform execution_refresh_task_latest(array(
            select task_id from new_rows union select task_id from old_rows));
    end if;
    return null;
end;
$$;

create trigger execution_task_latest_entry_insert after insert on execution_task_entry
    referencing new table as new_rows for each statement execute function execution_task_latest_from_entries();
create trigger execution_task_latest_entry_update after update on execution_task_entry
    referencing new table as new_rows old table as old_rows
    for each statement execute function execution_task_latest_from_entries();
create trigger execution_task_latest_entry_delete after delete on execution_task_entry
    referencing old table as old_rows for each statement execute function execution_task_latest_from_entries();

-- A report's status or order (updated_at) decides which entries count.
create function execution_task_latest_from_reports() returns trigger
language plpgsql as $$
begin
    perform execution_refresh_task_latest(array(
        select distinct e.task_id from new_rows n
        join old_rows o on o.id = n.id
        join execution_task_entry e on e.report_id = n.id
        where n.status is distinct from o.status or n.updated_at is distinct from o.updated_at
           or n.period_id is distinct from o.period_id or n.unit_id is distinct from o.unit_id));
    return null;
end;
$$;

create trigger execution_task_latest_report_update after update on execution_report
    referencing new table as new_rows old table as old_rows
    for each statement execute function execution_task_latest_from_reports();

-- A period's due date orders the reports.
create function execution_task_latest_from_periods() returns trigger
language plpgsql as $$
begin
    perform execution_refresh_task_latest(array(
        select distinct e.task_id from new_rows n
        join old_rows o on o.id = n.id
        join execution_report r on r.period_id = n.id
        join execution_task_entry e on e.report_id = r.id
        where n.due_on is distinct from o.due_on));
    return null;
end;
$$;

create trigger execution_task_latest_period_update after update on execution_period
    referencing new table as new_rows old table as old_rows
    for each statement execute function execution_task_latest_from_periods();

-- Reading a plan's reports period by period, and the reports of a unit by status.
create index execution_report_period_status on execution_report (period_id, status);

insert into execution_task_latest (task_id, plan_id, entry_id, report_id, period_id, unit_id, status, progress)
select distinct on (e.task_id) e.task_id, p.plan_id, e.id, r.id, p.id, r.unit_id, e.status, e.progress
from execution_task_entry e
join execution_report r on r.id = e.report_id
join execution_period p on p.id = r.period_id
where e.role = 'LEAD' and r.status in ('SUBMITTED', 'ACCEPTED')
order by e.task_id, p.due_on desc, r.updated_at desc, e.id desc;
