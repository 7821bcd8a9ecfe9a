package org.pathway.interchange.casepackage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.pathway.dataset.DatasetProblem;

/**
 * The outline of a package: its items arranged by their {@code isChildOf} associations under the document, siblings in
 * sequence order. Pathway keeps each statement in one place, so an item with two parents, a circle of parents or an
 * association to something not in the package is a problem; an item with no parent sits directly under the document.
 */
final class ItemTree {

    /** An item in the outline; a null parent means the document. */
    static final class Node {
        final CasePackage.Item item;
        final List<Node> children = new ArrayList<>();
        Node parent;
        CasePackage.Association link;
        int depth;

        Node(CasePackage.Item item) {
            this.item = item;
        }

        Integer sequence() {
            return link == null ? null : link.sequence();
        }
    }

    private final Map<String, Node> nodes = new LinkedHashMap<>();
    private final List<Node> roots = new ArrayList<>();
    private final List<Node> preorder = new ArrayList<>();
    private final Map<String, CasePackage.Association> skillLevels = new HashMap<>();
    private final Set<String> ignoredTypes = new TreeSet<>();
    private int ignored;

    private ItemTree() {
    }

    static ItemTree build(CasePackage casePackage, String file, List<DatasetProblem> problems) {
        ItemTree tree = new ItemTree();
        casePackage.items().stream().filter(i -> i.identifier() != null)
                .forEach(item -> tree.nodes.putIfAbsent(item.identifier(), new Node(item)));
        Set<String> rubricLevels = new HashSet<>();
        casePackage.rubricLevels().forEach(level -> rubricLevels.add(level.identifier()));
        String document = casePackage.document().identifier();
        for (CasePackage.Association association : casePackage.associations()) {
            switch (association.type()) {
                case "isChildOf" -> tree.childOf(association, document, file, problems);
                case "hasSkillLevel" -> tree.skillLevel(association, rubricLevels, file, problems);
                default -> {
                    // Other associations (exactMatchOf, isRelatedTo, ...) say nothing Pathway keeps.
                    tree.ignored++;
                    tree.ignoredTypes.add(association.type());
                }
            }
        }
        tree.breakCircles(file, problems);
        tree.arrange();
        return tree;
    }

    private void childOf(CasePackage.Association association, String document, String file,
            List<DatasetProblem> problems) {
        Node child = nodes.get(association.origin());
        if (child == null) {
            problems.add(new DatasetProblem(file, association.originPointer(), notInPackage(association.origin(),
                    "an item")));
            return;
        }
        boolean toDocument = association.destination() != null && association.destination().equals(document);
        Node parent = toDocument ? null : nodes.get(association.destination());
        if (!toDocument && parent == null) {
            problems.add(new DatasetProblem(file, association.destinationPointer(),
                    notInPackage(association.destination(), "an item or the document")));
            return;
        }
        if (child.link != null) {
            if (child.parent == parent) {
                return; // the same association twice: harmless
            }
            problems.add(new DatasetProblem(file, association.pointer(), "item " + child.item.describe()
                    + " is already the child of " + (child.parent == null ? "the document" : child.parent.item.describe())
                    + " (" + child.link.pointer() + "): Pathway keeps each statement in one place"));
            return;
        }
        child.parent = parent;
        child.link = association;
    }

    private void skillLevel(CasePackage.Association association, Set<String> rubricLevels, String file,
            List<DatasetProblem> problems) {
        if (!nodes.containsKey(association.origin())) {
            problems.add(new DatasetProblem(file, association.originPointer(), notInPackage(association.origin(),
                    "an item")));
        } else if (!rubricLevels.contains(association.destination()) && !nodes.containsKey(association.destination())) {
            problems.add(new DatasetProblem(file, association.destinationPointer(),
                    notInPackage(association.destination(), "a rubric criterion level or an item")));
        } else {
            skillLevels.putIfAbsent(association.origin(), association);
        }
    }

    private static String notInPackage(String identifier, String expected) {
        return identifier == null ? "expected the identifier of " + expected + " in this package"
                : "expected the identifier of " + expected + " in this package, found '" + identifier
                        + "', which is not in it";
    }

    private void breakCircles(String file, List<DatasetProblem> problems) {
        for (Node node : nodes.values()) {
            Set<Node> seen = new HashSet<>();
            for (Node at = node; at != null; at = at.parent) {
                if (!seen.add(at)) {
                    problems.add(new DatasetProblem(file, at.link.pointer(), "item " + at.item.describe()
                            + " is its own ancestor through isChildOf associations"));
                    at.parent = null;
                    at.link = null;
                    break;
                }
            }
        }
    }

    private void arrange() {
        Comparator<Node> order = Comparator
                .comparing((Node n) -> n.sequence() == null ? Integer.MAX_VALUE : n.sequence())
                .thenComparing(n -> n.link == null ? Integer.MAX_VALUE : n.link.index())
                .thenComparing(n -> n.item.index());
        for (Node node : nodes.values()) {
            (node.parent == null ? roots : node.parent.children).add(node);
        }
        roots.sort(order);
        nodes.values().forEach(n -> n.children.sort(order));
        roots.forEach(root -> visit(root, 1));
    }

    private void visit(Node node, int depth) {
        node.depth = depth;
        preorder.add(node);
        node.children.forEach(child -> visit(child, depth + 1));
    }

    /**
     * Makes the document itself the outline's one top item, at depth 0, over what were the top items: for a package
     * that is one competency whose items are its indicators.
     */
    void rootAtDocument(CasePackage.Document document) {
        Node top = new Node(document.asItem());
        for (Node root : roots) {
            root.parent = top;
            top.children.add(root);
        }
        roots.clear();
        roots.add(top);
        preorder.clear();
        visit(top, 0);
    }

    List<Node> roots() {
        return roots;
    }

    /** Every item, parents before children, siblings in order. */
    List<Node> preorder() {
        return preorder;
    }

    /** The item's {@code hasSkillLevel} association, if it has one. */
    CasePackage.Association skillLevel(String identifier) {
        return skillLevels.get(identifier);
    }

    /** How many associations of types Pathway does not keep there were, and their types. */
    int ignored() {
        return ignored;
    }

    Set<String> ignoredTypes() {
        return ignoredTypes;
    }

    /** Nodes in their order within a scope: by sequence number when those are all given and distinct, else outline order. */
    static List<Node> ordered(List<Node> outlineOrder) {
        Set<Integer> sequences = new HashSet<>();
        boolean usable = outlineOrder.stream().allMatch(n -> n.sequence() != null && sequences.add(n.sequence()));
        if (!usable) {
            return outlineOrder;
        }
        return outlineOrder.stream().sorted(Comparator.comparing(Node::sequence)).toList();
    }
}
