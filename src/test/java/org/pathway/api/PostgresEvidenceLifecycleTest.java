package org.pathway.api;

/** {@link EvidenceLifecycleTest} against PostgreSQL. */
@OnPostgres
class PostgresEvidenceLifecycleTest extends EvidenceLifecycleTest {
}
