package org.pathway.workforce;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pathway.analysis.Verdict;
import org.pathway.framework.Competency;
import org.pathway.framework.Framework;
import org.pathway.framework.FrameworkCatalogue;
import org.pathway.role.RoleCatalogue;
import org.pathway.role.RoleProfile;
import org.pathway.workforce.SuccessionReport.Candidate;
import org.pathway.workforce.SuccessionReport.RolePipeline;

/**
 * The succession pipeline over a workforce's findings: for each role above the most junior, everyone below it on the
 * ladder ranked by readiness, the bench strength (ready now, ready in 1-2 years) and roles without a ready successor.
 */
public final class SuccessionPipeline {

    private static final Comparator<Candidate> BEST_FIRST = Comparator
            .comparingInt((Candidate c) -> c.verdict().ordinal())
            .thenComparing(Comparator.comparingInt(Candidate::score).reversed())
            .thenComparing(Candidate::employeeId);

    private final FrameworkCatalogue frameworks;
    private final RoleCatalogue roles;

    public SuccessionPipeline(FrameworkCatalogue frameworks, RoleCatalogue roles) {
        this.frameworks = frameworks;
        this.roles = roles;
    }

    /** Every role of the workforce's frameworks that has someone below it, or only {@code roleId} when given. */
    public SuccessionReport analyse(List<EmployeeFindings> workforce, UnitScope scope, String roleId) {
        List<EmployeeFindings> inScope = workforce.stream().filter(p -> scope.contains(p.unit())).toList();
        List<RolePipeline> pipelines = new ArrayList<>();
        for (String frameworkId : inScope.stream().map(EmployeeFindings::frameworkId).distinct().sorted().toList()) {
            for (RoleProfile role : roles.rolesOf(frameworkId)) {
                if (roleId == null ? role.seniority() > 1 : role.id().equals(roleId)) {
                    pipelines.add(pipeline(frameworks.get(frameworkId), role, inScope));
                }
            }
        }
        return new SuccessionReport(scope.toString(), pipelines, EmployeeFindings.versionsOf(inScope));
    }

    private RolePipeline pipeline(Framework framework, RoleProfile role, List<EmployeeFindings> workforce) {
        Labels labels = new Labels(framework);
        List<Candidate> candidates = new ArrayList<>();
        int holders = 0;
        for (EmployeeFindings person : workforce) {
            if (!person.frameworkId().equals(framework.id())) {
                continue;
            }
            if (person.currentRoleId().equals(role.id())) {
                holders++;
                continue;
            }
            person.finding(role.id()).ifPresent(finding -> candidates.add(new Candidate(person.employeeId(),
                    person.name(), person.unit(), labels.roleTitle(person.currentRoleId()), finding.verdict(),
                    finding.score(), labels.blocking(finding), person.redFlags())));
        }
        candidates.sort(BEST_FIRST);
        int readyNow = count(candidates, Verdict.READY_NOW);
        int readySoon = count(candidates, Verdict.READY_IN_1_2_YEARS);
        SuccessionReport.Risk risk = readyNow > 0 ? SuccessionReport.Risk.COVERED
                : readySoon > 0 ? SuccessionReport.Risk.NO_READY_SUCCESSOR
                : SuccessionReport.Risk.NO_SUCCESSOR_WITHIN_2_YEARS;
        return new RolePipeline(framework.id(), role.id(), role.title(), holders, candidates.size(), readyNow, readySoon,
                risk, List.copyOf(candidates));
    }

    /** Role titles and gap labels of one framework, each worked out once per pipeline, not once per candidate. */
    private final class Labels {

        private record Required(String competencyId, int rank) {
        }

        private final Framework framework;
        private final Map<String, String> roleTitles = new HashMap<>();
        private final Map<Required, String> gaps = new HashMap<>();

        Labels(Framework framework) {
            this.framework = framework;
        }

        String roleTitle(String roleId) {
            return roleTitles.computeIfAbsent(roleId, id -> roles.get(framework.id(), id).title());
        }

        /** The essential gaps, by competency name and the level required. */
        List<String> blocking(EmployeeFindings.RoleFinding finding) {
            return finding.gaps().stream().filter(EmployeeFindings.GapFinding::essential)
                    .map(g -> gaps.computeIfAbsent(new Required(g.competencyId(), g.requiredRank()), this::label))
                    .toList();
        }

        private String label(Required gap) {
            return framework.competency(gap.competencyId()).map(Competency::name).orElse(gap.competencyId())
                    + (gap.rank() == 0 ? "" : " (" + framework.levelLabel(gap.rank()) + ")");
        }
    }

    private static int count(List<Candidate> candidates, Verdict verdict) {
        return (int) candidates.stream().filter(c -> c.verdict() == verdict).count();
    }
}
