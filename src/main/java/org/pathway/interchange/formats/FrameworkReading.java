package org.pathway.interchange.formats;

import java.util.List;
import org.pathway.dataset.DatasetProblem;
import org.pathway.interchange.ImportedFramework;
import org.pathway.interchange.casepackage.CaseImport;

/** What reading a framework file gave: a framework ready to use, or what the file does not say, with its outline. */
public sealed interface FrameworkReading {

    record Ready(ImportedFramework imported) implements FrameworkReading {
    }

    /** A CASE package that leaves out what Pathway needs: each missing thing in words, at its place. */
    record Incomplete(String title, List<CaseImport.OutlineEntry> outline, List<DatasetProblem> missing)
            implements FrameworkReading {
    }
}
