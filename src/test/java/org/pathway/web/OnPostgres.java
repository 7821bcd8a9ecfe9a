package org.pathway.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * Runs a service test class again against the real PostgreSQL on 127.0.0.1:5432 (database test, schema pathway_it,
 * emptied and migrated afresh). Opt-in: only when PATHWAY_TEST_POSTGRES=true, as .ci/run sets it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@EnabledIfEnvironmentVariable(named = "PATHWAY_TEST_POSTGRES", matches = "true")
@TestPropertySource(properties = {
    "spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/test?currentSchema=pathway_it",
    "spring.datasource.username=postgres",
    "spring.datasource.password=",
    "spring.flyway.schemas=pathway_it",
    "spring.flyway.clean-disabled=false"})
@Import(OnPostgres.FreshSchema.class)
public @interface OnPostgres {

    /** Every run starts from an empty schema, migrated by the same Flyway scripts as H2. */
    @TestConfiguration
    class FreshSchema {
        @Bean
        FlywayMigrationStrategy cleanThenMigrate() {
            return (Flyway flyway) -> {
                flyway.clean();
                flyway.migrate();
            };
        }
    }
}
