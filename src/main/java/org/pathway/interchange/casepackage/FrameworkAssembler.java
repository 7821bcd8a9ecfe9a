package org.pathway.interchange.casepackage;

import static org.pathway.interchange.casepackage.LenientJson.get;
import static org.pathway.interchange.casepackage.LenientJson.pointer;
import static org.pathway.interchange.casepackage.LenientJson.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
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
import org.pathway.interchange.SourceMap;
import org.pathway.role.RoleProfile;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Makes a Pathway framework of a package's outline. What the package states (Pathway extensions, Pathway's item types)
 * is taken as stated; what it does not is asked of the options, and where they do not say either the gap is reported
 * as missing instead of guessed. Contradictions (an indicator above a competency, a scale that cannot be read) are
 * errors. Every value is recorded in a {@link SourceMap} so the dataset checks' problems point into the package.
 */
final class FrameworkAssembler {

    enum Kind { CLUSTER, COMPETENCY, KEY_THEME, INDICATOR }

    private final String file;
    private final CasePackage casePackage;
    private final ItemTree tree;
    private final CaseImportOptions options;
    private final List<DatasetProblem> errors;
    private final List<DatasetProblem> missing;
    private final SourceMap sources;
    private final CasePackage.Document document;
    private final boolean fromPathway;
    private final Map<ItemTree.Node, Kind> kinds = new IdentityHashMap<>();
    private final Map<String, CasePackage.RubricLevel> rubricLevels = new HashMap<>();
    private final List<String> importNotes = new ArrayList<>();
    private final Set<String> clusterIds = new HashSet<>();
    private final Set<String> competencyIds = new HashSet<>();
    private final Set<String> indicatorIds = new HashSet<>();
    private int derivedIds;

    FrameworkAssembler(String file, CasePackage casePackage, ItemTree tree, CaseImportOptions options,
            List<DatasetProblem> errors, List<DatasetProblem> missing, SourceMap sources) {
        this.file = file;
        this.casePackage = casePackage;
        this.tree = tree;
        this.options = options;
        this.errors = errors;
        this.missing = missing;
        this.sources = sources;
        this.document = casePackage.document();
        this.fromPathway = document.fromPathway();
        casePackage.rubricLevels().forEach(level -> rubricLevels.putIfAbsent(level.identifier(), level));
    }

    /** The framework, or null when something is missing or wrong (then in {@code missing} or {@code errors}). */
    Framework assemble() {
        classify();
        if (!errors.isEmpty() || !missing.isEmpty()) {
            return null;
        }
        checkPlaces();
        Scale scale = scale();
        String id = frameworkId();
        String name = LenientJson.statement(document.json(), "title");
        if (name == null) {
            error(pointer(document.pointer(), document.json(), "title"), "expected the framework's title");
        }
        List<String> organisations = organisations();
        if (!errors.isEmpty() || !missing.isEmpty()) {
            return null;
        }
        reserveStatedIds();
        List<Cluster> clusters = new ArrayList<>();
        Map<ItemTree.Node, String> clusterIdOf = new IdentityHashMap<>();
        clusters(clusters, clusterIdOf);
        List<Competency> competencies = competencies(scale, clusters, clusterIdOf);
        Source source = source(name);
        List<String> notes = notes();
        if (!errors.isEmpty() || !missing.isEmpty()) {
            return null;
        }
        sources.put("", document.pointer());
        sources.put("/id", document.pathway() != null && text(document.pathway(), "frameworkId") != null
                ? pointer(document.pathwayPointer(), document.pathway(), "frameworkId") : document.pointer());
        sources.put("/name", pointer(document.pointer(), document.json(), "title"));
        sources.put("/description", pointer(document.pointer(), document.json(), "description"));
        return new Framework(id, name, organisations, source, LenientJson.statement(document.json(), "description"),
                scale, clusters, competencies, notes);
    }

    // ---- which item is what ----

