-- Goal judgements and work statuses are version tables like outcomes (VersionTable): a goal's judgements and a piece
-- of work's statuses per report are ordered by the event's global index, the latest as known being the one in force.
-- Rows written before keep the order they were written in (row_id), placed before every event that comes after them
-- (below zero); a rebuild of follow-up gives them their events' own indexes.
alter table goal_judgement add column global_index bigint;
update goal_judgement set global_index = row_id - (select max(row_id) from goal_judgement) - 1;
alter table goal_judgement alter column global_index set not null;
alter table goal_judgement drop column row_id;
alter table goal_judgement add primary key (plan_id, goal_id, report_year, report_period, global_index);

alter table work_status add column global_index bigint;
update work_status set global_index = row_id - (select max(row_id) from work_status) - 1;
alter table work_status alter column global_index set not null;
alter table work_status drop column row_id;
alter table work_status add primary key (plan_id, item_id, report_year, report_period, global_index);
