package org.pathway.interchange.spreadsheet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.pathway.dataset.DatasetException;
import org.pathway.dataset.DatasetProblem;
import org.pathway.framework.Cluster;
import org.pathway.framework.Competency;
import org.pathway.framework.Framework;
import org.pathway.framework.Indicator;
import org.pathway.framework.KeyTheme;
import org.pathway.framework.Level;
import org.pathway.framework.Polarity;
import org.pathway.framework.Scale;
import org.pathway.framework.ScaleKind;
import org.pathway.framework.Source;
import org.pathway.interchange.FrameworkChecks;
import org.pathway.interchange.ImportedFramework;
import org.pathway.interchange.SourceMap;
import org.pathway.role.Requirement;
import org.pathway.role.RoleBasis;
import org.pathway.role.RoleProfile;

/**
 * Reads the template's tables, from a workbook or a CSV file, into a framework and its role profiles. Every cell that
 * cannot be read is a problem naming its sheet, row and column and what was expected; the framework is then checked by
 * the dataset rules with each problem moved to its cell. Either the whole framework comes back or an exception with
 * every problem.
 */
final class TemplateReader {

    /** How the two containers name their tables, for problems. */
    enum Style {
        WORKBOOK("a sheet named '%s'", "the workbook's sheets are"),
        CSV("a section [%s] (a line with just that, then a line of headers)", "the file's sections are");

        private final String table;
        private final String found;

        Style(String table, String found) {
            this.table = table;
            this.found = found;
        }
    }

    private static final Pattern ID = Pattern.compile("^[a-z0-9]+(?:[-.][a-z0-9]+)*$");

    private final String file;
    private final Style style;
    private final Map<TemplateLayout.Sheet, Table> tables = new LinkedHashMap<>();
    private final List<DatasetProblem> problems = new ArrayList<>();
    private final SourceMap sources;

    private TemplateReader(String file, Style style) {
        this.file = file;
        this.style = style;
        this.sources = new SourceMap(file);
    }

    static ImportedFramework read(String file, List<Table> found, Style style) {
        return new TemplateReader(file, style).read(found);
    }

    private ImportedFramework read(List<Table> found) {
        findTables(found);
        throwIfProblems();
        Table frameworkSheet = tables.get(TemplateLayout.FRAMEWORK);
        Map<String, Cell> fields = frameworkFields(frameworkSheet);
        List<Level> levels = levels();
        List<Cluster> clusters = clusters();
        List<CompetencyRow> competencies = competencies();
        Map<String, Integer> competencyIndex = new HashMap<>();
        for (int c = 0; c < competencies.size(); c++) {
            competencyIndex.putIfAbsent(competencies.get(c).id, c);
        }
        keyThemes(competencies, competencyIndex);
        indicators(competencies, competencyIndex);
        List<RoleRow> roles = roles();
        requirements(roles);
        Framework framework = framework(fields, levels, clusters, competencies);
        throwIfProblems();
        List<RoleProfile> profiles = roles.stream().map(RoleRow::profile).toList();
        List<DatasetProblem> broken = FrameworkChecks.all(sources, framework, profiles);
        if (!broken.isEmpty()) {
            throw new DatasetException(broken);
        }
        return new ImportedFramework(framework, profiles);
    }

    // ---- sheets and headers ----

    private void findTables(List<Table> found) {
        for (TemplateLayout.Sheet sheet : TemplateLayout.SHEETS) {
            List<Table> matching = found.stream().filter(t -> TemplateLayout.same(t.name(), sheet.name())).toList();
            if (matching.size() > 1) {
                problems.add(new DatasetProblem(file, matching.get(1).place(), "expected one " + table(sheet)
                        + ", found it again"));
            }
            if (matching.isEmpty()) {
                if (sheet.required()) {
                    problems.add(new DatasetProblem(file, "", "expected " + table(sheet) + "; " + style.found + " "
                            + found.stream().map(Table::name).toList()));
                }
                continue;
            }
            Table table = matching.get(0);
            List<String> missing = sheet.columns().stream().map(TemplateLayout.Column::header)
                    .filter(header -> table.column(header) < 0).toList();
            if (!missing.isEmpty()) {
                problems.add(new DatasetProblem(file, table.place() + ", row " + table.headerRow(), "expected "
                        + (missing.size() == 1 ? "a column headed '" + missing.get(0) + "'"
                                : "columns headed " + missing) + "; the headers are " + table.headers().stream()
                                .filter(h -> !h.isBlank()).toList()));
            }
            tables.put(sheet, table);
        }
        if (tables.containsKey(TemplateLayout.REQUIREMENTS) && !tables.containsKey(TemplateLayout.ROLES)) {
            problems.add(new DatasetProblem(file, tables.get(TemplateLayout.REQUIREMENTS).place(),
                    "expected " + table(TemplateLayout.ROLES) + " for the roles these requirements are of"));
        }
    }

