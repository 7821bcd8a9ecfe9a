-- Development plans an employee saved (accepted) from a plan job: who saved it and when, the limits it was made
-- under, and its dated steps, each with what it develops (the competency, the level and the behaviours it covers) so
-- that marking it done records evidence of exactly those. A step marked done says when and by whom. A person's plans
-- go with the person. Written to run unchanged on H2 and PostgreSQL.

create table development_plan (
    id             varchar(36)   primary key,
    employee_id    varchar(64)   not null references employee (id) on delete cascade,
    role_id        varchar(64)   not null,
    role_title     varchar(200)  not null,
    starts_on      date          not null,
    budget         bigint        not null,
    hours_per_week numeric(6, 2) not null,
    total_cost     bigint        not null,
    ready_from     date,
    saved_by       varchar(64)   not null,
    saved_at       timestamp     not null
);

create index development_plan_employee on development_plan (employee_id);

create table development_plan_step (
    id            varchar(36)   primary key,
    plan_id       varchar(36)   not null references development_plan (id) on delete cascade,
    position      integer       not null,
    activity_id   varchar(160)  not null,
    title         varchar(300)  not null,
    competency_id varchar(64)   not null,
    competency    varchar(200)  not null,
    level_id      varchar(64),
    covers        varchar(4000) not null,
    starts_on     date          not null,
    ends_on       date          not null,
    hours         numeric(7, 2) not null,
    cost          bigint        not null,
    done_on       date,
    done_by       varchar(64)
);

create index development_plan_step_plan on development_plan_step (plan_id);
