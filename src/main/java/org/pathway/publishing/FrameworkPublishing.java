package org.pathway.publishing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.pathway.activity.ActivityCatalogue;
import org.pathway.activity.ActivityLoader;
import org.pathway.audit.AuditTrail;
import org.pathway.dataset.DatasetException;
import org.pathway.dataset.DatasetProblem;
import org.pathway.framework.Framework;
import org.pathway.framework.FrameworkCatalogue;
import org.pathway.interchange.FrameworkChecks;
import org.pathway.interchange.ImportedFramework;
import org.pathway.interchange.casepackage.CaseImportOptions;
import org.pathway.interchange.formats.FrameworkFormat;
import org.pathway.interchange.formats.FrameworkReading;
import org.pathway.people.StoredRecordsFit;
import org.pathway.problem.ConflictException;
import org.pathway.problem.NotFoundException;
import org.pathway.role.RoleCatalogue;
import org.pathway.role.RoleProfile;
import org.springframework.stereotype.Service;

/**
 * The two steps of publishing a framework: {@link #upload} reads a file into a draft (its problems in words, or a
 * framework ready to publish, with its role profiles checked against it); {@link #publish} stores a clean draft and
 * puts it in use. Each step is audited; a file with any problem publishes nothing.
 */
@Service
public class FrameworkPublishing {

    /** A file's name as kept (audit, published_framework.source_file): enough to know it again. */
    private static final int LONGEST_NAME = 120;

    private final FrameworkCatalogue frameworks;
    private final RoleCatalogue roles;
    private final FrameworkDrafts drafts;
    private final PublishedFrameworks published;
    private final AuditTrail audit;
    private final StoredRecordsFit stored;
    private final ActivityCatalogue activities;

    FrameworkPublishing(FrameworkCatalogue frameworks, RoleCatalogue roles, FrameworkDrafts drafts,
            PublishedFrameworks published, AuditTrail audit, StoredRecordsFit stored, ActivityCatalogue activities) {
        this.frameworks = frameworks;
        this.roles = roles;
        this.drafts = drafts;
        this.published = published;
        this.audit = audit;
        this.stored = stored;
        this.activities = activities;
    }

    /** Reads an uploaded file into a draft, kept for publishing when it has no problems; audited either way. */
    public FrameworkDraft upload(String fileName, byte[] bytes, CaseImportOptions options, String actor) {
        String file = fileName.length() > LONGEST_NAME ? fileName.substring(0, LONGEST_NAME) : fileName;
        FrameworkFormat format = FrameworkFormat.of(file, bytes);
        FrameworkDraft draft;
        try {
            FrameworkReading reading = format.read(file, bytes, options);
            draft = reading instanceof FrameworkReading.Incomplete incomplete
                    ? new FrameworkDraft(UUID.randomUUID(), file, format, actor, null, List.of(), false, false,
                            incomplete.missing(), incomplete.outline())
                    : ready(file, format, actor, ((FrameworkReading.Ready) reading).imported());
        } catch (DatasetException e) {
            draft = new FrameworkDraft(UUID.randomUUID(), file, format, actor, null, List.of(), false, false,
                    e.problems(), List.of());
        }
        if (draft.publishable()) {
            drafts.keep(draft);
        }
        audit.record(actor, "UPLOAD", "framework", draft.framework() != null ? draft.framework().id() : file, null,
                null, summary(draft));
        return draft;
    }

    private FrameworkDraft ready(String file, FrameworkFormat format, String actor, ImportedFramework imported) {
        Framework framework = imported.framework();
        List<RoleProfile> inFile = imported.roles();
        boolean replaces = frameworks.find(framework.id()).isPresent();
        List<RoleProfile> used = inFile.isEmpty() ? roles.rolesOf(framework.id()) : inFile;
        List<DatasetProblem> problems = new ArrayList<>();
        if (inFile.isEmpty()) {
            // the framework's role profiles in use stay, so they must still fit it
            FrameworkChecks.roles("role profiles of " + framework.id() + " in use", framework, used).stream()
                    .map(p -> new DatasetProblem(p.file(), p.pointer(), p.message() + " (the file has no role"
                            + " profiles, so those in use would stay: add a Roles sheet that fits)"))
                    .forEach(problems::add);
        }
        if (problems.isEmpty()) {
            stored.unfit(framework, used).forEach(unfit -> problems.add(new DatasetProblem(file, "", unfit)));
            // the activities on offer for the framework stay in use, so what they develop must still be there
            ActivityLoader.checkDevelopments("activities of " + framework.id() + " in use",
                    activities.activitiesOf(framework.id()), framework).forEach(problems::add);
        }
        return new FrameworkDraft(UUID.randomUUID(), file, format, actor, framework, used, !inFile.isEmpty(), replaces,
                problems, List.of());
    }

    /** The draft, while it is kept. */
    public FrameworkDraft draft(UUID id) {
        return drafts.find(id).orElseThrow(() -> new NotFoundException("no framework draft " + id
                + ": drafts are kept for an hour; upload the file again"));
    }

    /** Stores the draft's framework (and role profiles), then puts it in use everywhere; audited. */
    public Framework publish(UUID draftId, String actor) {
        FrameworkDraft draft = draft(draftId);
        if (!draft.publishable()) {
            throw new ConflictException("the draft has problems and cannot be published");
        }
        published.store(draft, actor);
        published.use(draft);
        drafts.forget(draftId);
        return draft.framework();
    }

    private static Map<String, Object> summary(FrameworkDraft draft) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("file", draft.file());
        summary.put("format", draft.format().name());
        if (draft.framework() != null) {
            summary.put("frameworkId", draft.framework().id());
            summary.put("competencies", draft.framework().competencies().size());
            summary.put("indicators", draft.indicators());
            summary.put("roles", draft.rolesInFile() ? draft.roles().size() : 0);
            summary.put("replaces", draft.replaces());
        }
        summary.put("problems", draft.problems().size());
        if (draft.publishable()) {
            summary.put("draft", draft.id().toString());
        }
        return summary;
    }
}
