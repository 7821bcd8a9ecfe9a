package org.pathway.interchange.casepackage;

import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * A CASE package as read, before Pathway makes anything of it: the parts the import needs, each with its JSON pointer
 * in the file. Identifiers are lower-cased, since UUIDs are compared ignoring case.
 */
record CasePackage(
        Document document,
        List<Item> items,
        List<Association> associations,
        List<RubricLevel> rubricLevels,
        JsonNode roles,
        String rolesPointer) {

    /** The CFDocument; {@code pathway} is its Pathway extension (null in other systems' packages). */
    record Document(String identifier, String pointer, JsonNode json, JsonNode pathway, String pathwayPointer) {

        boolean fromPathway() {
            return pathway != null && LenientJson.text(pathway, "format") != null
                    && LenientJson.text(pathway, "format").startsWith("pathway-case/");
        }

        /** The document read as an item (its title the name, its description the statement beyond it). */
        Item asItem() {
            String title = LenientJson.statement(json, "title");
            String description = LenientJson.statement(json, "description");
            return new Item(identifier, pointer, -1, description != null ? description : title,
                    LenientJson.pointer(pointer, json, description != null ? "description" : "title"),
                    description != null ? title : null, null, null, null, List.of(), null, null);
        }
    }

    /** A CFItem with the fields Pathway reads; {@code pathway} is its Pathway extension or null. */
    record Item(
            String identifier,
            String pointer,
            int index,
            String fullStatement,
            String fullStatementPointer,
            String abbreviatedStatement,
            String humanCodingScheme,
            String itemType,
            String notes,
            List<String> conceptKeywords,
            JsonNode pathway,
            String pathwayPointer) {

        /** The item's name: its abbreviated statement where it has one, else its statement. */
        String name() {
            return abbreviatedStatement != null ? abbreviatedStatement : fullStatement;
        }

        String namePointer() {
            return abbreviatedStatement != null && index >= 0 ? pointer + "/abbreviatedStatement"
                    : abbreviatedStatement != null ? pointer + "/title" : fullStatementPointer;
        }

        /** The statement beyond the name (a definition or description), when the item has both. */
        String longer() {
            return abbreviatedStatement != null ? fullStatement : null;
        }

        String describe() {
            String name = name();
            return "'" + (name.length() > 60 ? name.substring(0, 57) + "..." : name) + "' (" + pointer + ")";
        }
    }

    /** A CFAssociation between two nodes named by identifier. */
    record Association(
            String identifier,
            String pointer,
            int index,
            String type,
            String origin,
            String originPointer,
            String destination,
            String destinationPointer,
            Integer sequence) {
    }

    /** A level of a rubric criterion: one level of the scale as one competency (the criterion's item) uses it. */
    record RubricLevel(
            String identifier,
            String pointer,
            String competency,
            String quality,
            Double position,
            String levelId,
            Boolean described) {
    }
}
