package org.pathway.interchange.casepackage;

import static org.pathway.interchange.casepackage.CaseJson.EXTENSION;
import static org.pathway.interchange.casepackage.CaseJson.MAPPER;

import java.util.List;
import java.util.stream.Collectors;
import org.pathway.framework.Cluster;
import org.pathway.framework.Competency;
import org.pathway.framework.Framework;
import org.pathway.framework.Indicator;
import org.pathway.framework.KeyTheme;
import org.pathway.framework.Level;
import org.pathway.framework.Polarity;
import org.pathway.framework.ScaleKind;
import org.pathway.role.RoleProfile;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Builds one framework's CFPackage; see datasets/README.md, "CASE mapping", for what goes where and why. */
final class PackageWriter {

    private final Framework framework;
    private final List<RoleProfile> roles;
    private final String now;
    private final CaseUris uris;
    private final CaseIdentifiers ids;
    private final ObjectNode root = MAPPER.createObjectNode();
    private final ArrayNode items = MAPPER.createArrayNode();
    private final ArrayNode associations = MAPPER.createArrayNode();
    private ObjectNode documentLink;

    PackageWriter(Framework framework, List<RoleProfile> roles, String now, CaseUris uris) {
        this.framework = framework;
        this.roles = roles == null ? List.of() : roles;
        this.now = now;
        this.uris = uris;
        this.ids = new CaseIdentifiers(framework.id());
    }

    ObjectNode write() {
        ObjectNode document = document();
        documentLink = link(framework.name(), ids.document(), document.get("uri").asString());
        root.set("CFDocument", document);
        root.set("CFItems", items);
        root.set("CFAssociations", associations);
        for (int i = 0; i < framework.clusters().size(); i++) {
            cluster(framework.clusters().get(i), i + 1);
        }
        for (int i = 0; i < framework.competencies().size(); i++) {
            competency(framework.competencies().get(i), i + 1);
        }
        root.set("CFDefinitions", definitions());
        if (!framework.scale().levels().isEmpty()) {
            root.set("CFRubrics", MAPPER.createArrayNode().add(rubric()));
        }
        if (!roles.isEmpty()) {
            root.putObject("extensions").putObject(EXTENSION).set("roles", MAPPER.valueToTree(roles));
        }
        return root;
    }

    private ObjectNode document() {
        ObjectNode document = MAPPER.createObjectNode();
        document.put("identifier", ids.document());
        document.put("uri", uris.of("CFDocuments", ids.document()));
        // creator is required; Pathway's organisations are the bodies that promulgate the framework.
        document.put("creator", String.join("; ", framework.organisations()));
        document.put("title", framework.name());
        document.put("lastChangeDateTime", now);
        optional(document, "description", framework.description());
        document.put("language", "en");
        document.put("caseVersion", "1.1");
        optional(document, "notes", joined(framework.notes()));
        ObjectNode pathway = document.putObject("extensions").putObject(EXTENSION);
        pathway.put("format", CaseJson.FORMAT);
        pathway.put("frameworkId", framework.id());
        pathway.set("organisations", MAPPER.valueToTree(framework.organisations()));
        pathway.set("source", MAPPER.valueToTree(framework.source()));
        pathway.set("scale", MAPPER.valueToTree(framework.scale()));
        pathway.set("notes", MAPPER.valueToTree(framework.notes()));
        return document;
    }

    private void cluster(Cluster cluster, int position) {
        String identifier = ids.cluster(cluster.id());
        ObjectNode item = item(identifier, CaseItemType.CLUSTER, cluster.name(), cluster.description(), null);
        extension(item, "cluster", cluster.id());
        items.add(item);
        ObjectNode parent = cluster.parentId() == null ? documentLink
                : link(framework.cluster(cluster.parentId()).map(Cluster::name).orElse(cluster.parentId()),
                        ids.cluster(cluster.parentId()), uris.of("CFItems", ids.cluster(cluster.parentId())));
        childOf(item, parent, position);
    }

