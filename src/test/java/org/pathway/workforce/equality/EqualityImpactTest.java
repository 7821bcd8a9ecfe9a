package org.pathway.workforce.equality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pathway.TestCatalogues;
import org.pathway.analysis.Verdict;
import org.pathway.people.Characteristic;
import org.pathway.people.Characteristics;
import org.pathway.people.Unit;
import org.pathway.workforce.EmployeeFindings;
import org.pathway.workforce.EmployeeFindings.GapFinding;
import org.pathway.workforce.EmployeeFindings.RoleFinding;
import org.pathway.workforce.EvidenceProfile;
import org.pathway.workforce.UnitLevel;
import org.pathway.workforce.UnitScope;
import org.pathway.workforce.equality.EqualityReport.Cell;
import org.pathway.workforce.equality.EqualityReport.UnitRow;

/**
 * The equality impact report on a small hand-made council whose figures are worked out by hand: adverse impact ratios,
 * the flag and what drives it, and suppression, including differencing attacks on the published views.
 */
class EqualityImpactTest {

    private static final Unit HOUSING = new Unit("Place", "Housing", "Tenancy Services");
    private static final Unit PLANNING = new Unit("Place", "Planning", "Building Control");
    private static final Unit AUDIT = new Unit("Resources", "Finance", "Audit");
    /** Evidence all validated: 10 pieces judged on. */
    private static final EvidenceProfile VALIDATED = new EvidenceProfile(10, 1, 0, 0, 0, 0, 0, 10, 0);
    /** Evidence mostly waiting: 10 pieces judged on, 6 unvalidated, waiting 60 days each. */
    private static final EvidenceProfile WAITING = new EvidenceProfile(10, 1, 6, 0, 6, 360, 60, 4, 0);

    private final List<EmployeeFindings> council = new ArrayList<>();
    private final Map<String, Characteristics> characteristics = new HashMap<>();

    private void people(int count, Unit unit, String sex, String disability, Verdict verdict, EvidenceProfile evidence,
            String manager) {
        for (int i = 0; i < count; i++) {
            String id = "p" + (council.size() + 1);
            List<GapFinding> gaps = verdict == Verdict.READY_NOW ? List.of()
                    : List.of(new GapFinding("seeing-the-big-picture", 2, true, 2, 0.5));
            council.add(new EmployeeFindings(id, "Person " + id, "ashfield-mansfield", "team-leader", unit, 37,
                    List.of(new RoleFinding("team-leader", Verdict.READY_NOW, 100, "a verdict rule", List.of()),
                            new RoleFinding("service-manager", verdict, 50, "a verdict rule", gaps)),
                    0, "v1", manager, evidence, null));
            characteristics.put(id, new Characteristics(sex, null, null, disability, null, null));
        }
    }

    /** Two managers of at least ten, each with a team: Mark Manager (m1) and Mary Manager (m2). */
    private void managers() {
        council.add(new EmployeeFindings("m1", "Mark Manager", "ashfield-mansfield", "director", HOUSING, 37,
                List.of(new RoleFinding("director", Verdict.READY_NOW, 100, "a verdict rule", List.of())), 0, "v1", null,
                EvidenceProfile.NONE, null));
        council.add(new EmployeeFindings("m2", "Mary Manager", "ashfield-mansfield", "director", AUDIT, 37,
                List.of(new RoleFinding("director", Verdict.READY_NOW, 100, "a verdict rule", List.of())), 0, "v1", null,
                EvidenceProfile.NONE, null));
    }

    private EqualityReport report(UnitScope scope, UnitLevel by) {
        return new EqualityImpact(TestCatalogues.FRAMEWORKS).report(council, characteristics, Map.of(), scope, by);
    }

    private static UnitRow row(EqualityReport report, Characteristic c, String unit) {
        return report.tables().stream().filter(t -> t.characteristic() == c).findFirst().orElseThrow().units().stream()
                .filter(u -> u.unit().equals(unit)).findFirst().orElseThrow();
    }

    private static Cell cell(UnitRow row, String group) {
        return row.groups().stream().filter(g -> g.group().equals(group)).findFirst().orElseThrow();
    }