    private void classify() {
        List<ItemTree.Node> outline = tree.preorder();
        Map<ItemTree.Node, Kind> stated = new IdentityHashMap<>();
        outline.forEach(node -> {
            Kind kind = stated(node);
            if (kind != null) {
                stated.put(node, kind);
            }
        });
        Set<ItemTree.Node> groupsCompetencies = Collections.newSetFromMap(new IdentityHashMap<>());
        for (int i = outline.size() - 1; i >= 0; i--) {
            ItemTree.Node node = outline.get(i);
            if (node.parent != null && (stated.get(node) == Kind.COMPETENCY || groupsCompetencies.contains(node))) {
                groupsCompetencies.add(node.parent);
            }
        }
        if (!stated.containsValue(Kind.COMPETENCY)) {
            missing(document.pointer(), noCompetencies());
            return;
        }
        for (ItemTree.Node node : outline) {
            Kind kind = stated.containsKey(node) ? stated.get(node) : inferred(node, groupsCompetencies);
            if (kind != null) {
                kinds.put(node, kind);
            }
        }
    }

    /** What the package (or the options) say the item is; null when nothing does. */
    private Kind stated(ItemTree.Node node) {
        CasePackage.Item item = node.item;
        String kind = text(item.pathway(), "kind");
        if (kind != null) {
            switch (kind.toLowerCase(Locale.ROOT)) {
                case "cluster" -> { return Kind.CLUSTER; }
                case "competency" -> { return Kind.COMPETENCY; }
                case "key-theme" -> { return Kind.KEY_THEME; }
                case "indicator" -> { return Kind.INDICATOR; }
                default -> error(pointer(item.pathwayPointer(), item.pathway(), "kind"),
                        "expected one of cluster, competency, key-theme, indicator, found '" + kind + "'");
            }
        }
        if (options.choosesCompetencies()) {
            boolean byType = options.competencyItemType() != null && item.itemType() != null
                    && options.competencyItemType().strip().equalsIgnoreCase(item.itemType());
            boolean byDepth = options.competencyDepth() != null && options.competencyDepth() == node.depth;
            return byType || byDepth ? Kind.COMPETENCY : null;
        }
        return CaseItemType.recognise(item.itemType()).map(type -> switch (type) {
            case CLUSTER -> Kind.CLUSTER;
            case COMPETENCY -> Kind.COMPETENCY;
            case KEY_THEME -> Kind.KEY_THEME;
            case INDICATOR, INEFFECTIVE -> Kind.INDICATOR;
        }).orElse(null);
    }

    /** From the outline: a group of competencies is a cluster, what sits under a competency its key themes and indicators. */
    private Kind inferred(ItemTree.Node node, Set<ItemTree.Node> groupsCompetencies) {
        if (groupsCompetencies.contains(node)) {
            return Kind.CLUSTER;
        }
        Kind parent = node.parent == null ? null : kinds.get(node.parent);
        if (parent == Kind.COMPETENCY) {
            return node.children.isEmpty() ? Kind.INDICATOR : Kind.KEY_THEME;
        }
        if (parent == Kind.KEY_THEME && node.children.isEmpty()) {
            return Kind.INDICATOR;
        }
        if (parent == Kind.KEY_THEME || parent == Kind.INDICATOR || parent == null && insideCompetency(node)) {
            error(node.item.pointer(), "item " + node.item.describe() + " is nested too deep: Pathway has indicators"
                    + " directly under a competency or under one of its key themes");
        } else {
            missing(node.item.pointer(), "item " + node.item.describe() + " is not a competency and has none under"
                    + " it, nor is it under one: Pathway cannot tell what it is (give it a CFItemType, or choose"
                    + " which items are competencies)");
        }
        return null;
    }

    private boolean insideCompetency(ItemTree.Node node) {
        for (ItemTree.Node at = node.parent; at != null; at = at.parent) {
            if (kinds.get(at) == Kind.COMPETENCY) {
                return true;
            }
        }
        return false;
    }

