package org.pathway.api;

/** {@link EvidenceImportTest} against PostgreSQL. */
@OnPostgres
class PostgresEvidenceImportTest extends EvidenceImportTest {
}
