package org.pathway.web.people;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.pathway.people.PeopleFile;
import org.pathway.people.PeopleImport;
import org.pathway.security.PathwayUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Bulk import of employees and evidence (admins, by URL) from CSV or an XLSX workbook (its first sheet): all rows or
 * none, with a dry run. CSV is read as it arrives (UTF-8 unless the request says otherwise), never held whole as text.
 */
@RestController
class ImportController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final PeopleImport importer;

    ImportController(PeopleImport importer) {
        this.importer = importer;
    }

    @PostMapping(path = "/api/admin/import/evidence", consumes = "text/csv")
    PeopleImport.Result evidence(HttpServletRequest request, @RequestParam(defaultValue = "false") boolean dryRun,
            @AuthenticationPrincipal PathwayUser user) throws IOException {
        return importer.evidence(PeopleFile.csv(request.getReader()), dryRun, user.username());
    }

    @PostMapping(path = "/api/admin/import/evidence", consumes = XLSX)
    PeopleImport.Result evidenceWorkbook(HttpServletRequest request,
            @RequestParam(defaultValue = "false") boolean dryRun, @RequestParam(defaultValue = "evidence.xlsx") String file,
            @AuthenticationPrincipal PathwayUser user) throws IOException {
        return importer.evidence(PeopleFile.xlsx(file, request.getInputStream()), dryRun, user.username());
    }

    @PostMapping(path = "/api/admin/import/employees", consumes = "text/csv")
    PeopleImport.Result employees(HttpServletRequest request, @RequestParam(defaultValue = "false") boolean dryRun,
            @AuthenticationPrincipal PathwayUser user) throws IOException {
        return importer.employees(PeopleFile.csv(request.getReader()), dryRun, user.username());
    }

    @PostMapping(path = "/api/admin/import/employees", consumes = XLSX)
    PeopleImport.Result employeesWorkbook(HttpServletRequest request,
            @RequestParam(defaultValue = "false") boolean dryRun,
            @RequestParam(defaultValue = "employees.xlsx") String file, @AuthenticationPrincipal PathwayUser user)
            throws IOException {
        return importer.employees(PeopleFile.xlsx(file, request.getInputStream()), dryRun, user.username());
    }

    @PostMapping(path = "/api/admin/import/characteristics", consumes = "text/csv")
    PeopleImport.Result characteristics(HttpServletRequest request,
            @RequestParam(defaultValue = "false") boolean dryRun, @AuthenticationPrincipal PathwayUser user)
            throws IOException {
        return importer.characteristics(PeopleFile.csv(request.getReader()), dryRun, user.username());
    }

    @PostMapping(path = "/api/admin/import/characteristics", consumes = XLSX)
    PeopleImport.Result characteristicsWorkbook(HttpServletRequest request,
            @RequestParam(defaultValue = "false") boolean dryRun,
            @RequestParam(defaultValue = "characteristics.xlsx") String file, @AuthenticationPrincipal PathwayUser user)
            throws IOException {
        return importer.characteristics(PeopleFile.xlsx(file, request.getInputStream()), dryRun, user.username());
    }
}
