-- A framework table decided under a decision whose reference the source does not state keeps none (null).
alter table framework_table_version alter column reference drop not null;
