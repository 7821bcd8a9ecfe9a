package org.pathway;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.pathway.analysis.ReadinessEngine;
import org.pathway.analysis.Verdict;
import org.pathway.people.EmployeeReader;
import org.pathway.framework.FrameworkCatalogue;
import org.pathway.role.RoleCatalogue;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The service starts on the committed datasets and rules, with a working readiness engine. */
@SpringBootTest
class ServiceStartTest {

    @Autowired
    private ReadinessEngine engine;

    @Autowired
    private FrameworkCatalogue frameworks;

    @Autowired
    private RoleCatalogue roles;

    @Test
    void theServiceLoadsTheDatasetsAndRulesAndAnalyses() {
        var employee = new EmployeeReader(frameworks, roles)
                .read(Path.of("datasets/workforce/ashfield-mansfield/am-ready-now.json"));

        assertThat(engine.analyse(employee, "service-manager", LocalDate.of(2026, 11, 1))
                .readinessFor("service-manager").orElseThrow().verdict()).isEqualTo(Verdict.READY_NOW);
    }
}
