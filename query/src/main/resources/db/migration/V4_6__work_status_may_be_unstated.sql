-- A work status report may state a comment with the status not stated (WorkStatusReported.status null).
alter table work_status alter column status drop not null;