    private String table(TemplateLayout.Sheet sheet) {
        return style.table.formatted(sheet.name());
    }

    // ---- the framework sheet ----

    /** A value read from a cell, with where it was. */
    private record Cell(String value, String place) {
    }

    private Map<String, Cell> frameworkFields(Table table) {
        int fieldColumn = table.column("Field");
        int valueColumn = table.column("Value");
        Map<String, Cell> fields = new HashMap<>();
        for (Table.Row row : table.rows()) {
            String field = clean(row.cell(fieldColumn));
            TemplateLayout.FRAMEWORK_FIELDS.stream().filter(f -> TemplateLayout.same(f.header(), field)).findFirst()
                    .ifPresent(f -> fields.putIfAbsent(f.header(), new Cell(clean(row.cell(valueColumn)),
                            table.place(row, valueColumn))));
        }
        for (TemplateLayout.Column field : TemplateLayout.FRAMEWORK_FIELDS) {
            if (!fields.containsKey(field.header())) {
                problems.add(new DatasetProblem(file, table.place() + ", column " + Table.letters(fieldColumn)
                        + " (Field)", "expected a row for '" + field.header() + "'"));
            }
        }
        return fields;
    }

    private Framework framework(Map<String, Cell> fields, List<Level> levels, List<Cluster> clusters,
            List<CompetencyRow> competencies) {
        Table table = tables.get(TemplateLayout.FRAMEWORK);
        sources.put("", table.place());
        String id = field(fields, "ID", "/id", true, true);
        String name = field(fields, "Name", "/name", true, false);
        List<String> organisations = Words.lines(orEmpty(field(fields, "Organisations", "/organisations", true, false)));
        String document = field(fields, "Source document", "/source/document", true, false);
        String title = field(fields, "Source title", "/source/title", true, false);
        String published = Published.normalise(field(fields, "Published", "/source/published", false, false));
        String description = field(fields, "Description", "/description", false, false);
        String kindText = field(fields, "Scale kind", "/scale/kind", true, false);
        List<String> notes = Words.lines(orEmpty(field(fields, "Notes", "/notes", false, false)));
        if (fields.containsKey("Source document")) {
            sources.put("/source", fields.get("Source document").place());
        }
        ScaleKind kind = null;
        if (kindText != null) {
            kind = Words.parse(ScaleKind.class, kindText).orElse(null);
            if (kind == null) {
                problems.add(new DatasetProblem(file, fields.get("Scale kind").place(), "expected one of "
                        + TemplateLayout.SCALE_KINDS + ", found '" + kindText + "'"));
            }
        }
        sources.put("/scale", tables.get(TemplateLayout.LEVELS).place());
        sources.put("/scale/levels", tables.get(TemplateLayout.LEVELS).place());
        sources.put("/clusters", tables.get(TemplateLayout.CLUSTERS).place());
        sources.put("/competencies", tables.get(TemplateLayout.COMPETENCIES).place());
        return new Framework(id, name, organisations, new Source(document, title, published), description,
                new Scale(kind, levels), clusters, competencies.stream().map(CompetencyRow::competency).toList(), notes);
    }

