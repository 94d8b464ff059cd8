-- Every version table names its parts alike (VersionTable): the version number as revision, the date a version is in
-- force from as valid_from. A financial report's versions are ordered by the event's global index, since the event
-- states no revision of its own (rows written before keep the order they were counted in, which the index follows).
alter table framework_table_version rename column version to revision;
alter table framework_table_version rename column effective_date to valid_from;
alter table financial_outcome_version rename column period_end to valid_from;
alter table financial_outcome_version rename column revision to global_index;
alter table financial_outcome_version alter column global_index set data type bigint;