    private String noCompetencies() {
        Map<Integer, Long> byDepth = tree.preorder().stream()
                .collect(Collectors.groupingBy(n -> n.depth, TreeMap::new, Collectors.counting()));
        Set<String> types = tree.preorder().stream().map(n -> n.item.itemType()).filter(t -> t != null)
                .collect(Collectors.toCollection(TreeSet::new));
        String chosen = options.choosesCompetencies() ? "no item matches the competency item type or depth chosen"
                : "the package does not say which items are competencies";
        return chosen + ". Its items by depth: " + byDepth.entrySet().stream()
                .map(e -> e.getValue() + " at depth " + e.getKey()).collect(Collectors.joining(", "))
                + "; item types: " + (types.isEmpty() ? "none" : types)
                + ". Import it again choosing the competency item type or the depth of the competencies"
                + " (the items above them become clusters, those under them indicators)";
    }

    /** Each kind of item in a place Pathway has for it. */
    private void checkPlaces() {
        for (ItemTree.Node node : tree.preorder()) {
            Kind kind = kinds.get(node);
            Kind parent = node.parent == null ? null : kinds.get(node.parent);
            String under = node.parent == null ? "the document" : parent == null ? "an item of unknown kind"
                    : "a " + words(parent);
            boolean fits = switch (kind) {
                case CLUSTER -> parent == null && node.parent == null || parent == Kind.CLUSTER;
                case COMPETENCY -> node.parent == null || parent == Kind.CLUSTER;
                case KEY_THEME -> parent == Kind.COMPETENCY;
                case INDICATOR -> (parent == Kind.COMPETENCY || parent == Kind.KEY_THEME) && node.children.isEmpty();
            };
            if (!fits) {
                String at = node.link != null ? node.link.pointer() : node.item.pointer();
                error(at, "expected a " + words(kind) + " " + expectedPlace(kind) + ", found " + node.item.describe()
                        + " under " + under + (node.children.isEmpty() ? "" : " with items under it"));
            }
        }
    }

    private static String expectedPlace(Kind kind) {
        return switch (kind) {
            case CLUSTER -> "under the document or another cluster";
            case COMPETENCY -> "under a cluster (or the document)";
            case KEY_THEME -> "under a competency";
            case INDICATOR -> "under a competency or key theme, with nothing under it";
        };
    }

