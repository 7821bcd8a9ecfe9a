package org.pathway.crosswalk;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.pathway.framework.Competency;
import org.pathway.framework.Framework;
import org.pathway.framework.Level;
import org.pathway.role.Requirement;
import org.pathway.role.RoleCatalogue;
import org.pathway.role.RoleProfile;

/**
 * Which rung of one ladder corresponds to which of the other, from what the role profiles require. A role's height is
 * the mean position of its required levels on their competencies' scales (1.0: the top level), or, where its scale has
 * no levels, its place on its own ladder. For each role the other framework's role is chosen whose height is nearest,
 * plus a half for each share of the role's competencies' counterparts (top suggestions) it does not require; a role
 * with the very same title (Head of Service in two councils) is taken first.
 */
final class RungMatcher {

    private final RoleCatalogue roles;

    RungMatcher(RoleCatalogue roles) {
        this.roles = roles;
    }

    List<RungSuggestion> match(Framework from, Framework to, List<Suggestion> competencies) {
        Map<String, String> counterpart = new HashMap<>();
        competencies.stream().filter(s -> !s.candidates().isEmpty())
                .forEach(s -> counterpart.put(s.from().competency(), s.candidates().get(0).item().competency()));
        List<RoleProfile> targets = roles.rolesOf(to.id());
        List<RungSuggestion> rungs = new ArrayList<>();
        for (RoleProfile role : roles.rolesOf(from.id())) {
            double height = height(from, role, roles.rolesOf(from.id()));
            targets.stream()
                    .map(target -> new RungSuggestion(from.id(), role.id(), role.title(), to.id(), target.id(),
                            target.title(), coverage(role, target, counterpart), height, height(to, target, targets)))
                    .min(Comparator.comparingDouble(RungMatcher::distance))
                    .ifPresent(rungs::add);
        }
        return rungs;
    }

    private static double distance(RungSuggestion rung) {
        if (rung.fromTitle().equalsIgnoreCase(rung.toTitle())) {
            return -1;
        }
        return Math.abs(rung.fromHeight() - rung.toHeight()) + (1 - rung.coverage()) / 2;
    }

    private static double coverage(RoleProfile role, RoleProfile target, Map<String, String> counterpart) {
        List<String> linked = role.requirements().stream().map(r -> counterpart.get(r.competencyId()))
                .filter(Objects::nonNull).toList();
        if (linked.isEmpty()) {
            return 0;
        }
        long required = linked.stream().filter(c -> target.requirements().stream()
                .anyMatch(r -> r.competencyId().equals(c))).count();
        return round((double) required / linked.size());
    }

    private static double height(Framework framework, RoleProfile role, List<RoleProfile> ladder) {
        List<Double> positions = new ArrayList<>();
        for (Requirement requirement : role.requirements()) {
            Competency competency = framework.competency(requirement.competencyId()).orElse(null);
            if (competency == null || requirement.minLevelId() == null) {
                continue;
            }
            List<Level> levels = framework.levelsOf(competency);
            int at = levels.stream().map(Level::id).toList().indexOf(requirement.minLevelId());
            if (at >= 0) {
                positions.add((at + 1.0) / levels.size());
            }
        }
        if (positions.isEmpty()) {
            int top = ladder.stream().mapToInt(RoleProfile::seniority).max().orElse(1);
            return round((double) role.seniority() / top);
        }
        return round(positions.stream().mapToDouble(Double::doubleValue).average().orElse(0));
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
