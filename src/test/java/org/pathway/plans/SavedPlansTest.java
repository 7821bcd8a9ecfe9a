package org.pathway.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pathway.activity.Activity;
import org.pathway.activity.ActivityCatalogue;
import org.pathway.activity.Development;
import org.pathway.analysis.Verdict;
import org.pathway.audit.AuditEvent;
import org.pathway.audit.AuditTrail;
import org.pathway.people.Employee;
import org.pathway.people.Evidence;
import org.pathway.people.EvidenceDraft;
import org.pathway.people.EvidenceLedger;
import org.pathway.people.EvidenceSource;
import org.pathway.people.EvidenceStatus;
import org.pathway.planning.DevelopmentPlan;
import org.pathway.planning.PlanLimits;
import org.pathway.problem.ConflictException;
import org.pathway.problem.NotAllowedException;
import org.pathway.problem.NotFoundException;
import org.pathway.security.PathwayUser;
import org.pathway.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saving a development plan and marking its activities done (issue 14, item 7): only the person the plan is for saves
 * it and marks its activities done, each save and each activity done is audited, and marking one done records ACTIVITY
 * evidence of the behaviours it develops, claimed for her manager to validate. Completed-activity evidence comes only
 * from a saved plan: no one records it for her free-form. Each test rolls back.
 */
@SpringBootTest
@Transactional
class SavedPlansTest {

    private static final String SUBJECT = "am-red-flag";

    @Autowired
    private SavedPlans plans;

    @Autowired
    private EvidenceLedger ledger;

    @Autowired
    private ActivityCatalogue activities;

    @Autowired
    private AuditTrail audit;

    private Employee subject;
    private PathwayUser herself;
    private PathwayUser herManager;
    private Activity activity;

    @BeforeEach
    void herPlanAndTheActivityInIt() {
        subject = ledger.employee(SUBJECT);
        herself = new PathwayUser("red-flag", "x", Role.EMPLOYEE, SUBJECT);
        herManager = new PathwayUser("red-flag-manager", "x", Role.MANAGER, subject.managerId());
        activity = activities.activitiesOf(subject.frameworkId()).stream()
                .filter(a -> !a.develops().isEmpty() && !a.develops().get(0).covers().isEmpty()).findFirst()
                .orElseThrow();
    }

    /** A plan whose one activity has started: it began three weeks after a plan start five weeks ago. */
    private DevelopmentPlan plan() {
        return plan(LocalDate.now().minusWeeks(5));
    }

    private DevelopmentPlan plan(LocalDate start) {
        Development develops = activity.develops().get(0);
        DevelopmentPlan.Step step = new DevelopmentPlan.Step(activity.id(), activity.title(), "COURSE",
                "the competency", "its level", "session-1", start.plusWeeks(3), start.plusWeeks(4), activity.hours(),
                3.5, 350, "a trainer", develops);
        return new DevelopmentPlan(SUBJECT, subject.name(), "service-manager", "Service Manager", start,
                new PlanLimits(2000, 7.4, 52), "0hard/0medium/-1soft", true, List.of(step), 350, List.of(),
                List.of(), List.of(), new DevelopmentPlan.Projection(null, Verdict.NOT_YET, 40, start, "abc"));
    }