    private String field(Map<String, Cell> fields, String field, String pointer, boolean required, boolean id) {
        Cell cell = fields.get(field);
        if (cell == null) {
            return null;
        }
        sources.put(pointer, cell.place());
        if (cell.value() == null && required) {
            problems.add(new DatasetProblem(file, cell.place(), "expected the framework's " + field.toLowerCase()));
        }
        if (id && cell.value() != null) {
            checkId(cell.value(), cell.place());
        }
        return cell.value();
    }

    // ---- the other sheets ----

    private List<Level> levels() {
        List<Level> levels = new ArrayList<>();
        Rows rows = new Rows(TemplateLayout.LEVELS);
        for (Table.Row row : rows.rows()) {
            String at = "/scale/levels/" + levels.size();
            rows.record(at, row);
            Integer rank = rows.integer(row, "Rank", at + "/rank");
            Boolean described = rows.yesNo(row, "Described", at + "/described");
            levels.add(new Level(rows.id(row, "ID", at + "/id", true), rows.text(row, "Label", at + "/label", true),
                    rank == null ? 0 : rank, described != null && described));
        }
        return levels;
    }

    private List<Cluster> clusters() {
        List<Cluster> clusters = new ArrayList<>();
        Rows rows = new Rows(TemplateLayout.CLUSTERS);
        for (Table.Row row : rows.rows()) {
            String at = "/clusters/" + clusters.size();
            rows.record(at, row);
            clusters.add(new Cluster(rows.id(row, "ID", at + "/id", true), rows.text(row, "Name", at + "/name", true),
                    rows.text(row, "Description", at + "/description", false),
                    rows.id(row, "Parent cluster ID", at + "/parentId", false)));
        }
        return clusters;
    }

    /** A competency being read: its own row, then its key themes and indicators from their sheets. */
    private static final class CompetencyRow {
        String id;
        String code;
        String name;
        String clusterId;
        String definition;
        List<String> levelIds;
        List<String> skills;
        List<String> features;
        List<String> notes;
        final List<KeyTheme> keyThemes = new ArrayList<>();
        final List<Indicator> indicators = new ArrayList<>();

        Competency competency() {
            return new Competency(id, code, name, clusterId, definition, levelIds, skills, features, keyThemes,
                    indicators, notes);
        }
    }

    private List<CompetencyRow> competencies() {
        List<CompetencyRow> competencies = new ArrayList<>();
        Rows rows = new Rows(TemplateLayout.COMPETENCIES);
        for (Table.Row row : rows.rows()) {
            String at = "/competencies/" + competencies.size();
            rows.record(at, row);
            CompetencyRow c = new CompetencyRow();
            c.id = rows.id(row, "ID", at + "/id", true);
            c.code = rows.text(row, "Code", at + "/code", false);
            c.name = rows.text(row, "Name", at + "/name", true);
            c.clusterId = rows.id(row, "Cluster ID", at + "/clusterId", true);
            c.definition = rows.text(row, "Definition", at + "/definition", false);
            c.levelIds = rows.ids(row, "Level IDs", at + "/levelIds");
            c.skills = rows.list(row, "Skills", at + "/skills");
            c.features = rows.list(row, "Features", at + "/features");
            c.notes = rows.list(row, "Notes", at + "/notes");
            competencies.add(c);
        }
        return competencies;
    }

    private void keyThemes(List<CompetencyRow> competencies, Map<String, Integer> competencyIndex) {
        if (!tables.containsKey(TemplateLayout.KEY_THEMES)) {
            return;
        }
        Rows rows = new Rows(TemplateLayout.KEY_THEMES);
        for (Table.Row row : rows.rows()) {
            Optional<Integer> c = rows.competency(row, competencyIndex);
            if (c.isEmpty()) {
                continue;
            }
            CompetencyRow competency = competencies.get(c.get());
            String at = "/competencies/" + c.get() + "/keyThemes/" + competency.keyThemes.size();
            rows.record(at, row);
            competency.keyThemes.add(new KeyTheme(rows.id(row, "ID", at + "/id", true),
                    rows.text(row, "Name", at + "/name", true)));
        }
    }

