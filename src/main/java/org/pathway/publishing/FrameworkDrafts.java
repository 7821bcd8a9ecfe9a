package org.pathway.publishing;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Drafts waiting to be published, kept in memory for an hour: a draft is a preview, not a record, so a restart may
 * forget it (the admin uploads again); only publishing stores anything.
 */
@Component
class FrameworkDrafts {

    private final Cache<UUID, FrameworkDraft> drafts = Caffeine.newBuilder().expireAfterWrite(Duration.ofHours(1))
            .maximumSize(50).build();

    void keep(FrameworkDraft draft) {
        drafts.put(draft.id(), draft);
    }

    Optional<FrameworkDraft> find(UUID id) {
        return Optional.ofNullable(drafts.getIfPresent(id));
    }

    void forget(UUID id) {
        drafts.invalidate(id);
    }
}
