package org.pathway.people;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.pathway.web.OnPostgres;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * {@link EvidenceRepositoryTest} against PostgreSQL (opt-in with PATHWAY_TEST_POSTGRES=true, as in CI), from an empty
 * schema each run, so that what an earlier build left there (another version's migrations) cannot fail it.
 */
@EnabledIfEnvironmentVariable(named = "PATHWAY_TEST_POSTGRES", matches = "true")
@TestPropertySource(properties = {
    "spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/test?currentSchema=pathway_repo",
    "spring.datasource.username=postgres",
    "spring.datasource.password=",
    "spring.flyway.schemas=pathway_repo",
    "spring.flyway.clean-disabled=false"})
@Import(OnPostgres.FreshSchema.class)
class PostgresEvidenceRepositoryTest extends EvidenceRepositoryTest {
}