    @Test
    void herSavedPlanIsStoredWithWhoAndWhenAndAudited() {
        SavedPlan saved = plans.save(UUID.randomUUID(), plan(), herself);

        SavedPlan latest = plans.latest(SUBJECT).orElseThrow();
        assertThat(latest.getId()).isEqualTo(saved.getId());
        assertThat(latest.getSavedBy()).isEqualTo("red-flag");
        assertThat(latest.getSavedAt()).isNotNull();
        assertThat(latest.getSteps()).singleElement().satisfies(step -> {
            assertThat(step.getTitle()).isEqualTo(activity.title());
            assertThat(step.getCovers()).isEqualTo(activity.develops().get(0).covers());
            assertThat(step.isDone()).isFalse();
        });
        assertThat(audit.ofEmployee(SUBJECT)).filteredOn(e -> saved.getId().equals(e.getEntityId()))
                .extracting(AuditEvent::getAction, AuditEvent::getActor).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("SAVE", "red-flag"));
    }

    @Test
    void savingThePlanOfOneJobAgainKeepsTheOnePlanSaved() {
        UUID job = UUID.randomUUID();
        SavedPlan first = plans.save(job, plan(), herself);
        SavedPlan again = plans.save(job, plan(), herself);

        assertThat(again.getId()).isEqualTo(first.getId());
        assertThat(plans.latest(SUBJECT).orElseThrow().getId()).isEqualTo(first.getId());
        assertThat(audit.ofEmployee(SUBJECT)).filteredOn(e -> "SAVE".equals(e.getAction())).hasSize(1);
        assertThat(plans.save(UUID.randomUUID(), plan(), herself).getId()).as("another job's plan is another plan")
                .isNotEqualTo(first.getId());
    }

    @Test
    void onlyThePersonThePlanIsForSavesIt() {
        assertThatThrownBy(() -> plans.save(UUID.randomUUID(), plan(), herManager)).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> plans.save(UUID.randomUUID(), plan(), new PathwayUser("admin", "x", Role.ADMIN, null)))
                .isInstanceOf(NotAllowedException.class);
        assertThat(plans.latest(SUBJECT)).isEmpty();
    }

    @Test
    void markingAnActivityDoneRecordsActivityEvidenceForHerManagerToValidate() {
        SavedPlan saved = plans.save(UUID.randomUUID(), plan(), herself);
        SavedStep step = saved.getSteps().get(0);
        int before = ledger.employee(SUBJECT).evidence().size();

        List<Evidence> recorded = plans.markDone(saved.getId(), step.getId(), herself);

        Development develops = activity.develops().get(0);
        assertThat(recorded).hasSize(develops.covers().size()).allSatisfy(e -> {
            assertThat(e.source()).isEqualTo(EvidenceSource.ACTIVITY);
            assertThat(e.status()).isEqualTo(EvidenceStatus.CLAIMED);
            assertThat(e.competencyId()).isEqualTo(develops.competencyId());
            assertThat(e.observedOn()).isEqualTo(LocalDate.now());
            assertThat(e.recordedBy()).isEqualTo("red-flag");
            assertThat(e.example()).contains(activity.title());
        });
        assertThat(recorded).extracting(e -> e.indicatorId() != null ? e.indicatorId() : e.keyThemeId())
                .containsExactlyElementsOf(develops.covers());
        assertThat(ledger.employee(SUBJECT).evidence()).hasSize(before + recorded.size());
        assertThat(plans.latest(SUBJECT).orElseThrow().getSteps().get(0).getDoneOn()).isEqualTo(LocalDate.now());
        assertThat(audit.ofEmployee(SUBJECT)).extracting(AuditEvent::getAction).contains("SAVE", "DONE", "CREATE");

        Evidence first = recorded.get(0);
        assertThat(ledger.validate(SUBJECT, first.id(), herManager).status())
                .as("her manager validates it like any claim").isEqualTo(EvidenceStatus.VALIDATED);
        assertThatThrownBy(() -> plans.markDone(saved.getId(), step.getId(), herself))
                .as("an activity is marked done once").isInstanceOf(ConflictException.class);
    }

    @Test
    void anActivityIsMarkedDoneFromTheDayItStartsNotBefore() {
        SavedPlan later = plans.save(UUID.randomUUID(), plan(LocalDate.now().minusWeeks(3).plusDays(1)), herself);
        SavedStep tomorrow = later.getSteps().get(0);
        assertThat(tomorrow.getStartsOn()).isEqualTo(LocalDate.now().plusDays(1));
        int before = ledger.employee(SUBJECT).evidence().size();

        assertThatThrownBy(() -> plans.markDone(later.getId(), tomorrow.getId(), herself))
                .isInstanceOf(ConflictException.class)
                .hasMessage("'" + activity.title() + "' starts on " + tomorrow.getStartsOn()
                        + ": it can be marked done once it has started");
        assertThat(ledger.employee(SUBJECT).evidence()).as("nothing recorded").hasSize(before);
        assertThat(plans.latest(SUBJECT).orElseThrow().getSteps().get(0).isDone()).isFalse();

        SavedPlan today = plans.save(UUID.randomUUID(), plan(LocalDate.now().minusWeeks(3)), herself);
        assertThat(plans.markDone(today.getId(), today.getSteps().get(0).getId(), herself)).isNotEmpty();
    }

    @Test
    void noOneButHerMarksHerActivitiesDone() {
        SavedPlan saved = plans.save(UUID.randomUUID(), plan(), herself);
        String stepId = saved.getSteps().get(0).getId();
        String someoneElse = ledger.all().stream().map(Employee::id)
                .filter(id -> !id.equals(SUBJECT) && !id.equals(subject.managerId())).findFirst().orElseThrow();
        List<PathwayUser> others = List.of(herManager,
                new PathwayUser("another-employee", "x", Role.EMPLOYEE, someoneElse),
                new PathwayUser("another-manager", "x", Role.MANAGER, someoneElse),
                new PathwayUser("admin", "x", Role.ADMIN, null));
        for (PathwayUser other : others) {
            assertThatThrownBy(() -> plans.markDone(saved.getId(), stepId, other)).as(other.username())
                    .isInstanceOf(NotFoundException.class);
        }
        assertThatThrownBy(() -> plans.markDone(saved.getId(), "no-such-step", herself))
                .isInstanceOf(NotFoundException.class);
        assertThat(plans.latest(SUBJECT).orElseThrow().getSteps().get(0).isDone()).isFalse();
    }

    @Test
    void completedActivityEvidenceIsRecordedOnlyForHerselfThroughHerPlanNeverFreeForm() {
        Development develops = activity.develops().get(0);
        EvidenceDraft completion = new EvidenceDraft(develops.competencyId(), develops.covers().get(0), null, null,
                EvidenceSource.ACTIVITY, LocalDate.now(), "Completed a course.", null);
        int before = ledger.employee(SUBJECT).evidence().size();

        assertThatThrownBy(() -> ledger.record(SUBJECT, completion, herself))
                .as("she may not record a completion free-form").isInstanceOf(NotAllowedException.class);
        for (PathwayUser other : List.of(herManager, new PathwayUser("admin", "x", Role.ADMIN, null))) {
            assertThatThrownBy(() -> ledger.recordCompletion(SUBJECT, List.of(completion), other))
                    .as(other.username()).isInstanceOf(NotAllowedException.class);
        }
        assertThat(ledger.employee(SUBJECT).evidence()).hasSize(before);
    }
}
