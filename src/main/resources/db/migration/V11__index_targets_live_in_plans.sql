-- A component target is entered once, in the plan (plan_target.target_score); the index
-- reads it from there (index.PlannedTargets), so its own copy of unit targets goes.
drop table index_unit_target;
