package org.pathway.web;

/** {@link ApiAccessTest} against PostgreSQL. */
@OnPostgres
class PostgresApiAccessTest extends ApiAccessTest {
}
