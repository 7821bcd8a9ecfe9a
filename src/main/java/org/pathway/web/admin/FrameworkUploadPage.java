package org.pathway.web.admin;

import java.io.IOException;
import java.util.UUID;
import org.pathway.framework.Framework;
import org.pathway.framework.ScaleKind;
import org.pathway.interchange.casepackage.CaseImportOptions;
import org.pathway.problem.InputTooLargeException;
import org.pathway.publishing.FrameworkDraft;
import org.pathway.publishing.FrameworkPublishing;
import org.pathway.security.PathwayUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The admin's page for publishing a framework: upload a CASE package or spreadsheet template, see its problems in
 * words or a preview of its outline, then publish it; it then shows in the frameworks browser.
 */
@Controller
class FrameworkUploadPage {

    /** As the API's bodies (RequestSizeLimit) and spring.servlet.multipart.max-file-size. */
    static final long MAX_BYTES = 2L * 1024 * 1024;

    private final FrameworkPublishing publishing;

    FrameworkUploadPage(FrameworkPublishing publishing) {
        this.publishing = publishing;
    }

    @GetMapping("/admin/frameworks")
    String page(Model model) {
        model.addAttribute("maxMegabytes", MAX_BYTES / (1024 * 1024));
        return "pages/framework-upload";
    }

    @PostMapping("/admin/frameworks/upload")
    String upload(@RequestParam("file") MultipartFile file, @RequestParam(required = false) String frameworkId,
            @RequestParam(required = false) ScaleKind scaleKind,
            @RequestParam(required = false) String competencyItemType,
            @RequestParam(required = false) Integer competencyDepth, @AuthenticationPrincipal PathwayUser user,
            Model model) throws IOException {
        if (file.getSize() > MAX_BYTES) {
            throw new InputTooLargeException(MAX_BYTES);
        }
        String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "upload"
                : file.getOriginalFilename();
        FrameworkDraft draft = publishing.upload(name, file.getBytes(), new CaseImportOptions(blankToNull(frameworkId),
                scaleKind, blankToNull(competencyItemType), competencyDepth), user.username());
        model.addAttribute("draft", draft);
        if (draft.framework() != null) {
            model.addAttribute("outline", DraftView.outline(draft.framework()));
        }
        return page(model);
    }

    @PostMapping("/admin/frameworks/drafts/{draftId}/publish")
    String publish(@PathVariable UUID draftId, @AuthenticationPrincipal PathwayUser user) {
        Framework published = publishing.publish(draftId, user.username());
        return "redirect:/frameworks/" + published.id() + "?published";
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