    private void indicators(List<CompetencyRow> competencies, Map<String, Integer> competencyIndex) {
        Rows rows = new Rows(TemplateLayout.INDICATORS);
        for (Table.Row row : rows.rows()) {
            Optional<Integer> c = rows.competency(row, competencyIndex);
            if (c.isEmpty()) {
                continue;
            }
            CompetencyRow competency = competencies.get(c.get());
            String at = "/competencies/" + c.get() + "/indicators/" + competency.indicators.size();
            rows.record(at, row);
            competency.indicators.add(new Indicator(rows.id(row, "ID", at + "/id", true),
                    rows.id(row, "Level ID", at + "/levelId", false),
                    rows.id(row, "Key theme ID", at + "/keyThemeId", false),
                    rows.choice(row, "Polarity", at + "/polarity", Polarity.class),
                    rows.text(row, "Text", at + "/text", true), rows.list(row, "Notes", at + "/notes")));
        }
    }

    /** A role profile being read: its row, then its requirements from their sheet. */
    private static final class RoleRow {
        String id;
        String title;
        Integer seniority;
        RoleBasis basis;
        String basisNote;
        List<String> nextRoleIds;
        final List<Requirement> requirements = new ArrayList<>();

        RoleProfile profile() {
            return new RoleProfile(id, title, seniority == null ? 0 : seniority, basis, basisNote, nextRoleIds,
                    requirements);
        }
    }

    private List<RoleRow> roles() {
        List<RoleRow> roles = new ArrayList<>();
        if (!tables.containsKey(TemplateLayout.ROLES)) {
            return roles;
        }
        Rows rows = new Rows(TemplateLayout.ROLES);
        for (Table.Row row : rows.rows()) {
            String at = "/roles/" + roles.size();
            rows.record(at, row);
            RoleRow role = new RoleRow();
            role.id = rows.id(row, "ID", at + "/id", true);
            role.title = rows.text(row, "Title", at + "/title", true);
            role.seniority = rows.integer(row, "Seniority", at + "/seniority");
            role.basis = rows.choice(row, "Basis", at + "/basis", RoleBasis.class);
            role.basisNote = rows.text(row, "Basis note", at + "/basisNote", false);
            role.nextRoleIds = rows.ids(row, "Next role IDs", at + "/nextRoleIds");
            roles.add(role);
        }
        return roles;
    }

    private void requirements(List<RoleRow> roles) {
        if (!tables.containsKey(TemplateLayout.REQUIREMENTS) || !tables.containsKey(TemplateLayout.ROLES)) {
            return;
        }
        Map<String, Integer> roleIndex = new HashMap<>();
        for (int r = 0; r < roles.size(); r++) {
            roleIndex.putIfAbsent(roles.get(r).id, r);
        }
        Rows rows = new Rows(TemplateLayout.REQUIREMENTS);
        for (Table.Row row : rows.rows()) {
            String roleId = rows.id(row, "Role ID", null, true);
            Integer r = roleIndex.get(roleId);
            if (r == null) {
                if (roleId != null) {
                    rows.problem(row, "Role ID", "expected one of the role IDs on sheet Roles " + roleIndex.keySet()
                            .stream().sorted().toList() + ", found '" + roleId + "'");
                }
                continue;
            }
            RoleRow role = roles.get(r);
            String at = "/roles/" + r + "/requirements/" + role.requirements.size();
            rows.record(at, row);
            Boolean essential = rows.yesNo(row, "Essential", at + "/essential");
            Double weight = rows.number(row, "Weight", at + "/weight");
            role.requirements.add(new Requirement(rows.id(row, "Competency ID", at + "/competencyId", true),
                    rows.id(row, "Minimum level ID", at + "/minLevelId", false), essential != null && essential,
                    weight == null ? 0 : weight));
        }
    }

    // ---- cells ----

    /** Reading the non-blank rows of one table, cell by cell, recording where each value came from. */
    private final class Rows {
        private final TemplateLayout.Sheet sheet;
        private final Table table;

        Rows(TemplateLayout.Sheet sheet) {
            this.sheet = sheet;
            this.table = tables.get(sheet);
        }

        List<Table.Row> rows() {
            return table.rows().stream().filter(row -> !row.blank()).toList();
        }

        void record(String pointer, Table.Row row) {
            sources.put(pointer, table.place(row));
        }

