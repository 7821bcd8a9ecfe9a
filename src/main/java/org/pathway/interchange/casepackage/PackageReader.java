package org.pathway.interchange.casepackage;

import static org.pathway.interchange.casepackage.LenientJson.get;
import static org.pathway.interchange.casepackage.LenientJson.pointer;
import static org.pathway.interchange.casepackage.LenientJson.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.pathway.dataset.DatasetProblem;
import org.pathway.interchange.FileContent;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Parses a CASE package leniently: with or without the {@code CFPackage} wrapper, keys in any case, CASE 1.0 fields
 * ignored, identifiers in any form. What cannot be read at all, and identifiers used twice, become problems.
 */
final class PackageReader {

    private final String file;
    private final List<DatasetProblem> problems;
    private final Map<String, String> pointerById = new HashMap<>();

    PackageReader(String file, List<DatasetProblem> problems) {
        this.file = file;
        this.problems = problems;
    }

    /** The package, or null with the problems added when the bytes are not a CASE package. */
    CasePackage read(byte[] bytes) {
        FileContent content = FileContent.of(bytes);
        if (content != FileContent.JSON) {
            problem("", "expected a CASE package (JSON), found " + content.description());
            return null;
        }
        JsonNode root;
        try {
            root = CaseJson.MAPPER.readTree(bytes);
        } catch (JacksonException e) {
            String where = e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            problem("", "malformed JSON" + where + ": " + e.getOriginalMessage());
            return null;
        }
        String base = "";
        JsonNode wrapped = LenientJson.object(root, "CFPackage");
        if (wrapped != null) {
            base = pointer("", root, "CFPackage");
            root = wrapped;
        }
        JsonNode document = LenientJson.object(root, "CFDocument");
        if (document == null) {
            problem(base, "expected a CASE package: an object with a CFDocument (optionally inside CFPackage)");
            return null;
        }
        CasePackage.Document doc = document(document, pointer(base, root, "CFDocument"));
        List<CasePackage.Item> items = items(root, base);
        List<CasePackage.Association> associations = associations(root, base);
        List<CasePackage.RubricLevel> levels = rubricLevels(root, base);
        JsonNode extension = get(get(root, "extensions"), CaseJson.EXTENSION);
        JsonNode roles = get(extension, "roles");
        String rolesPointer = roles == null ? null
                : pointer(pointer(pointer(base, root, "extensions"), get(root, "extensions"), CaseJson.EXTENSION),
                        extension, "roles");
        return new CasePackage(doc, items, associations, levels, roles, rolesPointer);
    }

    private CasePackage.Document document(JsonNode document, String at) {
        String identifier = identifier(document, at);
        JsonNode extensions = get(document, "extensions");
        JsonNode pathway = get(extensions, CaseJson.EXTENSION);
        String pathwayPointer = pathway == null ? null
                : pointer(pointer(at, document, "extensions"), extensions, CaseJson.EXTENSION);
        return new CasePackage.Document(identifier, at, document, pathway, pathwayPointer);
    }

    private List<CasePackage.Item> items(JsonNode root, String base) {
        List<CasePackage.Item> items = new ArrayList<>();
        JsonNode array = array(root, "CFItems", base);
        for (int i = 0; array != null && i < array.size(); i++) {
            JsonNode item = array.get(i);
            String at = pointer(base, root, "CFItems") + "/" + i;
            if (!item.isObject()) {
                problem(at, "expected a CFItem object");
                continue;
            }
            String identifier = identifier(item, at);
            // Some tools leave fullStatement empty and put the words in alternativeLabel or abbreviatedStatement.
            String statementField = LenientJson.statement(item, "fullStatement") != null ? "fullStatement"
                    : LenientJson.statement(item, "alternativeLabel") != null ? "alternativeLabel"
                    : "abbreviatedStatement";
            String statement = LenientJson.statement(item, statementField);
            if (statement == null) {
                problem(pointer(at, item, "fullStatement"), "expected the item's statement (fullStatement)");
            }
            String abbreviated = LenientJson.statement(item, "abbreviatedStatement");
            if (statementField.equals("abbreviatedStatement")) {
                abbreviated = null;
            }
            JsonNode extensions = get(item, "extensions");
            JsonNode pathway = get(extensions, CaseJson.EXTENSION);
            items.add(new CasePackage.Item(identifier, at, i, statement, pointer(at, item, statementField), abbreviated,
                    text(item, "humanCodingScheme"), itemType(item, root), LenientJson.statement(item, "notes"),
                    LenientJson.strings(item, "conceptKeywords"), pathway,
                    pathway == null ? null : pointer(pointer(at, item, "extensions"), extensions, CaseJson.EXTENSION)));
        }
        return items;
    }

    /** The item's type: CFItemType, else the title of CFItemTypeURI, else the title of the type it identifies. */
    private static String itemType(JsonNode item, JsonNode root) {
        String type = text(item, "CFItemType");
        if (type != null) {
            return type;
        }
        JsonNode link = get(item, "CFItemTypeURI");
        if (text(link, "title") != null) {
            return text(link, "title");
        }
        String wanted = text(link, "identifier");
        JsonNode types = get(get(root, "CFDefinitions"), "CFItemTypes");
        if (wanted != null && types != null && types.isArray()) {
            for (JsonNode definition : types) {
                if (wanted.equalsIgnoreCase(text(definition, "identifier"))) {
                    return text(definition, "title");
                }
            }
        }
        return null;
    }

