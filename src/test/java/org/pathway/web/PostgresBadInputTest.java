package org.pathway.web;

/** {@link BadInputTest} against PostgreSQL. */
@OnPostgres
class PostgresBadInputTest extends BadInputTest {
}
