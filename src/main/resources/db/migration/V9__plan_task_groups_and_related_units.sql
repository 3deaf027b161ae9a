-- The seed's structure of section II, kept by the model rather than guessed by the document:
-- a task may sit under a sub-section of its component ("a) Văn phòng Sở chủ trì, phối hợp … thực hiện:"),
-- and a component's measures carry the marker the plan gives them ("+" under its assignment line, or "-").
alter table plan_task add column group_label varchar(1000) not null default '';
alter table plan_target add column task_marker varchar(1) not null default '+' check (task_marker in ('+', '-'));

-- "Các phòng, đơn vị liên quan": partners the plan leaves to be named (by the lead unit or the Office).
-- A placeholder, not every unit: no unit's work lists the task because of it.
alter table plan_task add column related_units_to_name boolean not null default false;
alter table plan_target add column related_units_to_name boolean not null default false;
