package org.pathway.crosswalk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pathway.framework.FrameworkCatalogue;
import org.pathway.framework.FrameworkLoader;
import org.pathway.framework.UnknownFrameworkException;
import org.pathway.problem.InvalidRequestException;
import org.pathway.role.RoleLoader;

/** Ranking on hand-picked pairs of the seed frameworks, the threshold, the role rungs and refused requests. */
class CrosswalkSuggesterTest {

    private static CrosswalkSuggester suggester;

    @BeforeAll
    static void index() {
        FrameworkCatalogue frameworks = new FrameworkLoader().load(Path.of("datasets"));
        suggester = new CrosswalkSuggester(frameworks, new RoleLoader().load(Path.of("datasets"), frameworks));
    }

    private static List<String> ranked(String from, String to, String competency) {
        return suggester.competencies(from, to).stream().filter(s -> s.from().competency().equals(competency))
                .findFirst().orElseThrow().candidates().stream().map(c -> c.item().competency()).toList();
    }

    @Test
    void sameNamedCompetenciesRankFirst() {
        assertThat(ranked("cambridge-city", "cherwell-south-northants", "communication")).first()
                .isEqualTo("communication");
        assertThat(ranked("cambridge-city", "cherwell-south-northants", "strategic-focus")).first()
                .isEqualTo("strategic-thinking");
    }

    @Test
    void competenciesNamedDifferentlyAreFoundByTheirWords() {
        assertThat(ranked("cherwell-south-northants", "cambridge-city", "customer-focus")).first()
                .isIn("customer-service-and-support", "customer-focused-service-delivery");
        assertThat(ranked("cambridge-city", "cherwell-south-northants", "managing-people")).first()
                .isEqualTo("managing-people-and-change");
        assertThat(ranked("ashfield-mansfield", "slough-leadership", "building-capability-for-all")).first()
                .isEqualTo("empowering-others");
        assertThat(ranked("cherwell-south-northants", "cambridge-city", "collaborative-teamwork"))
                .startsWith("team-and-partnership-working");
    }

    @Test
    void candidatesAreRankedByScoreWithTheWordsThatMatched() {
        Suggestion customer = suggester.competencies("cherwell-south-northants", "cambridge-city").stream()
                .filter(s -> s.from().competency().equals("customer-focus")).findFirst().orElseThrow();

        assertThat(customer.candidates()).hasSizeBetween(1, 3);
        assertThat(customer.candidates()).extracting(Candidate::score).isSortedAccordingTo((a, b) -> Double.compare(b, a))
                .allSatisfy(score -> assertThat(score).isBetween(0.0, 1.0));
        assertThat(customer.candidates().get(0).matched()).contains("customer");
    }

    @Test
    void nothingIsSuggestedWhereNothingStandsOut() {
        List<Suggestion> suggestions = suggester.competencies("ashfield-mansfield", "slough-leadership");

        // Slough's leadership qualities have nothing commercial; Cambridge's "Resilience" nothing in Cherwell.
        assertThat(suggestions).hasSize(10);
        assertThat(ranked("ashfield-mansfield", "slough-leadership", "achieving-commercial-outcomes")).isEmpty();
        assertThat(ranked("cambridge-city", "cherwell-south-northants", "resilience")).isEmpty();
        assertThat(suggestions).filteredOn(s -> !s.candidates().isEmpty()).isNotEmpty()
                .allSatisfy(s -> assertThat(s.candidates().get(0).score())
                        .isGreaterThanOrEqualTo(Tuning.COMPETENCIES.threshold()));
    }

    @Test
    void meaningFindsCounterpartsThatShareFewWords() {
        // The issue's own example: by their words alone Slough's "Leading change through people" came first.
        assertThat(ranked("ashfield-mansfield", "slough-leadership", "collaborating-and-partnering")).first()
                .isEqualTo("working-effectively-with-others");
        assertThat(ranked("slough-leadership", "ashfield-mansfield", "working-effectively-with-others")).first()
                .isEqualTo("collaborating-and-partnering");
    }

    @Test
    void aCompetencyCloseToEverythingIsNotEveryonesBest() {
        // Cherwell's broad "Performance and outcome focus" is close to most of Cambridge's competencies; the margin
        // over each one's neighbourhood keeps it first only where it stands out.
        long bestFor = suggester.competencies("cambridge-city", "cherwell-south-northants").stream()
                .filter(s -> !s.candidates().isEmpty())
                .filter(s -> s.candidates().get(0).item().competency().equals("performance-and-outcome-focus"))
                .count();

        assertThat(bestFor).isBetween(1L, 3L);
    }

    @Test
    void indicatorsAreSuggestedInTheirOwnListAmongTheOtherFrameworksIndicators() {
        SuggestedCrosswalk crosswalk = suggester.suggest("cambridge-city", "cherwell-south-northants");

        assertThat(crosswalk.indicators()).hasSize(185);
        assertThat(crosswalk.indicators()).allSatisfy(s -> assertThat(s.from().isIndicator()).isTrue());
        assertThat(crosswalk.indicators().stream().flatMap(s -> s.candidates().stream()))
                .isNotEmpty().allSatisfy(c -> assertThat(c.item().framework()).isEqualTo("cherwell-south-northants"))
                .allSatisfy(c -> assertThat(c.item().isIndicator()).isTrue());
    }

    @Test
    void rolesMapToTheRungTheirRequiredLevelsMatch() {
        List<RungSuggestion> rungs = suggester.suggest("cambridge-city", "slough-leadership").roles();

        assertThat(rungs).extracting(RungSuggestion::fromRole, RungSuggestion::toRole).contains(
                org.assertj.core.groups.Tuple.tuple("head-of-service", "director"),
                org.assertj.core.groups.Tuple.tuple("senior-manager", "associate-director"));
        assertThat(suggester.suggest("chief-officers-appendix-2", "ashfield-mansfield").roles())
                .extracting(RungSuggestion::fromRole, RungSuggestion::toRole)
                .contains(org.assertj.core.groups.Tuple.tuple("chief-executive", "chief-executive"));
    }

    @Test
    void aFrameworkCannotBeLinkedToItselfNorToOneThatDoesNotExist() {
        assertThatThrownBy(() -> suggester.suggest("slough-leadership", "slough-leadership"))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("a framework other than");
        assertThatThrownBy(() -> suggester.suggest("slough-leadership", "nowhere"))
                .isInstanceOf(UnknownFrameworkException.class).hasMessageContaining("unknown framework 'nowhere'");
    }
}
