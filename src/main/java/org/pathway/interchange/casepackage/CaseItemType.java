package org.pathway.interchange.casepackage;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The CFItemTypes of a Pathway package. An importer recognises them by title or identifier, so a Pathway package keeps
 * its structure even after another system has dropped the Pathway extensions.
 */
enum CaseItemType {
    CLUSTER("cluster", "Cluster", "1", "A theme or group of competencies; clusters may be nested."),
    COMPETENCY("competency", "Competency", "2", "A competency: its name (abbreviated statement) and definition."),
    KEY_THEME("key-theme", "Key theme", "3", "A strand of a competency with behavioural indicators of its own."),
    INDICATOR("indicator", "Behavioural indicator", "4", "A behaviour that shows the competency (effective)."),
    INEFFECTIVE("ineffective-behaviour", "Ineffective behaviour", "4",
            "A behaviour that shows the competency is lacking (a red flag).");

    private final String code;
    private final String title;
    private final String hierarchyCode;
    private final String description;

    CaseItemType(String code, String title, String hierarchyCode, String description) {
        this.code = code;
        this.title = title;
        this.hierarchyCode = hierarchyCode;
        this.description = description;
    }

    String code() {
        return code;
    }

    String title() {
        return title;
    }

    String hierarchyCode() {
        return hierarchyCode;
    }

    String description() {
        return description;
    }

    String identifier() {
        return CaseIdentifiers.itemType(this);
    }

    /** The Pathway item type with this title, type code or identifier, ignoring case. */
    static Optional<CaseItemType> recognise(String nameOrIdentifier) {
        if (nameOrIdentifier == null) {
            return Optional.empty();
        }
        String wanted = nameOrIdentifier.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(t -> t.title.toLowerCase(Locale.ROOT).equals(wanted) || t.code.equals(wanted)
                        || t.identifier().equals(wanted))
                .findFirst();
    }
}
