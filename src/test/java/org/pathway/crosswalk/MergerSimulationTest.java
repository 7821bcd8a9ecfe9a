package org.pathway.crosswalk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pathway.analysis.Verdict;
import org.pathway.crosswalk.MergerSimulation.Change;
import org.pathway.crosswalk.MergerSimulation.Outcome;
import org.pathway.crosswalk.MergerSimulation.Tally;
import org.pathway.domain.Domain;
import org.pathway.domain.PathwayProperties;
import org.pathway.people.Employee;
import org.pathway.rules.RuleFolder;

/**
 * A merger of two small hand-made workforces into Slough's framework: Hannah Whitworth (Ashfield/Mansfield team
 * leader, ready now for her role, evidence across all ten competencies) and Slough's own ready-now sample, under three
 * crosswalks worked out by hand: none agreed, every link agreed but "related" (weighed at nothing), and one exact link.
 */
class MergerSimulationTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);
    private static final String INTO = "slough-leadership";

    private static Domain domain;
    private static MergerSimulation simulation;
    private static List<Employee> workforces;

    @BeforeAll
    static void domain() {
        domain = Domain.forCommand(new PathwayProperties(Path.of("datasets"), Path.of("rules"), false,
                RuleFolder.FIXTURE_POLICY));
        simulation = new MergerSimulation(domain.frameworks(), domain.roles(), domain.engine(),
                new CrosswalkSuggester(domain.frameworks(), domain.roles()), domain.analysisThreads().executor());
        workforces = List.of(
                domain.employeeFiles().read(Path.of("datasets/workforce/ashfield-mansfield/am-ready-now.json")),
                domain.employeeFiles().read(Path.of("datasets/workforce/slough-leadership/sl-ready-now.json")));
    }

    private static MergerSimulation.Report merge(List<CrosswalkLink> links) {
        return simulation.simulate(workforces, INTO, from -> new Crosswalk(from, INTO, List.of(), links), AS_OF);
    }

    private static CrosswalkLink agreed(String from, String to, Strength strength) {
        return new CrosswalkLink(from, null, to, null, strength, LinkStatus.AGREED, null, null, "admin", null);
    }

    @Test
    void withNoAgreedLinkNothingTravelsSoHannahHasTooLittleTranslatedEvidenceAndSloughsOwnKeepTheirs() {
        MergerSimulation.Report report = merge(List.of(
                new CrosswalkLink("collaborating-and-partnering", null, "working-effectively-with-others", null,
                        Strength.EXACT, LinkStatus.SUGGESTED, 0.3, List.of(), null, null)));

        // team leader -> Slough's first rung (middle manager); no evidence of hers counts there: not yet
        Change hannah = report.changes().stream().filter(c -> c.employeeId().equals("am-ready-now")).findFirst()
                .orElseThrow();
        assertThat(hannah.fromRole()).isEqualTo("team-leader");
        assertThat(hannah.toRole()).isEqualTo("middle-manager");
        assertThat(hannah.before()).isEqualTo(Verdict.READY_NOW);
        assertThat(hannah.after()).isEqualTo(Verdict.NOT_YET);
        assertThat(hannah.outcome()).isEqualTo(Outcome.TOO_LITTLE_TRANSLATED_EVIDENCE);
        assertThat(hannah.links()).isEmpty();
        // Slough's own employee is judged under her own framework: she keeps her verdict, so is not a change
        assertThat(report.changes()).extracting(Change::employeeId).containsExactly("am-ready-now");
        assertThat(report.byUnit()).extracting(Tally::name, Tally::keep, Tally::tooLittle).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Place", 0, 1),
                org.assertj.core.groups.Tuple.tuple("Place and Community", 1, 0));
        assertThat(report.byRole()).singleElement().satisfies(t -> {
            assertThat(t.name()).isEqualTo("Middle Manager");
            assertThat(t.keep() + t.gain() + t.lose() + t.tooLittle()).isEqualTo(2);
        });
    }

    @Test
    void relatedLinksCarryHerEvidenceButItWeighsNothingSoSheLosesHerVerdict() {
        List<CrosswalkLink> related = domain.frameworks().get("ashfield-mansfield").competencies().stream()
                .map(c -> agreed(c.id(), "working-effectively-with-others", Strength.RELATED)).toList();

        Change hannah = merge(related).changes().get(0);

        assertThat(hannah.outcome()).isEqualTo(Outcome.LOSE);
        assertThat(hannah.after()).isEqualTo(Verdict.NOT_YET);
        assertThat(hannah.rule()).startsWith("Verdict: not yet");
        assertThat(hannah.links()).isEmpty();
    }

    @Test
    void anExactLinkCarriesHerCollaborationEvidenceNamingItsOriginAndLeavesHerOwnEvidenceAsItWas() {
        Employee before = workforces.get(0);
        List<Object> evidenceBefore = List.copyOf(before.evidence());

        Change hannah = merge(List.of(agreed("collaborating-and-partnering", "working-effectively-with-others",
                Strength.EXACT))).changes().get(0);

        // one competency of fifteen met at most: still not yet for middle manager, so she loses "ready now"
        assertThat(hannah.outcome()).isEqualTo(Outcome.LOSE);
        assertThat(hannah.links()).isNotEmpty().allSatisfy(l -> assertThat(l)
                .startsWith("counts via the crosswalk: Ashfield/Mansfield 'Collaborating and partnering' Level ")
                .endsWith(", exact"));
        assertThat(hannah.links()).allSatisfy(l -> assertThat(l).doesNotContain("Seeing the big picture"));
        assertThat(before.evidence()).isEqualTo(evidenceBefore);
        assertThat(before.frameworkId()).isEqualTo("ashfield-mansfield");
    }

    @Test
    void theTrainingNeedsAreThoseOfTheMergedFramework() {
        MergerSimulation.Report report = merge(List.of());

        assertThat(report.trainingNeeds()).isNotEmpty().allSatisfy(n -> assertThat(
                domain.frameworks().get(INTO).competency(n.competencyId())).isPresent());
        assertThat(report.employees()).isEqualTo(2);
    }
}
