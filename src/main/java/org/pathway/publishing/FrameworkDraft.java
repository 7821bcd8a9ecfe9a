package org.pathway.publishing;

import java.util.List;
import java.util.UUID;
import org.pathway.dataset.DatasetProblem;
import org.pathway.framework.Framework;
import org.pathway.interchange.casepackage.CaseImport;
import org.pathway.interchange.formats.FrameworkFormat;
import org.pathway.role.RoleProfile;

/**
 * An uploaded framework file as read, before it is published: the framework and the role profiles it will use, or (a
 * file that cannot be published) its problems, each in words at its place, and whatever outline could be read.
 *
 * @param framework   null when the file did not give a framework
 * @param roles       the role profiles published with it: the file's, else those the framework already has
 * @param rolesInFile whether the role profiles came in the file (and are published with the framework)
 * @param replaces    whether a framework with this id is in use, and publishing replaces it
 * @param outline     a CASE package's outline when it does not say enough to be a framework
 */
public record FrameworkDraft(UUID id, String file, FrameworkFormat format, String uploadedBy, Framework framework,
        List<RoleProfile> roles, boolean rolesInFile, boolean replaces, List<DatasetProblem> problems,
        List<CaseImport.OutlineEntry> outline) {

    public FrameworkDraft {
        roles = List.copyOf(roles);
        problems = List.copyOf(problems);
        outline = List.copyOf(outline);
    }

    /** A draft can be published when it gave a framework and nothing is wrong with it. */
    public boolean publishable() {
        return framework != null && problems.isEmpty();
    }

    public int indicators() {
        return framework == null ? 0 : framework.competencies().stream().mapToInt(c -> c.indicators().size()).sum();
    }
}
