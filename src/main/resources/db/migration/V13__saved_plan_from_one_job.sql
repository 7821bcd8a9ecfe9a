-- A saved development plan names the plan job it came from, once: saving the same job's plan again (a second click,
-- a resent form) finds the plan already saved instead of storing a twin.
alter table development_plan add column job_id varchar(36);
create unique index development_plan_job on development_plan (job_id);
