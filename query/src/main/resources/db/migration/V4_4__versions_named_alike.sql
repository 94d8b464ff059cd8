-- An outcome's versions are ordered by the event's global index, since the event states no revision of its own and
-- the outcomes of one indicator were kept on the plan's stream before they had one of their own (rows written before
-- keep the order they were counted in, which the index follows).
alter table outcome_version rename column revision to global_index;
alter table outcome_version alter column global_index set data type bigint;
