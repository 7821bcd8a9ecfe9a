package org.pathway.interchange.casepackage;

import org.pathway.framework.ScaleKind;

/**
 * What the person importing a CASE package says where the package does not: they fill gaps and never override what a
 * package states (a Pathway package states everything). All are optional.
 *
 * @param frameworkId        the imported framework's id; default: the package's Pathway id, else made from its title
 * @param scaleKind          the kind of scale; levels then come from the package's rubric (none for BEHAVIOURAL)
 * @param competencyItemType the CFItemType whose items are the competencies (items above are clusters, below indicators)
 * @param competencyDepth    or: the depth of the competencies in the outline, 1 being the document's children
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
