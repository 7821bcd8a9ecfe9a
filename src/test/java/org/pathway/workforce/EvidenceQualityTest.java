package org.pathway.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pathway.people.Evidence;
import org.pathway.people.EvidenceSource;
import org.pathway.people.EvidenceStatus;
import org.pathway.people.Unit;

/** The evidence quality monitor: one person's evidence profile worked out by hand, then units and managers. */
class EvidenceQualityTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);

    private static Evidence evidence(String id, EvidenceSource source, EvidenceStatus status, LocalDate observed,
            LocalDate recorded) {
        return new Evidence(id, "c", "c.1", null, null, source, status, observed,
                status == EvidenceStatus.CLAIMED ? null : "m", status == EvidenceStatus.CLAIMED ? null : recorded,
                status == EvidenceStatus.REJECTED ? "no" : null, null, recorded, null, null);
    }

    @Test
    void aProfileCountsWhatTheVerdictsRestOnUnderTheRecencyWindowGiven() {
        List<Evidence> evidence = List.of(
                // leaves a 36-month window on 2026-12-01, within 90 days of 2026-11-01
                evidence("e1", EvidenceSource.MANAGER, EvidenceStatus.VALIDATED, LocalDate.of(2023, 12, 1),
                        LocalDate.of(2023, 12, 2)),
                evidence("e2", EvidenceSource.SELF, EvidenceStatus.CLAIMED, LocalDate.of(2026, 9, 1),
                        LocalDate.of(2026, 10, 2)),
                evidence("e3", EvidenceSource.SELF, EvidenceStatus.REJECTED, LocalDate.of(2026, 1, 1),
                        LocalDate.of(2026, 1, 5)),
                // out of the window: not judged on, but still waiting in the queue (recorded 2022-06-01)
                evidence("e4", EvidenceSource.PEER_360, EvidenceStatus.CLAIMED, LocalDate.of(2022, 6, 1),
                        LocalDate.of(2022, 6, 1)),
                // recorded after the analysis date: not known yet
                evidence("e5", EvidenceSource.SELF, EvidenceStatus.CLAIMED, LocalDate.of(2026, 10, 30),
                        LocalDate.of(2026, 11, 2)));

        EvidenceProfile profile = EvidenceProfile.of(evidence, AS_OF, 36);

        assertThat(profile).isEqualTo(new EvidenceProfile(2, 1, 1, 1, 2, 30 + 1614, 1614, 1, 1));
        assertThat(profile.restsOnSelfRecorded()).isTrue();
        assertThat(profile.restsOnUnvalidated()).isTrue();
        assertThat(profile.restsOnExpiring()).isTrue();
        // under a 54-month window e4 is judged on too and is the one to expire soon (2026-12-01), not e1
        assertThat(EvidenceProfile.of(evidence, AS_OF, 54)).isEqualTo(new EvidenceProfile(3, 1, 2, 1, 2, 1644, 1614,
                1, 1));
    }

    @Test
    void managersWhoValidateEverythingOrNothingStandOut() {
        Unit housing = new Unit("Place", "Housing", "Tenancy");
        List<EmployeeFindings> council = new ArrayList<>();
        council.add(person("keen", "Keen Manager", housing, null, EvidenceProfile.NONE));
        council.add(person("slow", "Slow Manager", housing, null, EvidenceProfile.NONE));
        // keen's two reports: 25 decisions, none a rejection; slow's: 12 claims waiting, no decision
        council.add(person("r1", "R1", housing, "keen", new EvidenceProfile(10, 0, 0, 5, 0, 0, 0, 15, 0)));
        council.add(person("r2", "R2", housing, "keen", new EvidenceProfile(10, 0, 0, 0, 0, 0, 0, 10, 0)));
        council.add(person("r3", "R3", housing, "slow", new EvidenceProfile(12, 12, 12, 0, 12, 1200, 200, 0, 0)));

        EvidenceQuality quality = EvidenceQuality.of(council, UnitScope.WHOLE_COUNCIL, UnitLevel.SERVICE, 36);

        assertThat(quality.managers()).extracting(EvidenceQuality.ManagerLine::name, EvidenceQuality.ManagerLine::habit)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Slow Manager", "validates nothing"),
                        org.assertj.core.groups.Tuple.tuple("Keen Manager", "validates everything"));
        EvidenceQuality.Line housingLine = quality.units().get(0);
        assertThat(housingLine.name()).isEqualTo("Place/Housing");
        assertThat(housingLine.people()).isEqualTo(5);
        assertThat(housingLine.restOnUnvalidated()).isCloseTo(0.2, within(1e-9));
        assertThat(housingLine.restOnExpiring()).isCloseTo(0.2, within(1e-9));
        assertThat(housingLine.waiting()).isEqualTo(12);
        assertThat(housingLine.meanWaitDays()).isCloseTo(100.0, within(1e-9));
        assertThat(housingLine.oldestWaitDays()).isEqualTo(200);
        assertThat(housingLine.expiringPieces()).isEqualTo(5);
        assertThat(housingLine.peopleWithExpiring()).isEqualTo(1);
        assertThat(quality.recencyMonths()).isEqualTo(36);
    }

    private static EmployeeFindings person(String id, String name, Unit unit, String manager, EvidenceProfile profile) {
        return new EmployeeFindings(id, name, "ashfield-mansfield", "officer", unit, 37, List.of(), 0, "v", manager,
                profile, null);
    }
}