    private List<CasePackage.Association> associations(JsonNode root, String base) {
        List<CasePackage.Association> associations = new ArrayList<>();
        JsonNode array = array(root, "CFAssociations", base);
        for (int i = 0; array != null && i < array.size(); i++) {
            JsonNode association = array.get(i);
            String at = pointer(base, root, "CFAssociations") + "/" + i;
            if (!association.isObject()) {
                problem(at, "expected a CFAssociation object");
                continue;
            }
            String identifier = identifier(association, at, false);
            String type = text(association, "associationType");
            if (type == null) {
                problem(pointer(at, association, "associationType"), "expected an associationType");
                continue;
            }
            JsonNode origin = get(association, "originNodeURI");
            JsonNode destination = get(association, "destinationNodeURI");
            String originAt = pointer(pointer(at, association, "originNodeURI"), origin, "identifier");
            String destinationAt = pointer(pointer(at, association, "destinationNodeURI"), destination, "identifier");
            associations.add(new CasePackage.Association(identifier, at, i, normalise(type),
                    lower(text(origin, "identifier")), originAt, lower(text(destination, "identifier")), destinationAt,
                    LenientJson.integer(association, "sequenceNumber")));
        }
        return associations;
    }

    // Seen in real packages: "RelatedTo" for isRelatedTo, "IsChildOf" and the like.
    private static String normalise(String type) {
        for (String known : List.of("isChildOf", "isPeerOf", "isPartOf", "exactMatchOf", "precedes", "isRelatedTo",
                "replacedBy", "exemplar", "hasSkillLevel", "isTranslationOf")) {
            if (known.equalsIgnoreCase(type) || known.equalsIgnoreCase("is" + type)) {
                return known;
            }
        }
        return type;
    }

    private List<CasePackage.RubricLevel> rubricLevels(JsonNode root, String base) {
        List<CasePackage.RubricLevel> levels = new ArrayList<>();
        JsonNode rubrics = array(root, "CFRubrics", base);
        for (int r = 0; rubrics != null && r < rubrics.size(); r++) {
            JsonNode rubric = rubrics.get(r);
            String rubricAt = pointer(base, root, "CFRubrics") + "/" + r;
            identifier(rubric, rubricAt, false);
            JsonNode criteria = get(rubric, "CFRubricCriteria");
            for (int c = 0; criteria != null && criteria.isArray() && c < criteria.size(); c++) {
                JsonNode criterion = criteria.get(c);
                String criterionAt = pointer(rubricAt, rubric, "CFRubricCriteria") + "/" + c;
                identifier(criterion, criterionAt, false);
                String competency = lower(text(get(criterion, "CFItemURI"), "identifier"));
                JsonNode criterionLevels = get(criterion, "CFRubricCriterionLevels");
                for (int l = 0; criterionLevels != null && criterionLevels.isArray() && l < criterionLevels.size(); l++) {
                    JsonNode level = criterionLevels.get(l);
                    String levelAt = pointer(criterionAt, criterion, "CFRubricCriterionLevels") + "/" + l;
                    JsonNode pathway = levelExtension(get(level, "extensions"));
                    Integer position = LenientJson.integer(level, "position");
                    Integer score = LenientJson.integer(level, "score");
                    JsonNode described = get(pathway, "described");
                    levels.add(new CasePackage.RubricLevel(identifier(level, levelAt, false), levelAt, competency,
                            text(level, "quality"), position != null ? Double.valueOf(position)
                                    : score != null ? Double.valueOf(score) : null,
                            text(pathway, "levelId"),
                            described != null && described.isBoolean() ? described.asBoolean() : null));
                }
            }
        }
        return levels;
    }

    // CASE 1.1 has a criterion level's extensions as an array of objects; older files have an object.
    private static JsonNode levelExtension(JsonNode extensions) {
        if (extensions != null && extensions.isArray()) {
            for (JsonNode extension : extensions) {
                if (get(extension, CaseJson.EXTENSION) != null) {
                    return get(extension, CaseJson.EXTENSION);
                }
            }
            return null;
        }
        return get(extensions, CaseJson.EXTENSION);
    }

    private JsonNode array(JsonNode root, String name, String base) {
        JsonNode array = get(root, name);
        if (array == null || array.isNull()) {
            return null;
        }
        if (!array.isArray()) {
            problem(pointer(base, root, name), "expected an array of " + name);
            return null;
        }
        return array;
    }

    /** The object's identifier, lower-cased; a problem when it is missing or already used by another object. */
    private String identifier(JsonNode object, String at) {
        return identifier(object, at, true);
    }

    /**
     * @param required false where Pathway does not need the identifier (associations, rubrics), so a package that
     *                 leaves it out is still read
     */
    private String identifier(JsonNode object, String at, boolean required) {
        String identifier = lower(text(object, "identifier"));
        String here = pointer(at, object, "identifier");
        if (identifier == null) {
            if (required) {
                problem(here, "expected an identifier");
            }
            return null;
        }
        String earlier = pointerById.putIfAbsent(identifier, here);
        if (earlier != null) {
            problem(here, "duplicate identifier '" + identifier + "', already used at " + earlier);
        }
        return identifier;
    }

    private static String lower(String identifier) {
        return identifier == null ? null : identifier.toLowerCase(Locale.ROOT);
    }

    private void problem(String pointer, String message) {
        problems.add(new DatasetProblem(file, pointer, message));
    }
}
