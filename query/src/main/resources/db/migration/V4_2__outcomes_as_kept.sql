-- Outcomes are kept with up to 15 digits before and 6 after the decimal point, as the commands accept them
-- (FigureLimits); a narrower column would round an accepted outcome.
alter table outcome_version alter column total set data type numeric(21, 6);
alter table outcome_version alter column women set data type numeric(21, 6);
alter table outcome_version alter column men set data type numeric(21, 6);
alter table outcome_version alter column peer_value set data type numeric(21, 6);
