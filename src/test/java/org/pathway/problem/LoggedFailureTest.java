package org.pathway.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.SQLIntegrityConstraintViolationException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;

class LoggedFailureTest {

    private static String printed(Throwable failure) {
        StringWriter out = new StringWriter();
        failure.printStackTrace(new PrintWriter(out));
        return out.toString();
    }

    @Test
    void aDatabaseFailureIsLoggedWithItsStateAndStackButNotTheValuesItQuotes() {
        SQLIntegrityConstraintViolationException sql = new SQLIntegrityConstraintViolationException(
                "Unique index violation: PUBLIC.EVIDENCE VALUES ('Jane Secret', 'grievance notes')", "23505", 23505);
        Throwable failure = new DataIntegrityViolationException(
                "could not execute statement [VALUES ('Jane Secret', 'grievance notes')]", sql);

        String logged = printed(LoggedFailure.of(failure));

        assertThat(logged).doesNotContain("Jane Secret", "grievance notes")
                .contains(DataIntegrityViolationException.class.getName(), "SQL state 23505",
                        SQLIntegrityConstraintViolationException.class.getName(), "LoggedFailureTest.java");
    }

    @Test
    void otherFailuresKeepTheirMessages() {
        assertThat(printed(LoggedFailure.of(new IllegalStateException("rule base not loaded", new RuntimeException("x")))))
                .contains("java.lang.IllegalStateException: rule base not loaded", "java.lang.RuntimeException: x");
    }
}
