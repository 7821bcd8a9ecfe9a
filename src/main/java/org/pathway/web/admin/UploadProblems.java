package org.pathway.web.admin;

import java.util.List;
import org.pathway.dataset.DatasetProblem;
import org.pathway.problem.InvalidRequestException;
import org.pathway.publishing.FrameworkDraft;

/** A draft's problems as the error contract names them: the place in the file (sheet, row, column or JSON pointer). */
final class UploadProblems {

    private UploadProblems() {
    }

    static List<InvalidRequestException.FieldError> of(FrameworkDraft draft) {
        return draft.problems().stream().map(UploadProblems::error).toList();
    }

    private static InvalidRequestException.FieldError error(DatasetProblem problem) {
        return new InvalidRequestException.FieldError(problem.pointer().isEmpty() ? problem.file()
                : problem.file() + " at " + problem.pointer(), problem.message());
    }
}
