package org.pathway.interchange.casepackage;

import org.pathway.framework.ScaleKind;

/**
 * What the person importing a CASE package says where the package does not. Pathway's own extensions always win (a
 * Pathway package states everything); the competency options win over item type names, since a package's types may
 * not mean what Pathway's do. All are optional.
 *
 * @param frameworkId        the id to import the framework under; default: the package's Pathway id, else made from
 *                           its title
 * @param scaleKind          the kind of scale, when the package does not state it; levels then come from the
 *                           package's rubric (none for BEHAVIOURAL)
 * @param competencyItemType the CFItemType whose items are the competencies (items above are clusters, below indicators)
 * @param competencyDepth    or: the depth of the competencies in the outline, 1 being the document's children; 0 makes
 *                           the document itself the one competency and its items its indicators (a package per skill)
 */
public record CaseImportOptions(String frameworkId, ScaleKind scaleKind, String competencyItemType,
        Integer competencyDepth) {

    public static CaseImportOptions none() {
        return new CaseImportOptions(null, null, null, null);
    }

    public CaseImportOptions withFrameworkId(String id) {
        return new CaseImportOptions(id, scaleKind, competencyItemType, competencyDepth);
    }

    public CaseImportOptions withScaleKind(ScaleKind kind) {
        return new CaseImportOptions(frameworkId, kind, competencyItemType, competencyDepth);
    }

    public CaseImportOptions withCompetencyItemType(String itemType) {
        return new CaseImportOptions(frameworkId, scaleKind, itemType, competencyDepth);
    }

    public CaseImportOptions withCompetencyDepth(Integer depth) {
        return new CaseImportOptions(frameworkId, scaleKind, competencyItemType, depth);
    }

    boolean choosesCompetencies() {
        return competencyItemType != null || competencyDepth != null;
    }
}
