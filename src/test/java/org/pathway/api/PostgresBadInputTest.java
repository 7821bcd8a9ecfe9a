package org.pathway.api;

/** {@link BadInputTest} against PostgreSQL. */
@OnPostgres
class PostgresBadInputTest extends BadInputTest {
}
