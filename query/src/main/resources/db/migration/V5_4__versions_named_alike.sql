-- Every version table names its parts alike (VersionTable): the date a version is in force from as valid_from, the
-- version number as revision, and who recorded it beside when (rows recorded before this column keep none until the
-- group is rebuilt).
alter table risk_version rename column assessed_on to valid_from;
alter table risk_scale_version rename column version to revision;
alter table risk_scale_version rename column effective_from to valid_from;
alter table risk_scale_version add column recorded_by varchar(200);
alter table control_plan rename column effective_date to valid_from;
alter table control_plan add column recorded_by varchar(200);
alter table control_performed rename column performed_on to valid_from;
alter table control_action_version rename column changed_on to valid_from;
alter table control_report rename column reported_on to valid_from;
-- An action's versions are ordered by the event's global index, since a status change states no revision of its own
-- (rows written before keep the order they were counted in, which the index follows).
alter table control_action_version rename column revision to global_index;
alter table control_action_version alter column global_index set data type bigint;
