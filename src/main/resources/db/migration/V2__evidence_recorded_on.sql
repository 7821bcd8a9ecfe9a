-- The date each piece of evidence was recorded in Pathway, so that an analysis as of a past date sees only the
-- evidence that had been recorded by then. Written to run unchanged on H2 and PostgreSQL.

alter table evidence add column recorded_on date;

-- Evidence recorded before this column existed: the date of its creation or import in the audit trail where there
-- is one; otherwise it stays null and is taken as recorded when observed.
update evidence set recorded_on = (
    select cast(min(a.occurred_at) as date)
    from audit_event a
    where a.entity = 'evidence' and a.action in ('CREATE', 'IMPORT')
      and a.employee_id = evidence.employee_id
      and evidence.id = a.employee_id || ':' || a.entity_id)
where recorded_on is null;