    /**
     * Women: 20, 10 ready now (rate 0.5). Men: 20, 6 ready now (0.3). Prefer not to say: 12, 5 ready now (0.4167).
     * The most favoured declared group is women: men's ratio 0.3 / 0.5 = 0.6, flagged; prefer not to say
     * 0.4167 / 0.5 = 0.833, not flagged.
     */
    @Test
    void adverseImpactRatiosAgainstTheMostFavouredGroupAreFlaggedBelowFourFifths() {
        managers();
        people(10, HOUSING, "female", "not-disabled", Verdict.READY_NOW, VALIDATED, "m1");
        people(10, HOUSING, "female", "not-disabled", Verdict.NOT_YET, VALIDATED, "m1");
        people(6, AUDIT, "male", "not-disabled", Verdict.READY_NOW, WAITING, "m2");
        people(14, AUDIT, "male", "not-disabled", Verdict.INSUFFICIENT_EVIDENCE, WAITING, "m2");
        people(5, PLANNING, "prefer-not-to-say", "not-disabled", Verdict.READY_NOW, VALIDATED, "m1");
        people(7, PLANNING, "prefer-not-to-say", "not-disabled", Verdict.READY_IN_1_2_YEARS, VALIDATED, "m1");

        UnitRow sex = row(report(UnitScope.WHOLE_COUNCIL, UnitLevel.DIRECTORATE), Characteristic.SEX, "whole council");

        assertThat(sex.all().figures().people()).isEqualTo(52);
        assertThat(cell(sex, "female").figures().readyNow()).isCloseTo(0.5, within(1e-9));
        assertThat(cell(sex, "female").adverseImpactRatio()).isCloseTo(1.0, within(1e-9));
        assertThat(cell(sex, "male").figures().readyNow()).isCloseTo(0.3, within(1e-9));
        assertThat(cell(sex, "male").figures().insufficientEvidence()).isCloseTo(0.7, within(1e-9));
        assertThat(cell(sex, "male").adverseImpactRatio()).isCloseTo(0.6, within(1e-9));
        assertThat(cell(sex, "male").flagged()).isTrue();
        assertThat(cell(sex, "prefer-not-to-say").adverseImpactRatio()).isCloseTo(5.0 / 12 / 0.5, within(1e-9));
        assertThat(cell(sex, "prefer-not-to-say").flagged()).isFalse();
        assertThat(cell(sex, "prefer-not-to-say").figures().readyInOneToTwoYears()).isCloseTo(7.0 / 12, within(1e-9));
        // men's evidence: 60 of 200 pieces unvalidated... 6 of 10 each: validated share 0.4, waiting 60 days
        assertThat(cell(sex, "male").figures().validated()).isCloseTo(0.4, within(1e-9));
        assertThat(cell(sex, "male").figures().validationWaitDays()).isCloseTo(60.0, within(1e-9));
        assertThat(cell(sex, "female").figures().selfRecorded()).isCloseTo(0.1, within(1e-9));
    }

    @Test
    void aFlaggedGapIsExplainedFromTheAnalysesWithTheManagersWhoseQueuesHoldTheEvidence() {
        managers();
        people(10, HOUSING, "female", "not-disabled", Verdict.READY_NOW, VALIDATED, "m1");
        people(10, HOUSING, "female", "not-disabled", Verdict.NOT_YET, VALIDATED, "m1");
        people(6, AUDIT, "male", "not-disabled", Verdict.READY_NOW, WAITING, "m2");
        people(14, AUDIT, "male", "not-disabled", Verdict.INSUFFICIENT_EVIDENCE, WAITING, "m2");

        Cell men = cell(row(report(UnitScope.WHOLE_COUNCIL, UnitLevel.DIRECTORATE), Characteristic.SEX,
                "whole council"), "male");

        assertThat(men.flagged()).isTrue();
        // 60% of men's evidence is unvalidated against none of women's; every waiting piece is in Mary's queue (120)
        assertThat(men.drivers()).anySatisfy(d -> assertThat(d).isEqualTo("Its evidence is unvalidated far more often"
                + " than the Female group's (60% against 0%): 100% of it waits in the validation queues of Mary Manager"
                + " (120 waiting in all)"));
        // 70% of men's verdicts are insufficient evidence against none of women's
        assertThat(men.drivers()).anySatisfy(d -> assertThat(d).startsWith("Its verdicts are 'insufficient evidence'"
                + " far more often than the Female group's (70% against 0%)"));
        assertThat(men.drivers()).hasSizeLessThanOrEqualTo(DisparityDrivers.SHOWN);
    }

