-- Protected characteristics (special category data): optional, one row per employee who has any, in a table of their
-- own so that only the equality report and subject access read them; erased with the person. And an employee's
-- expected leaving date (a resignation, the end of a contract or a planned retirement), which succession risk reads.
-- Written to run unchanged on H2 and PostgreSQL.

alter table employee add column expected_leaving_on date;

create table employee_characteristics (
    employee_id        varchar(64) primary key references employee (id) on delete cascade,
    sex                varchar(40),
    age_band           varchar(40),
    ethnic_group       varchar(40),
    disability         varchar(40),
    religion           varchar(40),
    sexual_orientation varchar(40)
);
