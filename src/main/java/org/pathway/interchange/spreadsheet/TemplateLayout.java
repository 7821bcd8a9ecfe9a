package org.pathway.interchange.spreadsheet;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The sheets of the template and their columns, in the order they are written. On import, sheets and headers are found
 * by name ignoring case and spacing, columns may be in any order and extra columns and sheets are ignored, so HR can
 * rearrange and annotate; a missing sheet or column is an error.
 */
final class TemplateLayout {

    /** How a column's cells are read and written. */
    enum Kind {
        /** One id. */
        ID,
        /** Free text. */
        TEXT,
        /** Several values, one per line in the cell. */
        LIST,
        /** A whole number. */
        INTEGER,
        /** A number. */
        NUMBER,
        /** Yes or No. */
        YES_NO,
        /** One of a few words (polarity, scale kind, basis). */
        CHOICE
    }

    record Column(String header, Kind kind, int width, List<String> choices) {

        Column(String header, Kind kind, int width) {
            this(header, kind, width, List.of());
        }
    }

    record Sheet(String name, boolean required, String purpose, List<Column> columns) {

        Optional<Column> column(String header) {
            return columns.stream().filter(c -> same(c.header(), header)).findFirst();
        }
    }

    static final List<String> POLARITIES = List.of("Effective", "Ineffective");
    static final List<String> SCALE_KINDS = List.of("Role tier", "Cumulative", "Rating with midpoints", "Behavioural");
    static final List<String> BASES = List.of("Stated in source", "Illustrative");
    static final List<String> YES_NO = List.of("Yes", "No");

    /** The framework's own fields, one per row of the Framework sheet. */
    static final List<Column> FRAMEWORK_FIELDS = List.of(
            new Column("ID", Kind.ID, 0),
            new Column("Name", Kind.TEXT, 0),
            new Column("Organisations", Kind.LIST, 0),
            new Column("Source document", Kind.TEXT, 0),
            new Column("Source title", Kind.TEXT, 0),
            new Column("Published", Kind.TEXT, 0),
            new Column("Description", Kind.TEXT, 0),
            new Column("Scale kind", Kind.CHOICE, 0, SCALE_KINDS),
            new Column("Notes", Kind.LIST, 0));

    static final Sheet FRAMEWORK = new Sheet("Framework", true,
            "The framework: one field per row, its value in column B.",
            List.of(new Column("Field", Kind.TEXT, 22), new Column("Value", Kind.TEXT, 110)));

    static final Sheet LEVELS = new Sheet("Levels", true,
            "The scale's levels, lowest first; rank 1, 2, 3 ... in that order. No rows for a behavioural scale.",
            List.of(new Column("ID", Kind.ID, 18), new Column("Label", Kind.TEXT, 50),
                    new Column("Rank", Kind.INTEGER, 8), new Column("Described", Kind.YES_NO, 12, YES_NO)));

    static final Sheet CLUSTERS = new Sheet("Clusters", true,
            "Themes or groups of competencies; a parent cluster nests one group in another.",
            List.of(new Column("ID", Kind.ID, 28), new Column("Name", Kind.TEXT, 40),
                    new Column("Description", Kind.TEXT, 80), new Column("Parent cluster ID", Kind.ID, 24)));

    static final Sheet COMPETENCIES = new Sheet("Competencies", true,
            "One row per competency. Level IDs: the levels it uses, one per line; empty for every level.",
            List.of(new Column("ID", Kind.ID, 30), new Column("Code", Kind.TEXT, 8), new Column("Name", Kind.TEXT, 36),
                    new Column("Cluster ID", Kind.ID, 24), new Column("Definition", Kind.TEXT, 70),
                    new Column("Level IDs", Kind.LIST, 14), new Column("Skills", Kind.LIST, 28),
                    new Column("Features", Kind.LIST, 40), new Column("Notes", Kind.LIST, 50)));

    static final Sheet KEY_THEMES = new Sheet("Key themes", false,
            "Strands of a competency with indicators of their own (rating scales); most frameworks have none.",
            List.of(new Column("Competency ID", Kind.ID, 30), new Column("ID", Kind.ID, 24),
                    new Column("Name", Kind.TEXT, 40)));

    static final Sheet INDICATORS = new Sheet("Indicators", true,
            "One row per behaviour, in order within each competency. Level ID empty: applies at every level.",
            List.of(new Column("ID", Kind.ID, 34), new Column("Competency ID", Kind.ID, 30),
                    new Column("Level ID", Kind.ID, 16), new Column("Key theme ID", Kind.ID, 16),
                    new Column("Polarity", Kind.CHOICE, 12, POLARITIES), new Column("Text", Kind.TEXT, 90),
                    new Column("Notes", Kind.LIST, 50)));

    static final Sheet ROLES = new Sheet("Roles", false,
            "Role profiles: seniority 1 is the most junior; next role IDs are the rungs above, one per line.",
            List.of(new Column("ID", Kind.ID, 24), new Column("Title", Kind.TEXT, 30),
                    new Column("Seniority", Kind.INTEGER, 10), new Column("Basis", Kind.CHOICE, 18, BASES),
                    new Column("Basis note", Kind.TEXT, 80), new Column("Next role IDs", Kind.LIST, 24)));

    static final Sheet REQUIREMENTS = new Sheet("Requirements", false,
            "What each role needs: one row per role and competency.",
            List.of(new Column("Role ID", Kind.ID, 24), new Column("Competency ID", Kind.ID, 30),
                    new Column("Minimum level ID", Kind.ID, 18), new Column("Essential", Kind.YES_NO, 10, YES_NO),
                    new Column("Weight", Kind.NUMBER, 8)));

    static final List<Sheet> SHEETS = List.of(FRAMEWORK, LEVELS, CLUSTERS, COMPETENCIES, KEY_THEMES, INDICATORS, ROLES,
            REQUIREMENTS);

    private TemplateLayout() {
    }

    /** Names and headers match ignoring case, spaces, hyphens and underscores ("Key Themes", "key_themes"). */
    static boolean same(String a, String b) {
        return a != null && b != null && normalise(a).equals(normalise(b));
    }

    static String normalise(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]+", "");
    }
}
