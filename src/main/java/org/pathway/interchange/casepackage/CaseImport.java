package org.pathway.interchange.casepackage;

import java.time.OffsetDateTime;
import java.util.List;
import org.pathway.dataset.DatasetProblem;
import org.pathway.interchange.ImportedFramework;

/**
 * The outcome of reading a CASE package that is well formed: either a framework that passed every dataset check, or,
 * when the package does not say something Pathway needs, a draft listing what is missing (and which option supplies
 * it) with the outline as read, so nothing is guessed.
 */
public sealed interface CaseImport {

    /**
     * @param lastChanged the CFDocument's lastChangeDateTime (UTC when it gives no zone), or null if it has none
     */
    record Imported(ImportedFramework imported, OffsetDateTime lastChanged) implements CaseImport {
    }

    /** Not a framework yet: {@code missing} says in words what the package does not state, each at its place. */
    record Draft(String title, List<OutlineEntry> outline, List<DatasetProblem> missing) implements CaseImport {

        public Draft {
            outline = List.copyOf(outline);
            missing = List.copyOf(missing);
        }
    }

    /** One item of a draft's outline, for a preview: its depth (1 = under the document), type and name. */
    record OutlineEntry(String identifier, int depth, String itemType, String name) {
    }
}