        private int column(String header) {
            return table.column(header);
        }

        /** The cell's text, trimmed; null when empty, with a problem if a value is required. */
        String text(Table.Row row, String header, String pointer, boolean required) {
            int column = column(header);
            if (pointer != null) {
                sources.put(pointer, table.place(row, column));
            }
            String value = clean(row.cell(column));
            if (value == null && required) {
                problems.add(new DatasetProblem(file, table.place(row, column), "expected " + expected(header)));
            }
            return value;
        }

        String id(Table.Row row, String header, String pointer, boolean required) {
            String value = text(row, header, pointer, required);
            if (value != null) {
                checkId(value, table.place(row, column(header)));
            }
            return value;
        }

        List<String> list(Table.Row row, String header, String pointer) {
            return Words.lines(orEmpty(text(row, header, pointer, false)));
        }

        List<String> ids(Table.Row row, String header, String pointer) {
            List<String> ids = list(row, header, pointer);
            ids.forEach(id -> checkId(id, table.place(row, column(header))));
            return ids;
        }

        Integer integer(Table.Row row, String header, String pointer) {
            String value = text(row, header, pointer, true);
            if (value == null) {
                return null;
            }
            try {
                double number = Double.parseDouble(value);
                if (number == Math.rint(number)) {
                    return (int) number;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            problem(row, header, "expected a whole number, found '" + value + "'");
            return null;
        }

        Double number(Table.Row row, String header, String pointer) {
            String value = text(row, header, pointer, true);
            if (value == null) {
                return null;
            }
            try {
                return Double.parseDouble(value);
            } catch (NumberFormatException e) {
                problem(row, header, "expected a number, found '" + value + "'");
                return null;
            }
        }

        Boolean yesNo(Table.Row row, String header, String pointer) {
            String value = text(row, header, pointer, true);
            if (value == null) {
                return null;
            }
            Optional<Boolean> yes = Words.parseYesNo(value);
            if (yes.isEmpty()) {
                problem(row, header, "expected Yes or No, found '" + value + "'");
            }
            return yes.orElse(null);
        }

        <E extends Enum<E>> E choice(Table.Row row, String header, String pointer, Class<E> type) {
            String value = text(row, header, pointer, true);
            if (value == null) {
                return null;
            }
            Optional<E> choice = Words.parse(type, value);
            if (choice.isEmpty()) {
                problem(row, header, "expected one of " + sheet.column(header).orElseThrow().choices() + ", found '"
                        + value + "'");
            }
            return choice.orElse(null);
        }

        /** The index of the row's competency, or empty with a problem when the Competencies sheet has no such id. */
        Optional<Integer> competency(Table.Row row, Map<String, Integer> competencyIndex) {
            String id = id(row, "Competency ID", null, true);
            if (id == null) {
                return Optional.empty();
            }
            Integer index = competencyIndex.get(id);
            if (index == null) {
                problem(row, "Competency ID", "expected one of the competency IDs on sheet Competencies, found '"
                        + id + "'");
            }
            return Optional.ofNullable(index);
        }

        void problem(Table.Row row, String header, String message) {
            problems.add(new DatasetProblem(file, table.place(row, column(header)), message));
        }
    }

    private static String expected(String header) {
        return switch (header) {
            case "ID" -> "an id";
            case "Text" -> "the behaviour's text";
            default -> "a value in " + header;
        };
    }

    private void checkId(String id, String place) {
        if (!ID.matcher(id).matches()) {
            problems.add(new DatasetProblem(file, place, "expected an id: lower-case letters and digits, words joined"
                    + " by '-' or '.' (e.g. 'self-belief'), found '" + id + "'"));
        }
    }

    /** The cell's text with Windows line breaks made plain and the ends trimmed; null if nothing is left. */
    private static String clean(String cell) {
        if (cell == null) {
            return null;
        }
        String text = cell.replace("\r\n", "\n").replace('\r', '\n').strip();
        return text.isEmpty() ? null : text;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    private void throwIfProblems() {
        if (!problems.isEmpty()) {
            throw new DatasetException(problems);
        }
    }
}
