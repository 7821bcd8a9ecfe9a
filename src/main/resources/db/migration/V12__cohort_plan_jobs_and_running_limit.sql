-- Cohort plan jobs in the database, and the limit of running plans per user checked there
-- (README "Operations: containers and several instances").
--
-- plan_job holds both kinds of plan job: an individual development plan (employee, role and limits) and a cohort plan
-- (kind COHORT: what it was asked for as JSON in request; no employee, role or hours).
alter table plan_job add column kind varchar(16) default 'INDIVIDUAL' not null;
alter table plan_job add column request varchar(10000);
alter table plan_job alter column employee_id drop not null;
alter table plan_job alter column role_id drop not null;
alter table plan_job alter column role_title drop not null;
alter table plan_job alter column hours_per_week drop not null;
alter table plan_job alter column horizon_weeks drop not null;

-- job_requester: one row per user who started a plan job, locked while a new job of theirs is counted and added, so
-- that two starts at once on two instances cannot both pass the limit of running jobs.
create table job_requester (
    requester varchar(64) primary key
);
