package org.pathway.api;

/** {@link CsvImportTest} against PostgreSQL. */
@OnPostgres
class PostgresCsvImportTest extends CsvImportTest {
}
