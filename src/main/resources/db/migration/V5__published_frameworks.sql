-- Frameworks an admin published from a CASE package or spreadsheet (issue 16), over the shipped datasets/ ones with
-- the same id, so that a restart keeps them. Each as its dataset file would be: the framework's JSON and, when the
-- published file carried role profiles, theirs (null: the datasets' role profiles of the framework stay in use).
-- Written to run unchanged on H2 and PostgreSQL.

create table published_framework (
    framework_id varchar(64)       primary key,
    framework_json varchar(10000000) not null,
    roles_json   varchar(10000000),
    source_file  varchar(255)      not null,
    format       varchar(10)       not null,
    published_by varchar(64)       not null,
    published_at timestamp         not null
);
