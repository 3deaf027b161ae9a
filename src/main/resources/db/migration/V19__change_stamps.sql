-- One counter per kind of data that cached views are built from (shared.ChangeStamps). Every
-- statement that writes one of the tables below adds one to its kind's counter, at most once per
-- transaction, in the transaction of the change: a view cached under the counters it was built
-- with is stale exactly when a counter moved, on whichever application node made the change.
create table change_stamp (
    name    varchar(32) primary key,
    counter bigint      not null default 0
);
insert into change_stamp (name) values ('org'), ('index'), ('plan'), ('execution');

-- Statement level, so an import of many rows costs one update; the row stays locked until the
-- transaction ends, so the new counter is seen together with the data it stands for.
create function touch_change_stamp() returns trigger
language plpgsql as $$
declare
    flag text := 'ddci.stamp_touched_' || tg_argv[0];
begin
    if coalesce(current_setting(flag, true), '') <> 'on' then
        update change_stamp set counter = counter + 1 where name = tg_argv[0];
        perform set_config(flag, 'on', true);
    end if;
    return null;
end;
$$;

do $$
declare
    stamped record;
begin
    for stamped in
        select * from (values
            ('org_organisation', 'org'), ('org_unit', 'org'),
            ('index_edition', 'index'), ('index_component', 'index'), ('index_indicator', 'index'),
            ('index_band', 'index'), ('index_assessed_unit', 'index'), ('index_result', 'index'),
            ('plan_plan', 'plan'), ('plan_target', 'plan'), ('plan_target_unit', 'plan'), ('plan_task', 'plan'),
            ('plan_task_unit', 'plan'),
            ('execution_reporting_line', 'execution'), ('execution_period', 'execution'),
            ('execution_report', 'execution'), ('execution_task_entry', 'execution'),
            ('execution_task_figure', 'execution')
        ) as t(table_name, stamp)
    loop
        execute format('create trigger %I after insert or update or delete or truncate on %I '
                       'for each statement execute function touch_change_stamp(%L)',
                       stamped.table_name || '_stamp', stamped.table_name, stamped.stamp);
    end loop;
end;
$$;
