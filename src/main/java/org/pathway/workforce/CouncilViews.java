package org.pathway.workforce;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.pathway.people.PersonErased;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The stored council's training needs and succession pipeline, worked out from the findings read model once for each
 * state of it and each question asked (scope, breakdown, role), and kept until someone's findings change.
 */
@Component
public class CouncilViews {

    /** The most views kept for one state of the read model; scopes come from requests. */
    private static final int VIEWS_KEPT = 64;

    private record NeedsQuestion(UnitScope scope, UnitLevel breakdown) {
    }

    private record SuccessionQuestion(UnitScope scope, String roleId) {
    }

    private record RiskQuestion(UnitScope scope, LocalDate today, int horizonMonths) {
    }

    private record QualityQuestion(UnitScope scope, UnitLevel by, int recencyMonths) {
    }

    /** Views worked out from one state of the read model. */
    private record Worked(List<EmployeeFindings> from, Cache<Record, Object> views) {
    }

    private final WorkforceFindings findings;
    private final TrainingNeedsAnalysis needs;
    private final SuccessionPipeline pipeline;
    private volatile Worked worked;

    CouncilViews(WorkforceFindings findings, TrainingNeedsAnalysis needs, SuccessionPipeline pipeline) {
        this.findings = findings;
        this.needs = needs;
        this.pipeline = pipeline;
    }

    public TrainingNeedsReport trainingNeeds(UnitScope scope, UnitLevel breakdown) {
        return view(new NeedsQuestion(scope, breakdown), council -> needs.analyse(council, scope, breakdown));
    }

    /** Every role's pipeline within {@code scope}, or only {@code roleId}'s when given. */
    public SuccessionReport succession(UnitScope scope, String roleId) {
        return view(new SuccessionQuestion(scope, roleId), council -> pipeline.analyse(council, scope, roleId));
    }

    /** Succession risk within {@code scope}: fractional bench strength, coverage, holders leaving by the horizon. */
    public SuccessionRisk successionRisk(UnitScope scope, LocalDate today, int horizonMonths) {
        SuccessionReport pipelines = succession(scope, null); // outside the view's computation: no nested one
        return view(new RiskQuestion(scope, today, horizonMonths), council -> SuccessionRisk.of(
                pipelines, council.stream().filter(p -> scope.contains(p.unit())).toList(), today,
                horizonMonths));
    }

    /** The evidence quality monitor within {@code scope}, by unit at level {@code by} and by manager. */
    public EvidenceQuality evidenceQuality(UnitScope scope, UnitLevel by, int recencyMonths) {
        return view(new QualityQuestion(scope, by, recencyMonths),
                council -> EvidenceQuality.of(council, scope, by, recencyMonths));
    }

    /** Views name people: an erased person's go at once, not at the next request. */
    @TransactionalEventListener(fallbackExecution = true)
    void erased(PersonErased erased) {
        worked = null;
    }

    /** Whether the person is in the whole council's pipeline for the role: below it on its ladder. */
    public boolean isCandidate(String employeeId, String roleId) {
        return succession(UnitScope.WHOLE_COUNCIL, null).roles().stream().filter(p -> p.roleId().equals(roleId))
                .flatMap(p -> p.ranked().stream()).anyMatch(c -> c.employeeId().equals(employeeId));
    }

    @SuppressWarnings("unchecked")
    private <V> V view(Record question, Function<List<EmployeeFindings>, V> work) {
        List<EmployeeFindings> council = findings.council();
        Worked current = worked;
        if (current == null || current.from() != council) {
            current = new Worked(council, Caffeine.newBuilder().maximumSize(VIEWS_KEPT).build());
            worked = current;
        }
        return (V) current.views().get(question, q -> work.apply(council));
    }
}
