-- Erasure ends the person: their account is disabled and unlinked, and their employee id is never given to anyone
-- else. Written to run unchanged on H2 and PostgreSQL.

alter table app_user add column enabled boolean default true not null;

create table erased_employee (
    id        varchar(64) primary key,
    erased_at timestamp   not null
);
