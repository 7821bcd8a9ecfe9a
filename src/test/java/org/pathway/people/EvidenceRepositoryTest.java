package org.pathway.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.jdbc.core.JdbcTemplate;

/** The Flyway schema and the repositories: what is stored comes back the same; evidence goes with its employee. */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ExtendWith(OutputCaptureExtension.class)
class EvidenceRepositoryTest {

    @Autowired
    private EmployeeRepository employees;

    @Autowired
    private EvidenceRepository evidence;

    @Autowired
    private JdbcTemplate jdbc;

    private static final Evidence SEEN = new Evidence("ev-1", "seeing-the-big-picture",
            "seeing-the-big-picture.level-2.01", null, null, EvidenceSource.MANAGER, EvidenceStatus.VALIDATED,
            LocalDate.of(2026, 3, 10), "m-1", LocalDate.of(2026, 3, 11), null, "Brought the views together.",
            LocalDate.of(2026, 3, 10), "m-1", null);

    @Test
    void anEmployeeAndTheirEvidenceComeBackAsStored() {
        Employee sam = new Employee("repo-sam", "Sam Patel", "ashfield-mansfield", "team-leader",
                new Unit("Place", "Housing", "Tenancy Services"), "m-1", 22.5, List.of());
        employees.save(EmployeeEntity.of(sam));
        evidence.save(EvidenceEntity.of("repo-sam", SEEN));
        employees.flush();

        Employee read = employees.findById("repo-sam").orElseThrow()
                .toEmployee(evidence.findByEmployeeIdOrderByEvidenceId("repo-sam").stream().map(EvidenceEntity::toEvidence).toList());

        assertThat(read).isEqualTo(new Employee("repo-sam", "Sam Patel", "ashfield-mansfield", "team-leader",
                new Unit("Place", "Housing", "Tenancy Services"), "m-1", 22.5, List.of(SEEN)));
        assertThat(employees.findByManagerIdOrderById("m-1")).extracting(EmployeeEntity::getId).contains("repo-sam");
    }

    @Test
    void deletingAnEmployeeDeletesTheirEvidenceInTheDatabaseToo() {
        employees.save(EmployeeEntity.of(new Employee("repo-jo", "Jo", "ashfield-mansfield", "officer", null, null, 37.0,
                List.of())));
        evidence.save(EvidenceEntity.of("repo-jo", SEEN));
        employees.flush();

        jdbc.update("delete from employee where id = ?", "repo-jo");

        assertThat(jdbc.queryForObject("select count(*) from evidence where employee_id = ?", Integer.class, "repo-jo"))
                .isZero();
    }

    @Test
    void theMigrationsCreatedEveryTable() {
        for (String table : List.of("employee", "evidence", "audit_event", "app_user")) {
            assertThat(jdbc.queryForObject("select count(*) from " + table, Integer.class)).isNotNull();
        }
    }

    @Test
    void aFailedWriteLeavesTheValuesItHeldOutOfTheLog(CapturedOutput log) {
        assertThatThrownBy(() -> evidence.saveAndFlush(EvidenceEntity.of("ghost-person-4711", SEEN)))
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("ghost-person-4711");

        assertThat(log.getAll()).doesNotContain("ghost-person-4711");
    }
}
