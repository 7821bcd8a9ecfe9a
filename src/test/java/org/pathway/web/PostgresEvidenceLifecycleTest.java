package org.pathway.web;

/** {@link EvidenceLifecycleTest} against PostgreSQL. */
@OnPostgres
class PostgresEvidenceLifecycleTest extends EvidenceLifecycleTest {
}
