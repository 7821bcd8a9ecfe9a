package org.pathway.api;

/** {@link ApiAccessTest} against PostgreSQL. */
@OnPostgres
class PostgresApiAccessTest extends ApiAccessTest {
}
