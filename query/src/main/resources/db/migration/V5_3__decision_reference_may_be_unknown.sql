-- A control plan adopted by a decision whose reference the source does not state keeps none (null).
alter table control_plan alter column reference drop not null;
