-- Evidence keyed by (employee, evidence id) rather than by the two joined with a colon, which let an id containing a
-- colon reach another employee's evidence; and who recorded each piece (a username) and, for a 360 claim, who the peer
-- was. Written to run unchanged on H2 and PostgreSQL.

create table evidence_keyed (
    employee_id      varchar(64)   not null references employee (id) on delete cascade,
    evidence_id      varchar(64)   not null,
    competency_id    varchar(64)   not null,
    indicator_id     varchar(160),
    key_theme_id     varchar(64),
    rating_level_id  varchar(64),
    source           varchar(20)   not null,
    status           varchar(20)   not null,
    observed_on      date          not null,
    validated_by     varchar(64),
    validated_on     date,
    rejection_reason varchar(1000),
    example          varchar(4000),
    recorded_on      date,
    recorded_by      varchar(64),
    observed_by      varchar(200),
    version          bigint        not null default 0,
    primary key (employee_id, evidence_id)
);

insert into evidence_keyed (employee_id, evidence_id, competency_id, indicator_id, key_theme_id, rating_level_id,
        source, status, observed_on, validated_by, validated_on, rejection_reason, example, recorded_on, version)
    select employee_id, substring(id, char_length(employee_id) + 2), competency_id, indicator_id, key_theme_id,
        rating_level_id, source, status, observed_on, validated_by, validated_on, rejection_reason, example,
        recorded_on, version
    from evidence;

drop table evidence;

alter table evidence_keyed rename to evidence;
