-- Every version of the policy and rules put in force: its number, who published it, when and why, its files (JSON:
-- path to text) and their SHA-256 hash. Readiness reports, plans, training needs and succession name a version by
-- the first 12 digits of its hash. Written to run unchanged on H2 and PostgreSQL.

create table policy_version (
    number       bigint          primary key,
    hash         varchar(64)     not null,
    published_at timestamp       not null,
    published_by varchar(64)     not null,
    reason       varchar(1000)   not null,
    content      varchar(1000000) not null
);

create index policy_version_hash on policy_version (hash);
