package org.pathway.people;

import java.io.InputStream;
import java.io.Reader;
import java.util.List;
import org.pathway.problem.InvalidRequestException;

/**
 * An HR file of employees or evidence: CSV with a header line, or an XLSX workbook whose first sheet has a header row.
 * Reading it adds a problem for each thing wrong with the file itself (a missing column, a file that is not what it
 * claims) and gives the rows to check.
 */
@FunctionalInterface
public interface PeopleFile {

    List<ImportRow> rows(List<String> required, List<InvalidRequestException.FieldError> errors);

    static PeopleFile csv(Reader csv) {
        return (required, errors) -> CsvRows.parse(csv, required, errors);
    }

    /** @param name the file's name, for problems */
    static PeopleFile xlsx(String name, InputStream in) {
        return (required, errors) -> XlsxRows.parse(name, in, required, errors);
    }
}
