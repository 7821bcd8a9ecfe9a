package org.pathway.activity;

import java.util.List;

/** The contents of one activity file: a framework's development activities and notes on where they come from. */
public record ActivityCatalogueFile(String frameworkId, List<String> notes, List<Activity> activities) {

    public ActivityCatalogueFile {
        notes = notes == null ? List.of() : List.copyOf(notes);
        activities = activities == null ? List.of() : List.copyOf(activities);
    }
}
