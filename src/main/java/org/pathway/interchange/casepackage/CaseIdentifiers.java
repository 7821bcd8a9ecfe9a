package org.pathway.interchange.casepackage;

import java.util.UUID;

/**
 * The CASE identifiers of one framework's package: UUID v5 of Pathway's namespace and a name made of the framework id
 * and the thing's Pathway id, so every export of the same framework gives every item the same identifier and other
 * systems can update rather than duplicate what they imported before.
 */
final class CaseIdentifiers {

    /** Pathway's namespace for name-based identifiers; fixed forever, since changing it changes every identifier. */
    static final UUID NAMESPACE = UUID.fromString("8e2ad97a-4b2e-4b25-bd33-58c75d01299a");

    private final String frameworkId;

    CaseIdentifiers(String frameworkId) {
        this.frameworkId = frameworkId;
    }

    /** Shared by every framework: Pathway's item types are one vocabulary. */
    static String itemType(CaseItemType type) {
        return NameBasedUuid.v5(NAMESPACE, "item-type/" + type.code()).toString();
    }

    String document() {
        return of("document");
    }

    String cluster(String clusterId) {
        return of("cluster/" + clusterId);
    }

    String competency(String competencyId) {
        return of("competency/" + competencyId);
    }

    // Key theme ids are unique only within their competency.
    String keyTheme(String competencyId, String keyThemeId) {
        return of("competency/" + competencyId + "/key-theme/" + keyThemeId);
    }

    String indicator(String indicatorId) {
        return of("indicator/" + indicatorId);
    }

    String association(String type, String origin, String destination) {
        return of("association/" + type + "/" + origin + "/" + destination);
    }

    String rubric() {
        return of("rubric");
    }

    String criterion(String competencyId) {
        return of("rubric/competency/" + competencyId);
    }

    String criterionLevel(String competencyId, String levelId) {
        return of("rubric/competency/" + competencyId + "/level/" + levelId);
    }

    private String of(String name) {
        return NameBasedUuid.v5(NAMESPACE, frameworkId + ":" + name).toString();
    }
}
