package org.pathway.publishing;

import jakarta.annotation.PostConstruct;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pathway.audit.AuditTrail;
import org.pathway.dataset.DatasetException;
import org.pathway.dataset.DatasetProblem;
import org.pathway.dataset.JsonDocuments;
import org.pathway.framework.Framework;
import org.pathway.framework.FrameworkCatalogue;
import org.pathway.framework.FrameworkInvariants;
import org.pathway.framework.FrameworkPublished;
import org.pathway.framework.FrameworkPublishedElsewhere;
import org.pathway.interchange.FrameworkChecks;
import org.pathway.role.RoleCatalogue;
import org.pathway.role.RoleProfile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The published frameworks in the database: stored with their audit event in one transaction, put in use once
 * stored, and put in use again at every start (checked again as dataset files are, so the service does not start on
 * one that no longer holds), over the shipped datasets' framework with the same id. A framework published on another
 * instance of the same database is put in use here when {@code ClusterChanges} tells of it, within seconds.
 */
@Component
class PublishedFrameworks {

    private static final Logger LOG = LoggerFactory.getLogger(PublishedFrameworks.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final PublishedFrameworkRepository stored;
    private final FrameworkCatalogue frameworks;
    private final RoleCatalogue roles;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PublishedFrameworks(PublishedFrameworkRepository stored, FrameworkCatalogue frameworks, RoleCatalogue roles,
            AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.stored = stored;
        this.frameworks = frameworks;
        this.roles = roles;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Stores a clean draft and its audit event together; {@link #use} puts it in use once that is committed. */
    @Transactional
    public void store(FrameworkDraft draft, String actor) {
        Framework framework = draft.framework();
        String rolesJson = draft.rolesInFile() ? FrameworkChecks.rolesTree(framework.id(), draft.roles()).toString()
                : null;
        stored.save(new PublishedFramework(framework.id(), FrameworkChecks.datasetTree(framework).toString(), rolesJson,
                draft.file(), draft.format().name(), actor, Instant.now(clock)));
        audit.record(actor, "PUBLISH", "framework", framework.id(), null, null, java.util.Map.of("file", draft.file(),
                "format", draft.format().name(), "replaced", draft.replaces(), "roles", draft.rolesInFile()));
    }

    void use(FrameworkDraft draft) {
        use(draft.framework(), draft.rolesInFile() ? draft.roles() : null);
    }

    @PostConstruct
    void restore() {
        List<DatasetProblem> problems = new ArrayList<>();
        for (PublishedFramework row : stored.findAll()) {
            problems.addAll(restore(row));
        }
        if (!problems.isEmpty()) {
            throw new DatasetException(problems);
        }
    }

    /** Puts in use the framework another instance published, as stored by it (checked as at start). */
    @EventListener
    void publishedElsewhere(FrameworkPublishedElsewhere published) {
        stored.findById(published.frameworkId()).ifPresent(row -> {
            List<DatasetProblem> problems = restore(row);
            if (!problems.isEmpty()) {
                LOG.warn("Framework {} published on another instance is not in use here: {}",
                        published.frameworkId(), problems);
            }
        });
    }

    /** Puts the stored framework in use, unless it no longer holds: then returns why. */
    private List<DatasetProblem> restore(PublishedFramework row) {
        List<DatasetProblem> problems = new ArrayList<>();
        String name = "published framework " + row.getFrameworkId() + " (" + row.getSourceFile() + ")";
        Optional<Framework> framework = JsonDocuments.bind(name, "", JSON.readTree(row.getFrameworkJson()),
                "framework.schema.json", Framework.class, problems);
        framework.ifPresent(f -> problems.addAll(FrameworkInvariants.check(name, f)));
        if (framework.isEmpty() || !problems.isEmpty()) {
            return problems;
        }
        List<RoleProfile> published = row.getRolesJson() == null ? null : roles(row.getRolesJson());
        List<DatasetProblem> unfit = FrameworkChecks.roles(name, framework.get(),
                published != null ? published : roles.rolesOf(row.getFrameworkId()));
        if (unfit.isEmpty()) {
            use(framework.get(), published);
        }
        return unfit;
    }

    private static List<RoleProfile> roles(String json) {
        List<RoleProfile> profiles = new ArrayList<>();
        for (JsonNode role : JSON.readTree(json).path("roles")) {
            profiles.add(JSON.treeToValue(role, RoleProfile.class));
        }
        return profiles;
    }

    /** @param published the role profiles published with it, or null to keep those in use */
    private void use(Framework framework, List<RoleProfile> published) {
        frameworks.publish(framework);
        if (published != null) {
            roles.publish(framework.id(), published);
        }
        events.publishEvent(new FrameworkPublished(framework.id()));
    }
}
