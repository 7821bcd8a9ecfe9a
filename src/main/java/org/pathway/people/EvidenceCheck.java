package org.pathway.people;

import java.util.ArrayList;
import java.util.List;
import org.pathway.framework.Competency;
import org.pathway.framework.Framework;
import org.pathway.framework.FrameworkCatalogue;
import org.pathway.framework.Indicator;
import org.pathway.framework.KeyTheme;
import org.pathway.framework.Level;
import org.pathway.framework.ScaleKind;
import org.pathway.problem.FieldProblem;

/**
 * The one check of a piece of evidence, however it arrives (a dataset file, a CSV import, an API request, a page):
 * either an indicator or a key theme's rating; a competency, indicator, key theme and rating that exist in the
 * employee's framework; a decision with who made it and when; dates in order. Problems are named by
 * {@link EvidenceField}, so that each edge can say where they are in its own words.
 */
public final class EvidenceCheck {

    private final FrameworkCatalogue frameworks;

    public EvidenceCheck(FrameworkCatalogue frameworks) {
        this.frameworks = frameworks;
    }

    /** The problems of evidence about an employee of framework {@code frameworkId} (which must exist). */
    public List<FieldProblem> check(String frameworkId, Evidence evidence) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!RecordIds.valid(evidence.id())) {
            problems.add(new FieldProblem(EvidenceField.ID, RecordIds.expected(evidence.id())));
        }
        TextLimits.check(EvidenceField.EXAMPLE, evidence.example(), TextLimits.EXAMPLE, problems);
        TextLimits.check(EvidenceField.REJECTION_REASON, evidence.rejectionReason(), TextLimits.REASON, problems);
        TextLimits.check(EvidenceField.OBSERVED_BY, evidence.observedBy(), TextLimits.NAME, problems);
        TextLimits.check(EvidenceField.VALIDATED_BY, evidence.validatedBy(), TextLimits.ID, problems);
        TextLimits.date(EvidenceField.OBSERVED_ON, evidence.observedOn(), problems);
        TextLimits.date(EvidenceField.VALIDATED_ON, evidence.validatedOn(), problems);
        TextLimits.date(EvidenceField.RECORDED_ON, evidence.recordedOn(), problems);
        if ((evidence.indicatorId() == null) == (evidence.ratingLevelId() == null)) {
            problems.add(new FieldProblem(EvidenceField.INDICATOR,
                    "expected either an indicatorId or a keyThemeId with a ratingLevelId"));
            return problems;
        }
        if (evidence.status() != EvidenceStatus.CLAIMED && (evidence.validatedBy() == null
                || evidence.validatedOn() == null)) {
            problems.add(new FieldProblem(EvidenceField.VALIDATED_BY,
                    "expected who validated or rejected it and when (validatedBy, validatedOn)"));
        }
        if (evidence.validatedOn() != null && evidence.validatedOn().isBefore(evidence.observedOn())) {
            problems.add(new FieldProblem(EvidenceField.VALIDATED_ON, "expected a date on or after observedOn "
                    + evidence.observedOn() + ", found " + evidence.validatedOn()));
        }
        if (evidence.recordedOn() != null && evidence.recordedOn().isBefore(evidence.observedOn())) {
            problems.add(new FieldProblem(EvidenceField.RECORDED_ON, "expected a date on or after observedOn "
                    + evidence.observedOn() + ", found " + evidence.recordedOn()));
        } else if (evidence.recordedOn() != null && evidence.validatedOn() != null
                && evidence.validatedOn().isBefore(evidence.recordedOn())) {
            problems.add(new FieldProblem(EvidenceField.VALIDATED_ON, "expected a date on or after recordedOn "
                    + evidence.recordedOn() + ", found " + evidence.validatedOn()));
        }
        Framework framework = frameworks.get(frameworkId);
        Competency competency = framework.competency(evidence.competencyId()).orElse(null);
        if (competency == null) {
            problems.add(new FieldProblem(EvidenceField.COMPETENCY, "expected a competency id of framework '"
                    + framework.id() + "', found '" + evidence.competencyId() + "'"));
        } else if (evidence.givesRating()) {
            rating(framework, competency, evidence, problems);
        } else if (competency.indicators().stream().map(Indicator::id).noneMatch(evidence.indicatorId()::equals)) {
            problems.add(new FieldProblem(EvidenceField.INDICATOR, "expected an indicator id of competency '"
                    + competency.id() + "', found '" + evidence.indicatorId() + "'"));
        }
        return problems;
    }

    private static void rating(Framework framework, Competency competency, Evidence evidence,
            List<FieldProblem> problems) {
        if (framework.scale().kind() != ScaleKind.RATING_WITH_MIDPOINTS) {
            problems.add(new FieldProblem(EvidenceField.RATING, "expected indicator evidence: framework '"
                    + framework.id() + "' has a " + framework.scale().kind() + " scale, not ratings"));
            return;
        }
        List<String> themes = competency.keyThemes().stream().map(KeyTheme::id).toList();
        if (!themes.contains(evidence.keyThemeId())) {
            problems.add(new FieldProblem(EvidenceField.KEY_THEME, "expected one of competency '" + competency.id()
                    + "' key theme ids " + themes + ", found '" + evidence.keyThemeId() + "'"));
        }
        List<String> ratings = framework.levelsOf(competency).stream().map(Level::id).toList();
        if (!ratings.contains(evidence.ratingLevelId())) {
            problems.add(new FieldProblem(EvidenceField.RATING, "expected one of the ratings " + ratings
                    + ", found '" + evidence.ratingLevelId() + "'"));
        }
    }
}
