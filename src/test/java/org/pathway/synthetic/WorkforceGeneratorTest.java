package org.pathway.synthetic;

import org.pathway.TestCatalogues;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.pathway.people.Employee;
import org.pathway.people.Evidence;
import org.pathway.people.EvidenceSource;
import org.pathway.people.EvidenceStatus;
import org.pathway.framework.Framework;
import org.pathway.framework.FrameworkCatalogue;
import org.pathway.framework.Polarity;
import org.pathway.role.RoleCatalogue;
import org.pathway.role.RoleProfile;

class WorkforceGeneratorTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);
    private static final FrameworkCatalogue FRAMEWORKS = TestCatalogues.FRAMEWORKS;
    private static final RoleCatalogue ROLES = TestCatalogues.ROLES;
    private static final Framework ASHFIELD = FRAMEWORKS.get("ashfield-mansfield");
    private static final List<RoleProfile> LADDER = ROLES.rolesOf("ashfield-mansfield");
    private static final List<Employee> WORKFORCE = new WorkforceGenerator(ASHFIELD, LADDER).generate(3000, 11, AS_OF);

    @Test
    void theSameSeedGivesTheSameWorkforceAndAnotherSeedAnotherOne() {
        WorkforceGenerator generator = new WorkforceGenerator(ASHFIELD, LADDER);

        assertThat(generator.generate(200, 5, AS_OF)).isEqualTo(generator.generate(200, 5, AS_OF));
        assertThat(generator.generate(200, 6, AS_OF)).isNotEqualTo(generator.generate(200, 5, AS_OF));
    }

    @Test
    void gradesFormAPyramidEachRungAboutFortyPercentOfTheOneBelow() {
        Map<Integer, Long> bySeniority = WORKFORCE.stream().collect(Collectors.groupingBy(
                e -> ROLES.get(ASHFIELD.id(), e.currentRoleId()).seniority(), Collectors.counting()));
        double total = LADDER.stream().mapToDouble(r -> Math.pow(0.4, r.seniority() - 1)).sum();

        for (int seniority = 1; seniority <= 6; seniority++) {
            int rung = seniority;
            double expected = LADDER.stream().filter(r -> r.seniority() == rung)
                    .mapToDouble(r -> Math.pow(0.4, rung - 1)).sum() / total;
            assertThat(bySeniority.getOrDefault(seniority, 0L) / 3000.0).as("share at seniority " + seniority)
                    .isCloseTo(expected, within(0.03));
        }
    }

    @Test
    void evidenceIsMostlyManagersMostlyValidatedMostlyRecentWithSomeRedFlags() {
        List<Evidence> evidence = WORKFORCE.stream().flatMap(e -> e.evidence().stream()).toList();
        Map<EvidenceSource, Long> sources = evidence.stream().collect(Collectors.groupingBy(Evidence::source,
                Collectors.counting()));
        Map<EvidenceStatus, Long> statuses = evidence.stream().collect(Collectors.groupingBy(Evidence::status,
                Collectors.counting()));
        double old = evidence.stream().filter(e -> ChronoUnit.MONTHS.between(e.observedOn(), AS_OF) > 36).count()
                / (double) evidence.size();
        double withIneffective = WORKFORCE.stream().filter(e -> e.evidence().stream().anyMatch(ev -> !ev.givesRating()
                && ASHFIELD.indicator(ev.indicatorId()).orElseThrow().polarity() == Polarity.INEFFECTIVE)).count() / 3000.0;

        assertThat(sources.get(EvidenceSource.MANAGER) / (double) evidence.size()).isBetween(0.5, 0.65);
        assertThat(sources.keySet()).containsExactlyInAnyOrder(EvidenceSource.values());
        assertThat(statuses.get(EvidenceStatus.VALIDATED) / (double) evidence.size()).isBetween(0.7, 0.82);
        assertThat(statuses.get(EvidenceStatus.REJECTED) / (double) evidence.size()).isBetween(0.01, 0.05);
        assertThat(old).isBetween(0.05, 0.15);
        assertThat(withIneffective).isBetween(0.08, 0.22);
    }

    @Test
    void everyoneButTheMostSeniorReportsToSomeoneMoreSeniorInTheirDirectorate() {
        Map<String, Employee> byId = WORKFORCE.stream().collect(Collectors.toMap(Employee::id, Function.identity()));
        for (Employee employee : WORKFORCE) {
            int own = ROLES.get(ASHFIELD.id(), employee.currentRoleId()).seniority();
            if (employee.managerId() == null) {
                continue;
            }
            Employee manager = byId.get(employee.managerId());
            assertThat(ROLES.get(ASHFIELD.id(), manager.currentRoleId()).seniority()).isGreaterThan(own);
            assertThat(manager.unit().directorate()).isEqualTo(employee.unit().directorate());
        }
        assertThat(WORKFORCE.stream().filter(e -> e.managerId() == null).count()).isLessThan(30);
    }
}
