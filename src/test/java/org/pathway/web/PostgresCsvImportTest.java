package org.pathway.web;

/** {@link CsvImportTest} against PostgreSQL. */
@OnPostgres
class PostgresCsvImportTest extends CsvImportTest {
}
