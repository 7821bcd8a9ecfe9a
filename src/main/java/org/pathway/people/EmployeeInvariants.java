package org.pathway.people;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.pathway.dataset.DatasetProblem;
import org.pathway.framework.Competency;
import org.pathway.framework.Framework;
import org.pathway.framework.FrameworkCatalogue;
import org.pathway.framework.Indicator;
import org.pathway.framework.KeyTheme;
import org.pathway.framework.Level;
import org.pathway.framework.ScaleKind;
import org.pathway.role.RoleCatalogue;
import org.pathway.role.RoleProfile;

/**
 * What an employee record must keep beyond its schema: a known framework and role, evidence about competencies,
 * indicators, key themes and ratings that exist in that framework, and coherent validation dates.
 */
public final class EmployeeInvariants {

    private final String file;
    private final String pointer;
    private final FrameworkCatalogue frameworks;
    private final RoleCatalogue roles;
    private final List<DatasetProblem> problems = new ArrayList<>();

    /** {@code pointer} locates the employee in its file: "" for an employee's own file, /employees/n in a workforce. */
    public EmployeeInvariants(String file, String pointer, FrameworkCatalogue frameworks, RoleCatalogue roles) {
        this.file = file;
        this.pointer = pointer;
        this.frameworks = frameworks;
        this.roles = roles;
    }

    public List<DatasetProblem> check(Employee employee) {
        Framework framework = frameworks.find(employee.frameworkId()).orElse(null);
        if (framework == null) {
            problem("/frameworkId", "expected one of the framework ids "
                    + frameworks.all().stream().map(Framework::id).toList() + ", found '" + employee.frameworkId() + "'");
            return problems;
        }
        if (roles.find(framework.id(), employee.currentRoleId()).isEmpty()) {
            problem("/currentRoleId", "expected one of framework '" + framework.id() + "' role ids "
                    + roles.rolesOf(framework.id()).stream().map(RoleProfile::id).toList()
                    + ", found '" + employee.currentRoleId() + "'");
        }
        Set<String> ids = new HashSet<>();
        for (int e = 0; e < employee.evidence().size(); e++) {
            Evidence evidence = employee.evidence().get(e);
            String at = "/evidence/" + e;
            if (!ids.add(evidence.id())) {
                problem(at + "/id", "duplicate evidence id '" + evidence.id() + "'");
            }
            checkEvidence(framework, evidence, at);
        }
        return problems;
    }

    private void checkEvidence(Framework framework, Evidence evidence, String at) {
        Competency competency = framework.competency(evidence.competencyId()).orElse(null);
        if (competency == null) {
            problem(at + "/competencyId", "expected a competency id of framework '" + framework.id()
                    + "', found '" + evidence.competencyId() + "'");
            return;
        }
        if (evidence.givesRating()) {
            checkRating(framework, competency, evidence, at);
        } else if (competency.indicators().stream().map(Indicator::id).noneMatch(evidence.indicatorId()::equals)) {
            problem(at + "/indicatorId", "expected an indicator id of competency '" + competency.id()
                    + "', found '" + evidence.indicatorId() + "'");
        }
        if (evidence.validatedOn() != null && evidence.validatedOn().isBefore(evidence.observedOn())) {
            problem(at + "/validatedOn", "expected a date on or after observedOn " + evidence.observedOn()
                    + ", found " + evidence.validatedOn());
        }
    }

    private void checkRating(Framework framework, Competency competency, Evidence evidence, String at) {
        if (framework.scale().kind() != ScaleKind.RATING_WITH_MIDPOINTS) {
            problem(at + "/ratingLevelId", "expected indicator evidence: framework '" + framework.id()
                    + "' has a " + framework.scale().kind() + " scale, not ratings");
            return;
        }
        List<String> themes = competency.keyThemes().stream().map(KeyTheme::id).toList();
        if (!themes.contains(evidence.keyThemeId())) {
            problem(at + "/keyThemeId", "expected one of competency '" + competency.id() + "' key theme ids "
                    + themes + ", found '" + evidence.keyThemeId() + "'");
        }
        List<String> ratings = framework.levelsOf(competency).stream().map(Level::id).toList();
        if (!ratings.contains(evidence.ratingLevelId())) {
            problem(at + "/ratingLevelId", "expected one of the ratings " + ratings
                    + ", found '" + evidence.ratingLevelId() + "'");
        }
    }

    private void problem(String at, String message) {
        problems.add(new DatasetProblem(file, pointer + at, message));
    }
}
