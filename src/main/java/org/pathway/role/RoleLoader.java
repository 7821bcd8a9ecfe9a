package org.pathway.role;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pathway.dataset.DatasetException;
import org.pathway.dataset.DatasetProblem;
import org.pathway.dataset.JsonDocuments;
import org.pathway.framework.Competency;
import org.pathway.framework.Framework;
import org.pathway.framework.FrameworkCatalogue;
import org.pathway.framework.Level;
import org.pathway.framework.ScaleKind;

/**
 * Reads {@code <datasets>/roles/*.json} (no folder, no roles) and checks every profile against its framework: competencies and levels that
 * exist, ladder rungs that exist, unique ids. Fails listing every problem.
 */
public final class RoleLoader {

    public RoleCatalogue load(Path datasets, FrameworkCatalogue frameworks) {
        List<DatasetProblem> problems = new ArrayList<>();
        RoleCatalogue catalogue = read(datasets, frameworks, problems);
        if (!problems.isEmpty()) {
            throw new DatasetException(problems);
        }
        return catalogue;
    }

    /** Reads every roles file, adding problems to the list instead of stopping at the first. */
    public RoleCatalogue read(Path datasets, FrameworkCatalogue frameworks, List<DatasetProblem> problems) {
        Map<String, List<RoleProfile>> roles = new HashMap<>();
        Path folder = datasets.resolve("roles");
        if (!Files.isDirectory(folder)) {
            return new RoleCatalogue(roles);
        }
        for (Path file : JsonDocuments.jsonFiles(folder, problems)) {
            String name = JsonDocuments.displayName(file);
            JsonDocuments.read(file, "roles.schema.json", RoleProfiles.class, problems).ifPresent(profiles -> {
                List<DatasetProblem> broken = check(name, profiles, frameworks);
                if (roles.containsKey(profiles.frameworkId())) {
                    broken.add(new DatasetProblem(name, "/frameworkId",
                            "a second roles file for framework '" + profiles.frameworkId() + "'"));
                }
                problems.addAll(broken);
                if (broken.isEmpty()) {
                    roles.put(profiles.frameworkId(), profiles.roles());
                }
            });
        }
        return new RoleCatalogue(roles);
    }

    /** The problems of one framework's role profiles read from elsewhere (an import), with pointers as in a roles file. */
    public static List<DatasetProblem> check(String file, Framework framework, List<RoleProfile> roles) {
        return check(file, new RoleProfiles(framework.id(), List.of(), roles), new FrameworkCatalogue(List.of(framework)));
    }

    private static List<DatasetProblem> check(String file, RoleProfiles profiles, FrameworkCatalogue frameworks) {
        List<DatasetProblem> problems = new ArrayList<>();
        Framework framework = frameworks.find(profiles.frameworkId()).orElse(null);
        if (framework == null) {
            problems.add(new DatasetProblem(file, "/frameworkId", "expected one of the framework ids "
                    + frameworks.all().stream().map(Framework::id).toList() + ", found '" + profiles.frameworkId() + "'"));
            return problems;
        }
        Set<String> roleIds = new HashSet<>();
        for (int r = 0; r < profiles.roles().size(); r++) {
            if (!roleIds.add(profiles.roles().get(r).id())) {
                problems.add(new DatasetProblem(file, "/roles/" + r + "/id",
                        "duplicate role id '" + profiles.roles().get(r).id() + "'"));
            }
        }
        for (int r = 0; r < profiles.roles().size(); r++) {
            RoleProfile role = profiles.roles().get(r);
            String at = "/roles/" + r;
            for (int n = 0; n < role.nextRoleIds().size(); n++) {
                if (!roleIds.contains(role.nextRoleIds().get(n))) {
                    problems.add(new DatasetProblem(file, at + "/nextRoleIds/" + n, "expected one of the role ids "
                            + roleIds.stream().sorted().toList() + ", found '" + role.nextRoleIds().get(n) + "'"));
                }
            }
            checkRequirements(file, at, role, framework, problems);
        }
        return problems;
    }

    private static void checkRequirements(String file, String at, RoleProfile role, Framework framework,
            List<DatasetProblem> problems) {
        Set<String> seen = new HashSet<>();
        boolean behavioural = framework.scale().kind() == ScaleKind.BEHAVIOURAL;
        for (int q = 0; q < role.requirements().size(); q++) {
            Requirement requirement = role.requirements().get(q);
            String here = at + "/requirements/" + q;
            Competency competency = framework.competency(requirement.competencyId()).orElse(null);
            if (competency == null) {
                problems.add(new DatasetProblem(file, here + "/competencyId", "expected a competency id of framework '"
                        + framework.id() + "', found '" + requirement.competencyId() + "'"));
                continue;
            }
            if (!seen.add(competency.id())) {
                problems.add(new DatasetProblem(file, here + "/competencyId",
                        "competency '" + competency.id() + "' is required twice by role '" + role.id() + "'"));
            }
            List<String> levels = framework.levelsOf(competency).stream().map(Level::id).toList();
            if (behavioural && requirement.minLevelId() != null) {
                problems.add(new DatasetProblem(file, here + "/minLevelId",
                        "expected no minLevelId: framework '" + framework.id() + "' has no levels"));
            } else if (!behavioural && !levels.contains(requirement.minLevelId())) {
                problems.add(new DatasetProblem(file, here + "/minLevelId", "expected one of competency '"
                        + competency.id() + "' levels " + levels + ", found '" + requirement.minLevelId() + "'"));
            }
        }
    }
}
