-- Figures are kept with up to 15 digits before and 6 after the decimal point, as the commands accept them
-- (FigureLimits); a narrower column would round an accepted figure.
alter table financial_outcome_version alter column period_result set data type numeric(21, 6);
alter table financial_outcome_version alter column period_target set data type numeric(21, 6);
alter table financial_outcome_version alter column annual_forecast set data type numeric(21, 6);
alter table financial_outcome_version alter column annual_target set data type numeric(21, 6);
