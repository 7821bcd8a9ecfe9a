package org.pathway.interchange.spreadsheet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.pathway.framework.Competency;
import org.pathway.framework.Framework;
import org.pathway.framework.Indicator;
import org.pathway.framework.KeyTheme;
import org.pathway.role.Requirement;
import org.pathway.role.RoleProfile;

/** A framework and its role profiles as the template's sheets: rows of cell values (text, whole numbers, numbers). */
final class TemplateWriter {

    /** One sheet's rows below its header; a value is a String, Integer, Double or null for an empty cell. */
    record SheetData(TemplateLayout.Sheet sheet, List<List<Object>> rows) {
    }

    private final Framework framework;

    private TemplateWriter(Framework framework) {
        this.framework = framework;
    }

    static List<SheetData> sheets(Framework framework, List<RoleProfile> roles) {
        TemplateWriter writer = new TemplateWriter(framework);
        List<SheetData> sheets = new ArrayList<>(List.of(
                new SheetData(TemplateLayout.FRAMEWORK, writer.frameworkRows()),
                new SheetData(TemplateLayout.LEVELS, writer.levelRows()),
                new SheetData(TemplateLayout.CLUSTERS, writer.clusterRows()),
                new SheetData(TemplateLayout.COMPETENCIES, writer.competencyRows()),
                new SheetData(TemplateLayout.KEY_THEMES, writer.keyThemeRows()),
                new SheetData(TemplateLayout.INDICATORS, writer.indicatorRows())));
        // Roles sheets are always written, so that HR authoring a framework finds where to put them.
        sheets.add(new SheetData(TemplateLayout.ROLES, roleRows(roles)));
        sheets.add(new SheetData(TemplateLayout.REQUIREMENTS, requirementRows(roles)));
        return sheets;
    }

    /** The empty template a council fills in: the Framework sheet's field names, every other sheet's headers. */
    static List<SheetData> blank() {
        List<List<Object>> fields = TemplateLayout.FRAMEWORK_FIELDS.stream()
                .map(f -> Arrays.<Object>asList(f.header(), null)).toList();
        List<SheetData> sheets = new ArrayList<>();
        for (TemplateLayout.Sheet sheet : TemplateLayout.SHEETS) {
            sheets.add(new SheetData(sheet, sheet == TemplateLayout.FRAMEWORK ? fields : List.of()));
        }
        return sheets;
    }

    private List<List<Object>> frameworkRows() {
        List<Object> values = Arrays.asList(framework.id(), framework.name(),
                list(framework.organisations(), "organisations"), framework.source().document(),
                framework.source().title(), framework.source().published(), framework.description(),
                Words.of(framework.scale().kind()), list(framework.notes(), "framework notes"));
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < TemplateLayout.FRAMEWORK_FIELDS.size(); i++) {
            rows.add(Arrays.asList(TemplateLayout.FRAMEWORK_FIELDS.get(i).header(), values.get(i)));
        }
        return rows;
    }

    private List<List<Object>> levelRows() {
        return framework.scale().levels().stream()
                .map(l -> Arrays.<Object>asList(l.id(), l.label(), l.rank(), Words.yesNo(l.described())))
                .toList();
    }

    private List<List<Object>> clusterRows() {
        return framework.clusters().stream()
                .map(c -> Arrays.<Object>asList(c.id(), c.name(), c.description(), c.parentId()))
                .toList();
    }

    private List<List<Object>> competencyRows() {
        List<List<Object>> rows = new ArrayList<>();
        for (Competency c : framework.competencies()) {
            String at = "competency '" + c.id() + "'";
            rows.add(Arrays.asList(c.id(), c.code(), c.name(), c.clusterId(), c.definition(),
                    list(c.levelIds(), at + " level ids"), list(c.skills(), at + " skills"),
                    list(c.features(), at + " features"), list(c.notes(), at + " notes")));
        }
        return rows;
    }

    private List<List<Object>> keyThemeRows() {
        List<List<Object>> rows = new ArrayList<>();
        for (Competency c : framework.competencies()) {
            for (KeyTheme theme : c.keyThemes()) {
                rows.add(Arrays.asList(c.id(), theme.id(), theme.name()));
            }
        }
        return rows;
    }

    private List<List<Object>> indicatorRows() {
        List<List<Object>> rows = new ArrayList<>();
        for (Competency c : framework.competencies()) {
            for (Indicator i : c.indicators()) {
                rows.add(Arrays.asList(i.id(), c.id(), i.levelId(), i.keyThemeId(), Words.of(i.polarity()), i.text(),
                        list(i.notes(), "indicator '" + i.id() + "' notes")));
            }
        }
        return rows;
    }

    private static List<List<Object>> roleRows(List<RoleProfile> roles) {
        return roles.stream().map(r -> Arrays.<Object>asList(r.id(), r.title(), r.seniority(), Words.of(r.basis()),
                r.basisNote(), list(r.nextRoleIds(), "role '" + r.id() + "' next roles"))).toList();
    }

    private static List<List<Object>> requirementRows(List<RoleProfile> roles) {
        List<List<Object>> rows = new ArrayList<>();
        for (RoleProfile role : roles) {
            for (Requirement q : role.requirements()) {
                rows.add(Arrays.asList(role.id(), q.competencyId(), q.minLevelId(), Words.yesNo(q.essential()),
                        q.weight()));
            }
        }
        return rows;
    }

    /**
     * A list as one cell, one value per line. A value that itself has a line break would come back as two, so it
     * is refused rather than written wrongly; no seed framework has one.
     */
    private static String list(List<String> values, String what) {
        for (String value : values) {
            if (value.contains("\n") || value.contains("\r")) {
                throw new IllegalArgumentException("cannot write " + what + " one per line in a cell: '" + value
                        + "' has a line break");
            }
        }
        return values.isEmpty() ? null : String.join("\n", values);
    }
}