    private void competency(Competency competency, int position) {
        String identifier = ids.competency(competency.id());
        ObjectNode item = item(identifier, CaseItemType.COMPETENCY, competency.name(), competency.definition(),
                competency.code());
        if (!competency.skills().isEmpty()) {
            item.set("conceptKeywords", MAPPER.valueToTree(competency.skills()));
        }
        optional(item, "notes", joined(competency.notes()));
        ObjectNode pathway = extension(item, "competency", competency.id());
        if (!competency.levelIds().isEmpty()) {
            pathway.set("levelIds", MAPPER.valueToTree(competency.levelIds()));
        }
        if (!competency.features().isEmpty()) {
            pathway.set("features", MAPPER.valueToTree(competency.features()));
        }
        if (!competency.notes().isEmpty()) {
            pathway.set("notes", MAPPER.valueToTree(competency.notes()));
        }
        items.add(item);
        String clusterName = framework.cluster(competency.clusterId()).map(Cluster::name).orElse(competency.clusterId());
        childOf(item, link(clusterName, ids.cluster(competency.clusterId()),
                uris.of("CFItems", ids.cluster(competency.clusterId()))), position);
        ObjectNode competencyLink = linkTo(item);
        for (int t = 0; t < competency.keyThemes().size(); t++) {
            KeyTheme theme = competency.keyThemes().get(t);
            ObjectNode themeItem = item(ids.keyTheme(competency.id(), theme.id()), CaseItemType.KEY_THEME,
                    theme.name(), null, null);
            extension(themeItem, "key-theme", theme.id());
            items.add(themeItem);
            childOf(themeItem, competencyLink, t + 1);
        }
        for (int i = 0; i < competency.indicators().size(); i++) {
            indicator(competency, competency.indicators().get(i), competencyLink, i + 1);
        }
    }

    private void indicator(Competency competency, Indicator indicator, ObjectNode competencyLink, int position) {
        CaseItemType type = indicator.polarity() == Polarity.EFFECTIVE ? CaseItemType.INDICATOR : CaseItemType.INEFFECTIVE;
        ObjectNode item = item(ids.indicator(indicator.id()), type, indicator.text(), null, null);
        optional(item, "notes", joined(indicator.notes()));
        ObjectNode pathway = extension(item, "indicator", indicator.id());
        optional(pathway, "levelId", indicator.levelId());
        pathway.put("polarity", indicator.polarity().name());
        if (!indicator.notes().isEmpty()) {
            pathway.set("notes", MAPPER.valueToTree(indicator.notes()));
        }
        items.add(item);
        ObjectNode parent = competencyLink;
        if (indicator.keyThemeId() != null) {
            String theme = ids.keyTheme(competency.id(), indicator.keyThemeId());
            String name = competency.keyThemeName(indicator.keyThemeId());
            parent = link(name == null ? indicator.keyThemeId() : name, theme, uris.of("CFItems", theme));
        }
        // Indicators are numbered within their competency, so the order survives key themes interleaving.
        childOf(item, parent, position);
        if (indicator.levelId() != null) {
            String level = ids.criterionLevel(competency.id(), indicator.levelId());
            ObjectNode destination = link(framework.scale().level(indicator.levelId()).map(Level::label)
                    .orElse(indicator.levelId()), level, uris.of("CFRubricCriterionLevels", level));
            destination.put("targetType", CaseJson.TARGET_RUBRIC_LEVEL);
            associate("hasSkillLevel", linkTo(item), destination, null);
        }
    }

    /**
     * An item whose statement is the longer text where there is one (a competency's definition, a cluster's
     * description), with the name as its abbreviated statement; otherwise the name is the statement.
     */
    private ObjectNode item(String identifier, CaseItemType type, String name, String longer, String code) {
        ObjectNode item = MAPPER.createObjectNode();
        item.put("identifier", identifier);
        item.put("fullStatement", longer != null ? longer : name);
        if (longer != null) {
            item.put("abbreviatedStatement", name);
        }
        item.put("CFItemType", type.title());
        item.put("uri", uris.of("CFItems", identifier));
        optional(item, "humanCodingScheme", code);
        item.put("language", "en");
        item.set("CFItemTypeURI", link(type.title(), type.identifier(), uris.of("CFItemTypes", type.identifier())));
        item.put("lastChangeDateTime", now);
        return item;
    }

    private ObjectNode extension(ObjectNode item, String kind, String id) {
        ObjectNode pathway = item.putObject("extensions").putObject(EXTENSION);
        pathway.put("kind", kind);
        pathway.put("id", id);
        return pathway;
    }

    private void childOf(ObjectNode child, ObjectNode parent, int sequence) {
        associate("isChildOf", linkTo(child), parent, sequence);
    }

    private void associate(String type, ObjectNode origin, ObjectNode destination, Integer sequence) {
        ObjectNode association = MAPPER.createObjectNode();
        String identifier = ids.association(type, origin.get("identifier").asString(),
                destination.get("identifier").asString());
        association.put("identifier", identifier);
        association.put("associationType", type);
        if (sequence != null) {
            association.put("sequenceNumber", sequence);
        }
        association.put("uri", uris.of("CFAssociations", identifier));
        association.set("originNodeURI", origin);
        association.set("destinationNodeURI", destination);
        association.put("lastChangeDateTime", now);
        associations.add(association);
    }

