package org.pathway.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.pathway.framework.Competency;
import org.pathway.framework.Framework;
import org.pathway.framework.Indicator;
import org.pathway.role.RoleProfile;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether the stored employees and evidence of a framework still fit a new version of it before it replaces the one in
 * use: each employee's current role is among the role profiles, and each piece of evidence's competency, indicator,
 * key theme and rated level are in the framework. What does not fit is said in words, so that nothing stored is left
 * pointing at what is gone.
 */
@Service
public class StoredRecordsFit {

    private static final int LISTED = 20;

    private final EmployeeRepository employees;
    private final EvidenceRepository evidence;

    StoredRecordsFit(EmployeeRepository employees, EvidenceRepository evidence) {
        this.employees = employees;
        this.evidence = evidence;
    }

    /** What stored records would no longer fit, at most {@value #LISTED} of them and then how many more; empty if all do. */
    @Transactional(readOnly = true)
    public List<String> unfit(Framework framework, List<RoleProfile> roles) {
        Set<String> roleIds = roles.stream().map(RoleProfile::id).collect(Collectors.toSet());
        List<EmployeeEntity> onFramework = employees.findByFrameworkIdOrderById(framework.id());
        List<String> unfit = new ArrayList<>();
        for (EmployeeEntity employee : onFramework) {
            String role = employee.toEmployee(List.of()).currentRoleId();
            if (!roleIds.contains(role)) {
                unfit.add("employee " + employee.getId() + " holds role '" + role
                        + "', which is not among the role profiles " + roleIds.stream().sorted().toList()
                        + ": keep the role, or move the employee first");
            }
        }
        List<String> ids = onFramework.stream().map(EmployeeEntity::getId).toList();
        for (EvidenceEntity stored : ids.isEmpty() ? List.<EvidenceEntity>of()
                : evidence.findByEmployeeIdInOrderByEmployeeIdAscEvidenceIdAsc(ids)) {
            missing(framework, stored.toEvidence()).ifPresent(what -> unfit.add("evidence " + stored.evidenceId()
                    + " of employee " + stored.getEmployeeId() + " is about " + what + ", which the framework no longer"
                    + " has: keep its id (add new ids rather than renumbering)"));
        }
        if (unfit.size() > LISTED) {
            int more = unfit.size() - LISTED;
            unfit.subList(LISTED, unfit.size()).clear();
            unfit.add("... and " + more + " more");
        }
        return unfit;
    }

    private static Optional<String> missing(Framework framework, Evidence stored) {
        Optional<Competency> competency = framework.competency(stored.competencyId());
        if (competency.isEmpty()) {
            return Optional.of("competency '" + stored.competencyId() + "'");
        }
        if (stored.indicatorId() != null && competency.get().indicators().stream().map(Indicator::id)
                .noneMatch(stored.indicatorId()::equals)) {
            return Optional.of("indicator '" + stored.indicatorId() + "'");
        }
        if (stored.keyThemeId() != null && competency.get().keyThemes().stream()
                .noneMatch(theme -> theme.id().equals(stored.keyThemeId()))) {
            return Optional.of("key theme '" + stored.keyThemeId() + "'");
        }
        if (stored.ratingLevelId() != null && framework.scale().level(stored.ratingLevelId()).isEmpty()) {
            return Optional.of("level '" + stored.ratingLevelId() + "'");
        }
        return Optional.empty();
    }
}