    private static String words(Kind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    // ---- the scale ----

    private Scale scale() {
        JsonNode stated = get(document.pathway(), "scale");
        if (stated != null) {
            String at = pointer(document.pathwayPointer(), document.pathway(), "scale");
            try {
                Scale scale = CaseJson.MAPPER.treeToValue(stated, Scale.class);
                sources.put("/scale", at);
                for (int i = 0; i < scale.levels().size(); i++) {
                    sources.put("/scale/levels/" + i, at + "/levels/" + i);
                }
                return scale;
            } catch (JacksonException e) {
                error(at, "cannot read the scale: " + e.getOriginalMessage());
                return null;
            }
        }
        ScaleKind kind = options.scaleKind();
        Map<String, List<CasePackage.RubricLevel>> byLevel = levelsOfRubrics();
        if (kind == null) {
            missing(document.pointer(), "the package does not say how its levels work: choose the scale kind ("
                    + (byLevel.isEmpty() ? "it has no rubric levels, so BEHAVIOURAL unless you add them"
                            : "its rubric has the levels " + labels(byLevel) + ": ROLE_TIER, CUMULATIVE or"
                                    + " RATING_WITH_MIDPOINTS; or BEHAVIOURAL to leave them out")
                    + ")");
            return null;
        }
        importNotes.add("The scale kind " + kind + " was chosen at import: the package does not say it.");
        if (kind == ScaleKind.BEHAVIOURAL) {
            if (!byLevel.isEmpty()) {
                importNotes.add("The package's rubric levels " + labels(byLevel) + " were left out: the scale is"
                        + " BEHAVIOURAL.");
            }
            sources.put("/scale", document.pointer());
            return new Scale(kind, List.of());
        }
        if (byLevel.isEmpty()) {
            missing(document.pointer(), "scale kind " + kind + " needs levels, but the package has no rubric levels"
                    + " (CFRubrics): choose BEHAVIOURAL, or add a rubric with a criterion per competency");
            return null;
        }
        List<Level> levels = new ArrayList<>();
        for (Map.Entry<String, List<CasePackage.RubricLevel>> entry : byLevel.entrySet()) {
            CasePackage.RubricLevel first = entry.getValue().get(0);
            boolean described = first.described() != null ? first.described()
                    : kind != ScaleKind.RATING_WITH_MIDPOINTS || entry.getValue().stream()
                            .anyMatch(level -> hasIndicators(level.identifier()));
            sources.put("/scale/levels/" + levels.size(), first.pointer());
            levels.add(new Level(entry.getKey(), first.quality() != null ? first.quality() : entry.getKey(),
                    levels.size() + 1, described));
        }
        sources.put("/scale", casePackage.rubricLevels().get(0).pointer());
        return new Scale(kind, levels);
    }

    /** The distinct levels of the package's rubrics by Pathway level id, lowest position first. */
    private Map<String, List<CasePackage.RubricLevel>> levelsOfRubrics() {
        Map<String, List<CasePackage.RubricLevel>> byLevel = new LinkedHashMap<>();
        casePackage.rubricLevels().stream()
                .sorted(Comparator.comparing((CasePackage.RubricLevel l) -> l.position() == null ? Double.MAX_VALUE
                        : l.position()))
                .forEach(level -> byLevel.computeIfAbsent(levelId(level), k -> new ArrayList<>()).add(level));
        return byLevel;
    }

    private static String levelId(CasePackage.RubricLevel level) {
        if (level.levelId() != null) {
            return level.levelId();
        }
        String slug = PathwayIds.slug(level.quality());
        return slug != null ? slug : level.identifier();
    }

    private static String labels(Map<String, List<CasePackage.RubricLevel>> byLevel) {
        return byLevel.values().stream().map(l -> l.get(0).quality() == null ? levelId(l.get(0)) : l.get(0).quality())
                .toList().toString();
    }

    private boolean hasIndicators(String rubricLevel) {
        return casePackage.associations().stream()
                .anyMatch(a -> a.type().equals("hasSkillLevel") && rubricLevel.equals(a.destination()));
    }

    // ---- the framework's own fields ----

    private String frameworkId() {
        if (options.frameworkId() != null) {
            return options.frameworkId();
        }
        String stated = text(document.pathway(), "frameworkId");
        if (stated != null) {
            return stated;
        }
        String slug = PathwayIds.slug(text(document.json(), "title"));
        if (slug == null) {
            missing(document.pointer(), "the title gives no framework id: choose one");
        }
        return slug;
    }

    private List<String> organisations() {
        JsonNode stated = get(document.pathway(), "organisations");
        if (stated != null) {
            sources.put("/organisations", pointer(document.pathwayPointer(), document.pathway(), "organisations"));
            return LenientJson.strings(document.pathway(), "organisations");
        }
        List<String> organisations = new ArrayList<>();
        String creator = text(document.json(), "creator");
        String publisher = text(document.json(), "publisher");
        if (creator != null) {
            organisations.add(creator);
        }
        if (publisher != null && !publisher.equals(creator)) {
            organisations.add(publisher);
        }
        sources.put("/organisations", pointer(document.pointer(), document.json(), "creator"));
        if (organisations.isEmpty()) {
            error(pointer(document.pointer(), document.json(), "creator"),
                    "expected the creator: the body that promulgates the framework");
        }
        return organisations;
    }

    private Source source(String title) {
        JsonNode stated = get(document.pathway(), "source");
        if (stated != null) {
            String at = pointer(document.pathwayPointer(), document.pathway(), "source");
            sources.put("/source", at);
            try {
                return CaseJson.MAPPER.treeToValue(stated, Source.class);
            } catch (JacksonException e) {
                error(at, "cannot read the source: " + e.getOriginalMessage());
                return null;
            }
        }
        String official = text(document.json(), "officialSourceURL");
        String uri = text(document.json(), "uri");
        sources.put("/source", document.pointer());
        return new Source(official != null ? official : uri != null ? uri : file, title, null);
    }

    private List<String> notes() {
        sources.put("/notes", document.pathway() != null ? pointer(document.pathwayPointer(), document.pathway(), "notes")
                : pointer(document.pointer(), document.json(), "notes"));
        List<String> notes = new ArrayList<>();
        if (fromPathway) {
            notes.addAll(LenientJson.strings(document.pathway(), "notes"));
        } else {
            String own = LenientJson.statement(document.json(), "notes");
            if (own != null) {
                notes.add(own);
            }
            notes.add("Imported from the CASE package " + file + " (CFDocument " + document.identifier() + ").");
            if (!kinds.containsValue(Kind.INDICATOR) || kinds.keySet().stream().noneMatch(this::ineffectiveByType)) {
                notes.add("Every indicator is EFFECTIVE: the package states competences, not ineffective behaviours.");
            }
        }
        if (derivedIds > 0) {
            notes.add(derivedIds + " items had no Pathway id: their ids were made from their humanCodingScheme where"
                    + " usable, else from their CASE identifier.");
        }
        if (tree.ignored() > 0) {
            notes.add(tree.ignored() + " associations of types " + tree.ignoredTypes() + " were left out: Pathway"
                    + " has no place for them.");
        }
        notes.addAll(importNotes);
        return notes;
    }

    private boolean ineffectiveByType(ItemTree.Node node) {
        return CaseItemType.recognise(node.item.itemType()).filter(t -> t == CaseItemType.INEFFECTIVE).isPresent();
    }

    // ---- clusters, competencies, key themes, indicators ----

    /** Ids the package states are taken first, so that ids made for other items cannot take them. */
    private void reserveStatedIds() {
        kinds.forEach((node, kind) -> {
            String id = text(node.item.pathway(), "id");
            if (id != null) {
                switch (kind) {
                    case CLUSTER -> clusterIds.add(id);
                    case COMPETENCY -> competencyIds.add(id);
                    case INDICATOR -> indicatorIds.add(id);
                    case KEY_THEME -> { }
                }
            }
        });
    }

    private String idOf(ItemTree.Node node, Set<String> used, String at) {
        String stated = text(node.item.pathway(), "id");
        if (stated != null) {
            sources.put(at + "/id", pointer(node.item.pathwayPointer(), node.item.pathway(), "id"));
            return stated;
        }
        derivedIds++;
        sources.put(at + "/id", node.item.pointer() + "/identifier");
        return PathwayIds.forItem(node.item, used);
    }

    private void clusters(List<Cluster> clusters, Map<ItemTree.Node, String> clusterIdOf) {
        List<ItemTree.Node> nodes = ItemTree.ordered(ofKind(tree.preorder(), Kind.CLUSTER));
        // Ids first: a cluster may come before the cluster it sits in.
        for (int i = 0; i < nodes.size(); i++) {
            clusterIdOf.put(nodes.get(i), idOf(nodes.get(i), clusterIds, "/clusters/" + i));
        }
        for (ItemTree.Node node : nodes) {
            String at = "/clusters/" + clusters.size();
            record(at, node);
            sources.put(at + "/parentId", node.link == null ? node.item.pointer() : node.link.pointer());
            clusters.add(new Cluster(clusterIdOf.get(node), node.item.name(), node.item.longer(),
                    node.parent == null ? null : clusterIdOf.get(node.parent)));
        }
        boolean topLevelCompetencies = tree.roots().stream().anyMatch(n -> kinds.get(n) == Kind.COMPETENCY);
        if (topLevelCompetencies) {
            // Pathway puts every competency in a cluster; a package may hang them on the document.
            String title = text(document.json(), "title");
            String id = uniqueClusterId(PathwayIds.slug(title) != null ? PathwayIds.slug(title) : "competencies");
            sources.put("/clusters/" + clusters.size(), document.pointer());
            clusters.add(new Cluster(id, title, null, null));
            clusterIdOf.put(null, id);
            importNotes.add("The package has competencies directly under the document: Pathway needs them in a cluster,"
                    + " so they are in the cluster '" + title + "'.");
        }
    }

    private String uniqueClusterId(String wanted) {
        String id = wanted;
        for (int n = 2; !clusterIds.add(id); n++) {
            id = wanted + "-" + n;
        }
        return id;
    }

    private List<Competency> competencies(Scale scale, List<Cluster> clusters, Map<ItemTree.Node, String> clusterIdOf) {
        List<Competency> competencies = new ArrayList<>();
        for (ItemTree.Node node : ItemTree.ordered(ofKind(tree.preorder(), Kind.COMPETENCY))) {
            String at = "/competencies/" + competencies.size();
            record(at, node);
            String id = idOf(node, competencyIds, at);
            sources.put(at + "/clusterId", node.link == null ? node.item.pointer() : node.link.pointer());
            sources.put(at + "/code", node.item.pointer() + "/humanCodingScheme");
            sources.put(at + "/skills", node.item.pointer() + "/conceptKeywords");
            JsonNode pathway = node.item.pathway();
            List<KeyTheme> themes = new ArrayList<>();
            Map<ItemTree.Node, String> themeIdOf = new IdentityHashMap<>();
            Set<String> themeIds = new HashSet<>();
            for (ItemTree.Node child : ItemTree.ordered(ofKind(node.children, Kind.KEY_THEME))) {
                String themeAt = at + "/keyThemes/" + themes.size();
                record(themeAt, child);
                String themeId = idOf(child, themeIds, themeAt);
                themeIdOf.put(child, themeId);
                themes.add(new KeyTheme(themeId, child.item.name()));
            }
            List<Indicator> indicators = new ArrayList<>();
            for (ItemTree.Node leaf : ItemTree.ordered(ofKind(subtree(node), Kind.INDICATOR))) {
                indicators.add(indicator(leaf, at + "/indicators/" + indicators.size(), scale, themeIdOf));
            }
            if (indicators.isEmpty()) {
                error(node.item.pointer(), "expected at least one indicator under competency " + node.item.describe()
                        + ", found none");
            }
            competencies.add(new Competency(id, node.item.humanCodingScheme(), node.item.name(),
                    clusterIdOf.get(node.parent), node.item.longer(), levelIds(node, at, scale),
                    node.item.conceptKeywords(), stringsOf(pathway, node.item.pathwayPointer(), "features", at),
                    themes, indicators, notesOf(node, at)));
        }
        return competencies;
    }

    private Indicator indicator(ItemTree.Node node, String at, Scale scale, Map<ItemTree.Node, String> themeIdOf) {
        record(at, node);
        sources.put(at + "/text", node.item.fullStatementPointer());
        sources.put(at + "/keyThemeId", node.link == null ? node.item.pointer() : node.link.pointer());
        String id = idOf(node, indicatorIds, at);
        JsonNode pathway = node.item.pathway();
        Polarity polarity = Polarity.EFFECTIVE;
        String statedPolarity = text(pathway, "polarity");
        if (statedPolarity != null) {
            String polarityAt = pointer(node.item.pathwayPointer(), pathway, "polarity");
            sources.put(at + "/polarity", polarityAt);
            try {
                polarity = Polarity.valueOf(statedPolarity.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                error(polarityAt, "expected EFFECTIVE or INEFFECTIVE, found '" + statedPolarity + "'");
            }
        } else if (ineffectiveByType(node)) {
            polarity = Polarity.INEFFECTIVE;
        }
        return new Indicator(id, indicatorLevel(node, at, scale), themeIdOf.get(node.parent), polarity,
                node.item.fullStatement(), notesOf(node, at));
    }

    /** The indicator's level: as its Pathway extension states, else by its hasSkillLevel link to a rubric level. */
    private String indicatorLevel(ItemTree.Node node, String at, Scale scale) {
        JsonNode pathway = node.item.pathway();
        if (pathway != null && text(pathway, "kind") != null) {
            sources.put(at + "/levelId", pointer(node.item.pathwayPointer(), pathway, "levelId"));
            return text(pathway, "levelId");
        }
        if (scale == null || scale.levels().isEmpty()) {
            return null;
        }
        CasePackage.Association link = tree.skillLevel(node.item.identifier());
        CasePackage.RubricLevel level = link == null ? null : rubricLevels.get(link.destination());
        if (level == null) {
            missing(node.item.pointer(), "indicator " + node.item.describe() + " does not say its level (a"
                    + " hasSkillLevel association to a rubric criterion level), which a " + scale.kind()
                    + " scale needs");
            return null;
        }
        sources.put(at + "/levelId", link.pointer());
        return levelId(level);
    }

    private List<String> levelIds(ItemTree.Node node, String at, Scale scale) {
        JsonNode pathway = node.item.pathway();
        if (pathway != null && text(pathway, "kind") != null) {
            return stringsOf(pathway, node.item.pathwayPointer(), "levelIds", at);
        }
        if (scale == null || scale.levels().isEmpty()) {
            return List.of();
        }
        Set<String> own = casePackage.rubricLevels().stream()
                .filter(l -> node.item.identifier().equals(l.competency()))
                .map(FrameworkAssembler::levelId).collect(Collectors.toSet());
        List<String> ids = scale.levels().stream().map(Level::id).filter(own::contains).toList();
        return ids.size() == scale.levels().size() || ids.isEmpty() ? List.of() : ids;
    }

    private List<String> notesOf(ItemTree.Node node, String at) {
        JsonNode pathway = node.item.pathway();
        if (pathway != null && text(pathway, "kind") != null) {
            return stringsOf(pathway, node.item.pathwayPointer(), "notes", at);
        }
        sources.put(at + "/notes", node.item.pointer() + "/notes");
        return node.item.notes() == null ? List.of() : List.of(node.item.notes());
    }

    private List<String> stringsOf(JsonNode pathway, String pathwayPointer, String field, String at) {
        if (pathway == null) {
            return List.of();
        }
        sources.put(at + "/" + field, pointer(pathwayPointer, pathway, field));
        return LenientJson.strings(pathway, field);
    }

    /** The record's place and where its name and longer text came from. */
    private void record(String at, ItemTree.Node node) {
        sources.put(at, node.item.pointer());
        sources.put(at + "/name", node.item.namePointer());
        sources.put(at + "/description", node.item.fullStatementPointer());
        sources.put(at + "/definition", node.item.fullStatementPointer());
    }

    private List<ItemTree.Node> ofKind(List<ItemTree.Node> nodes, Kind kind) {
        return nodes.stream().filter(n -> kinds.get(n) == kind).toList();
    }

    private static List<ItemTree.Node> subtree(ItemTree.Node node) {
        List<ItemTree.Node> nodes = new ArrayList<>();
        node.children.forEach(child -> {
            nodes.add(child);
            nodes.addAll(subtree(child));
        });
        return nodes;
    }

    // ---- roles ----

    List<RoleProfile> roles() {
        if (casePackage.roles() == null) {
            return List.of();
        }
        if (!casePackage.roles().isArray()) {
            error(casePackage.rolesPointer(), "expected an array of role profiles");
            return List.of();
        }
        List<RoleProfile> roles = new ArrayList<>();
        for (int r = 0; r < casePackage.roles().size(); r++) {
            String at = casePackage.rolesPointer() + "/" + r;
            sources.put("/roles/" + r, at);
            try {
                roles.add(CaseJson.MAPPER.treeToValue(casePackage.roles().get(r), RoleProfile.class));
            } catch (JacksonException e) {
                error(at, "cannot read the role profile: " + e.getOriginalMessage());
            }
        }
        return roles;
    }

    private void error(String pointer, String message) {
        errors.add(new DatasetProblem(file, pointer, message));
    }

    private void missing(String pointer, String message) {
        missing.add(new DatasetProblem(file, pointer, message));
    }
}
