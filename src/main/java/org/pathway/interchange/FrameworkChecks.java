package org.pathway.interchange;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;
import org.pathway.dataset.DatasetProblem;
import org.pathway.dataset.JsonDocuments;
import org.pathway.framework.Framework;
import org.pathway.framework.FrameworkInvariants;
import org.pathway.role.RoleLoader;
import org.pathway.role.RoleProfile;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Checks a framework built from an imported file exactly as a dataset file is checked: its JSON Schema, then the
 * framework invariants, then its role profiles against it. Problems carry the pointers a dataset file would have; an
 * importer moves them to its own file with a {@link SourceMap}.
 */
public final class FrameworkChecks {

    // Written as the dataset files are: absent optional values left out rather than refused as nulls; empty lists
    // kept, so an empty required list ("levels": [] of a behavioural scale) is present and an empty one that must
    // not be (indicators) is refused.
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .changeDefaultPropertyInclusion(incl -> incl.withValueInclusion(JsonInclude.Include.NON_NULL))
            .build();

    private FrameworkChecks() {
    }

    /** The problems of the framework; the invariants are checked once the schema holds, as the loader does. */
    public static List<DatasetProblem> framework(String file, Framework framework) {
        List<DatasetProblem> problems = new ArrayList<>();
        JsonDocuments.bind(file, "", datasetTree(framework), "framework.schema.json", Framework.class, problems)
                .ifPresent(bound -> problems.addAll(FrameworkInvariants.check(file, bound)));
        return problems;
    }

    /** The framework as its dataset file has it (frameworks/ID.json), for checking or writing. */
    public static ObjectNode datasetTree(Framework framework) {
        ObjectNode tree = MAPPER.valueToTree(framework);
        // No levelIds means every level of the scale; the file format says so by leaving them out.
        tree.path("competencies").forEach(competency -> {
            if (competency.path("levelIds").isEmpty()) {
                ((ObjectNode) competency).remove("levelIds");
            }
        });
        return tree;
    }

    /** The role profiles as their dataset file has them (roles/ID.json). */
    public static ObjectNode rolesTree(String frameworkId, List<RoleProfile> roles) {
        ObjectNode tree = MAPPER.createObjectNode();
        tree.put("frameworkId", frameworkId);
        tree.set("roles", MAPPER.valueToTree(roles));
        return tree;
    }

    /** The problems of role profiles for a framework whose own checks hold; none when there are no roles. */
    public static List<DatasetProblem> roles(String file, Framework framework, List<RoleProfile> roles) {
        if (roles.isEmpty()) {
            return List.of();
        }
        List<DatasetProblem> problems = new ArrayList<>();
        JsonDocuments.bind(file, "", rolesTree(framework.id(), roles), "roles.schema.json", JsonNode.class, problems)
                .ifPresent(valid -> problems.addAll(RoleLoader.check(file, framework, roles)));
        return problems;
    }

    /** Both, with every problem moved to its place in the imported file; empty when the import can be used. */
    public static List<DatasetProblem> all(SourceMap sources, Framework framework, List<RoleProfile> roles) {
        List<DatasetProblem> problems = new ArrayList<>(sources.locate(framework(sources.file(), framework)));
        if (problems.isEmpty()) {
            problems.addAll(sources.locate(roles(sources.file(), framework, roles)));
        }
        return problems;
    }
}