    private ObjectNode linkTo(ObjectNode item) {
        String title = item.has("abbreviatedStatement") ? item.get("abbreviatedStatement").asString()
                : item.get("fullStatement").asString();
        return link(title, item.get("identifier").asString(), item.get("uri").asString());
    }

    private static ObjectNode link(String title, String identifier, String uri) {
        ObjectNode link = MAPPER.createObjectNode();
        link.put("title", title);
        link.put("identifier", identifier);
        link.put("uri", uri);
        return link;
    }

    private ObjectNode definitions() {
        ObjectNode definitions = MAPPER.createObjectNode();
        ArrayNode types = definitions.putArray("CFItemTypes");
        for (CaseItemType type : CaseItemType.values()) {
            ObjectNode itemType = types.addObject();
            itemType.put("identifier", type.identifier());
            itemType.put("uri", uris.of("CFItemTypes", type.identifier()));
            itemType.put("title", type.title());
            itemType.put("description", type.description());
            itemType.put("hierarchyCode", type.hierarchyCode());
            itemType.put("typeCode", type.code());
            itemType.put("lastChangeDateTime", now);
        }
        return definitions;
    }

    /**
     * The scale as one rubric: a criterion per competency (linked to its item) with a level per level the competency
     * is assessed on, the level's label as its quality and rank as position and score, and the level's effective
     * indicators as its description, so a system that knows rubrics but not Pathway can show the framework's grid.
     */
    private ObjectNode rubric() {
        ObjectNode rubric = MAPPER.createObjectNode();
        rubric.put("identifier", ids.rubric());
        rubric.put("uri", uris.of("CFRubrics", ids.rubric()));
        rubric.put("title", framework.name() + ": levels");
        rubric.put("description", describe(framework.scale().kind()) + ": "
                + framework.scale().levels().stream().map(Level::label).collect(Collectors.joining(", ")) + ".");
        rubric.put("lastChangeDateTime", now);
        ArrayNode criteria = rubric.putArray("CFRubricCriteria");
        for (int c = 0; c < framework.competencies().size(); c++) {
            Competency competency = framework.competencies().get(c);
            ObjectNode criterion = criteria.addObject();
            String identifier = ids.criterion(competency.id());
            criterion.put("identifier", identifier);
            criterion.put("uri", uris.of("CFRubricCriteria", identifier));
            framework.cluster(competency.clusterId()).ifPresent(cluster -> criterion.put("category", cluster.name()));
            criterion.put("description", competency.name());
            criterion.set("CFItemURI", link(competency.name(), ids.competency(competency.id()),
                    uris.of("CFItems", ids.competency(competency.id()))));
            criterion.put("position", c + 1);
            criterion.put("rubricId", ids.rubric());
            criterion.put("lastChangeDateTime", now);
            ArrayNode levels = criterion.putArray("CFRubricCriterionLevels");
            for (Level level : framework.levelsOf(competency)) {
                levels.add(criterionLevel(competency, level, identifier));
            }
        }
        return rubric;
    }

    private ObjectNode criterionLevel(Competency competency, Level level, String criterion) {
        ObjectNode node = MAPPER.createObjectNode();
        String identifier = ids.criterionLevel(competency.id(), level.id());
        node.put("identifier", identifier);
        node.put("uri", uris.of("CFRubricCriterionLevels", identifier));
        optional(node, "description", competency.indicators().stream()
                .filter(i -> level.id().equals(i.levelId()) && i.polarity() == Polarity.EFFECTIVE)
                .map(Indicator::text).collect(Collectors.collectingAndThen(Collectors.joining("\n"),
                        text -> text.isEmpty() ? null : text)));
        node.put("quality", level.label());
        node.put("score", level.rank());
        node.put("position", level.rank());
        node.put("rubricCriterionId", criterion);
        node.put("lastChangeDateTime", now);
        // The schema has this one extensions as an array of objects.
        ObjectNode pathway = node.putArray("extensions").addObject().putObject(EXTENSION);
        pathway.put("levelId", level.id());
        pathway.put("described", level.described());
        return node;
    }

    static String describe(ScaleKind kind) {
        return switch (kind) {
            case ROLE_TIER -> "Role tiers, each level a tier of roles";
            case CUMULATIVE -> "Cumulative levels, each including the ones below";
            case RATING_WITH_MIDPOINTS -> "A rating scale whose in-between ratings are undescribed mid-points";
            case BEHAVIOURAL -> "No levels: effective and ineffective behaviours only";
        };
    }

    private static String joined(List<String> lines) {
        return lines.isEmpty() ? null : String.join("\n", lines);
    }

    private static void optional(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }
}
