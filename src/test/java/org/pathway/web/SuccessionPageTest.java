package org.pathway.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The succession page as a workforce planner reads it (issue 14, items 15 and 17): a "not yet" count, candidates told
 * apart by their unit, every candidate for a role a page at a time, frameworks by name.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SuccessionPageTest {

    private static final Pattern ALL = Pattern.compile(
            "Showing the best 5 of (\\d+) candidates\\.</span>\\s*<a href=\"(/succession\\?role=[^\"#]+)");

    @Autowired
    private MockMvcTester mvc;

    @Autowired
    private UserDetailsService users;

    @Test
    void everyCandidateForARoleIsListedAPageAtATime() throws Exception {
        String page = body("/succession");
        assertThat(page).contains("<th scope=\"col\">Not yet</th>", "data-label=\"Not yet\"",
                "Leadership Competency Framework").doesNotContain("(ashfield-mansfield)");
        assertThat(page).as("the version named by its number and date, its hash only in the tooltip")
                .containsPattern(">Decided under policy version \\d+ of \\d{1,2} [A-Z][a-z]{2} \\d{4}</p>");
        Matcher all = ALL.matcher(page);
        assertThat(all.find()).as("a role with more candidates than shown offers them all").isTrue();
        int candidates = Integer.parseInt(all.group(1));
        String first = all.group(2).replace("&amp;", "&");

        String listed = body(first);
        int pages = (candidates + 19) / 20;
        assertThat(listed).contains("aria-current=\"page\">Page 1</a>").contains("Page " + pages + "</a>")
                .doesNotContain("Page " + (pages + 1) + "</a>");
        if (pages > 1) {
            assertThat(body(first.replace("page=1", "page=2"))).contains("start=\"21\"",
                    "aria-current=\"page\">Page 2</a>");
        }
    }

    @Test
    void successionRiskCountsSharedSuccessorsFractionallyAndNamesWhenHoldersMayLeave() throws Exception {
        String page = body("/succession?horizonMonths=36");
        assertThat(page).contains("Succession risk", "roles are covered by a successor ready now who is named for no"
                + " other role", "counting a person once for every role they are named for");
        assertThat(page).as("the demo council's leaving dates, in UK words")
                .containsPattern("data-label=\"First leaving\">\\d{1,2} [A-Z][a-z]{2} \\d{4}<");
    }

    private String body(String uri) throws Exception {
        return mvc.get().uri(uri).with(user(users.loadUserByUsername("planner"))).exchange().getResponse()
                .getContentAsString();
    }
}
