package org.pathway.web.people;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.pathway.people.CsvImport;
import org.pathway.security.PathwayUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Bulk import of employees and evidence from CSV (admins, by URL): all rows or none, with a dry run. The file is read
 * as it arrives (UTF-8 unless the request says otherwise), never held whole as text.
 */
@RestController
class ImportController {

    private final CsvImport importer;

    ImportController(CsvImport importer) {
        this.importer = importer;
    }

    @PostMapping(path = "/api/admin/import/evidence", consumes = "text/csv")
    CsvImport.Result evidence(HttpServletRequest request, @RequestParam(defaultValue = "false") boolean dryRun,
            @AuthenticationPrincipal PathwayUser user) throws IOException {
        return importer.evidence(request.getReader(), dryRun, user.username());
    }

    @PostMapping(path = "/api/admin/import/employees", consumes = "text/csv")
    CsvImport.Result employees(HttpServletRequest request, @RequestParam(defaultValue = "false") boolean dryRun,
            @AuthenticationPrincipal PathwayUser user) throws IOException {
        return importer.employees(request.getReader(), dryRun, user.username());
    }
}