    @Test
    void noFigureComesFromFewerThanTenPeopleAndARequestForASmallCellGetsItSuppressed() {
        people(25, HOUSING, "female", "not-disabled", Verdict.READY_NOW, VALIDATED, null);
        people(3, HOUSING, "female", "disabled", Verdict.NOT_YET, VALIDATED, null);
        people(20, AUDIT, "male", "not-disabled", Verdict.NOT_YET, VALIDATED, null);

        // a team of 28 asked for by name: its 3 disabled people are suppressed, and so is a complement
        UnitRow team = row(report(UnitScope.parse("Place/Housing/Tenancy Services"), UnitLevel.TEAM),
                Characteristic.DISABILITY, "Place/Housing/Tenancy Services");
        assertThat(cell(team, "disabled").suppressed()).isTrue();
        assertThat(team.groups().stream().filter(g -> !g.suppressed()).mapToInt(g -> g.figures().people()))
                .allMatch(n -> n >= EqualityImpact.SMALLEST_GROUP);
        for (EqualityReport report : everyView()) {
            for (EqualityReport.Table table : report.tables()) {
                for (UnitRow row : table.units()) {
                    assertThat(row.all().suppressed() || row.all().figures().people() >= 10).isTrue();
                    row.groups().forEach(g -> assertThat(g.suppressed() || g.figures().people() >= 10)
                            .as("%s %s %s", table.characteristic(), row.unit(), g.group()).isTrue());
                }
            }
        }
    }

    /**
     * The attacker has every view the report gives (each scope, each breakdown) and subtracts: a unit's people minus
     * its shown groups, and a group in a unit minus the same group in the units below it. Whatever they work out is
     * nought or about at least ten people.
     */
    @Test
    void noDifferenceOfPublishedFiguresGivesAwayFewerThanTenPeople() {
        people(25, HOUSING, "female", "not-disabled", Verdict.READY_NOW, VALIDATED, null);
        people(3, HOUSING, "female", "disabled", Verdict.NOT_YET, VALIDATED, null);
        people(14, PLANNING, "male", "not-disabled", Verdict.NOT_YET, VALIDATED, null);
        people(12, PLANNING, "male", "disabled", Verdict.READY_NOW, VALIDATED, null);
        people(20, AUDIT, "female", "not-disabled", Verdict.NOT_YET, VALIDATED, null);
        people(11, AUDIT, "female", "disabled", Verdict.READY_IN_1_2_YEARS, VALIDATED, null);

        Map<String, Map<String, Integer>> shown = new HashMap<>(); // unit -> group ("*" for all) -> people
        for (EqualityReport report : everyView()) {
            EqualityReport.Table disability = report.tables().stream()
                    .filter(t -> t.characteristic() == Characteristic.DISABILITY).findFirst().orElseThrow();
            for (UnitRow row : disability.units()) {
                Map<String, Integer> groups = shown.computeIfAbsent(row.unit(), u -> new HashMap<>());
                if (!row.all().suppressed()) {
                    groups.put("*", row.all().figures().people());
                }
                row.groups().stream().filter(g -> !g.suppressed())
                        .forEach(g -> groups.put(g.group(), g.figures().people()));
            }
        }
        // within a unit: all minus every shown group
        shown.forEach((unit, groups) -> {
            if (groups.containsKey("*")) {
                int rest = groups.get("*") - groups.entrySet().stream().filter(e -> !e.getKey().equals("*"))
                        .mapToInt(Map.Entry::getValue).sum();
                assertThat(rest == 0 || rest >= 10).as("%s minus its shown groups: %d", unit, rest).isTrue();
            }
        });
        // across units: the council's disabled people minus each directorate's shown; Place's minus its services'
        for (String group : List.of("*", "disabled", "not-disabled")) {
            differenceIsSafe(shown, "whole council", List.of("Place", "Resources"), group);
            differenceIsSafe(shown, "Place", List.of("Place/Housing", "Place/Planning"), group);
        }
        // Housing's 3 disabled people are hidden wherever they would show
        assertThat(shown.get("Place/Housing")).doesNotContainKey("disabled");
        assertThat(shown.get("Place/Housing/Tenancy Services")).doesNotContainKey("disabled");
    }

    private static void differenceIsSafe(Map<String, Map<String, Integer>> shown, String parent, List<String> children,
            String group) {
        Integer total = shown.getOrDefault(parent, Map.of()).get(group);
        if (total == null) {
            return;
        }
        int rest = total - children.stream().mapToInt(c -> shown.getOrDefault(c, Map.of()).getOrDefault(group, 0)).sum();
        assertThat(rest == 0 || rest >= 10).as("%s %s minus %s: %d", parent, group, children, rest).isTrue();
    }

    private List<EqualityReport> everyView() {
        List<EqualityReport> views = new ArrayList<>();
        for (String scope : List.of("", "Place", "Resources", "Place/Housing", "Place/Planning", "Resources/Finance",
                "Place/Housing/Tenancy Services")) {
            for (UnitLevel by : UnitLevel.values()) {
                views.add(report(UnitScope.parse(scope), by));
            }
        }
        return views;
    }
}
