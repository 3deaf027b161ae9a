-- A unit's component scores move into its result row — two aligned arrays, the
-- component codes and their scores — instead of one index_score row per component:
-- an import of 100,000 units writes 100,000 rows, not 900,000, and reading an edition
-- is one query. numeric(6,2)[] keeps index_score's two decimals and its 0–10 check.

alter table index_result
    add column component_codes varchar(32)[] not null default '{}',
    add column scores numeric(6,2)[] not null default '{}';

update index_result r
set component_codes = s.codes, scores = s.scores
from (select result_id, array_agg(component_code order by component_code) as codes,
             array_agg(score order by component_code) as scores
      from index_score group by result_id) s
where s.result_id = r.id;

alter table index_result
    add constraint index_result_scores_range check (0 <= all (scores) and 10 >= all (scores)),
    add constraint index_result_scores_aligned
        check (cardinality(component_codes) = cardinality(scores) and coalesce(array_ndims(scores), 1) = 1
               and array_position(scores, null) is null and array_position(component_codes, null) is null);

drop table index_score;
