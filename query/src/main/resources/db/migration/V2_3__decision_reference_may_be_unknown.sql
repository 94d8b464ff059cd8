-- A decision transcribed from a document that states no reference keeps none (null), shown as not stated,
-- instead of a placeholder text standing where a reference would be.
alter table decision_register alter column reference drop not null;
