package org.pathway.web.admin;

import java.util.List;
import java.util.UUID;
import org.pathway.framework.Framework;
import org.pathway.publishing.FrameworkDraft;

/** A draft ready to publish as the API shows it: what it is, what publishing it does, and its outline. */
record DraftView(UUID id, String file, String format, String frameworkId, String name, boolean replaces,
        int competencies, int indicators, int roles, boolean rolesInFile, List<ClusterOutline> outline, String publish) {

    /** A cluster with its competencies' names. */
    record ClusterOutline(String name, List<String> competencies) {
    }

    static DraftView of(FrameworkDraft draft) {
        Framework framework = draft.framework();
        return new DraftView(draft.id(), draft.file(), draft.format().name(), framework.id(), framework.name(),
                draft.replaces(), framework.competencies().size(), draft.indicators(), draft.roles().size(),
                draft.rolesInFile(), outline(framework),
                "/api/admin/frameworks/drafts/" + draft.id() + "/publish");
    }

    static List<ClusterOutline> outline(Framework framework) {
        return framework.clusters().stream().map(cluster -> new ClusterOutline(cluster.name(),
                framework.competencies().stream().filter(c -> cluster.id().equals(c.clusterId()))
                        .map(c -> (c.code() != null ? c.code() + " " : "") + c.name()).toList())).toList();
    }
}
