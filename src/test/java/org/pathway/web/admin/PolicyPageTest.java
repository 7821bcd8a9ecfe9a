package org.pathway.web.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.pathway.policy.PolicyFile;
import org.pathway.rules.RuleFolder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The "done when", on the pages: an HR admin changes the recency window from 36 to 24 months in the form,
 * sees which people would change verdict and why, publishes it with a reason, finds new verdicts stamped with the new
 * version, compares it with the old one and rolls it back. Its own database and copy of the rules.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PolicyPageTest {

    private static final Path RULES = copyOfRules();

    @DynamicPropertySource
    static void ownDatabaseAndRules(DynamicPropertyRegistry properties) {
        properties.add("spring.datasource.url", () -> "jdbc:h2:mem:policy-page-test;DB_CLOSE_DELAY=-1");
        properties.add("pathway.rules", RULES::toString);
        properties.add("pathway.policy", () -> PolicyFile.of(RULES).toString());
    }

    @Autowired
    private MockMvcTester mvc;

    @Autowired
    private UserDetailsService users;

    @Test
    void anAdminChangesTheRecencyWindowSeesWhoChangesPublishesAndRollsBack() {
        String page = text(mvc.get().uri("/admin/policy").with(admin()).exchange());
        assertThat(page).contains("Recency window (months)",
                "Allowed: a whole number from 1 to 120. Pathway&#39;s default: 36.",
                "name=\"/recencyMonths\" value=\"36\"", "In force: <strong>version 1");

        MultiValueMap<String, String> form = formOf(page);
        form.set("/recencyMonths", "24");
        String preview = text(mvc.post().uri("/admin/policy/preview").with(admin()).with(csrf()).params(form)
                .exchange());
        assertThat(preview).contains("Recency window (months)</th>", "id=\"people\"", "id=\"publish-form\"");
        assertThat(preview).containsPattern("<td[^>]*>36</td><td[^>]*>24</td>");
        assertThat(preview).containsPattern("<th scope=\"row\">[A-Z_0-9]+ -&gt; [A-Z_0-9]+</th>");

        MultiValueMap<String, String> publish = new LinkedMultiValueMap<>();
        publish.add("proposal", hidden(preview, "proposal"));
        publish.add("basedOn", "1");
        publish.add("reason", "Evidence older than two years no longer reflects practice");
        assertThat(mvc.post().uri("/admin/policy/publish").with(admin()).with(csrf()).params(publish))
                .hasStatus(302).headers().hasValue("Location", "/admin/policy");

        String after = text(mvc.get().uri("/admin/policy").with(admin()).exchange());
        assertThat(after).contains("In force: <strong>version 2", "Evidence older than two years no longer reflects"
                + " practice", "name=\"/recencyMonths\" value=\"24\"");
        String comparison = text(mvc.get().uri("/admin/policy/versions/2?compareWith=1").with(admin()).exchange());
        assertThat(comparison).as("a form changes the lines of the values changed, not the layout")
                .doesNotContain("+  &quot;redFlagMonths&quot;").containsPattern("<td[^>]*>36</td><td[^>]*>24</td>")
                .contains("-  &quot;recencyMonths&quot;: 36,",
                "+  &quot;recencyMonths&quot;: 24,");

        MultiValueMap<String, String> restore = new LinkedMultiValueMap<>();
        restore.add("basedOn", "2");
        restore.add("reason", "Rolled back after the pilot");
        assertThat(mvc.post().uri("/admin/policy/versions/1/restore").with(admin()).with(csrf()).params(restore))
                .hasStatus(302);
        assertThat(text(mvc.get().uri("/admin/policy").with(admin()).exchange()))
                .contains("In force: <strong>version 3", "restores version 1: Rolled back after the pilot",
                        "name=\"/recencyMonths\" value=\"36\"");
    }

    @Test
    void aPublicationBasedOnAnOldVersionIsRefusedOnThePageAndNothingChanges() {
        String page = text(mvc.get().uri("/admin/policy").with(admin()).exchange());
        Matcher inForce = Pattern.compile("In force: <strong>version (\\d+)").matcher(page);
        assertThat(inForce.find()).isTrue();
        MultiValueMap<String, String> publish = new LinkedMultiValueMap<>();
        publish.add("proposal", "{}");
        publish.add("basedOn", String.valueOf(Long.parseLong(inForce.group(1)) - 1));
        publish.add("reason", "stale");

        String refused = text(mvc.post().uri("/admin/policy/publish").with(admin()).with(csrf()).params(publish)
                .exchange());

        assertThat(refused).contains("id=\"conflict\"", "preview the proposal again",
                "In force: <strong>version " + inForce.group(1));
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor admin() {
        return user(users.loadUserByUsername("admin"));
    }

    /** Every text input and ticked checkbox of the policy form, as a browser would post it. */
    private static MultiValueMap<String, String> formOf(String page) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        String policyForm = page.substring(page.indexOf("id=\"policy-form\""), page.indexOf("</form>",
                page.indexOf("id=\"policy-form\"")));
        Matcher inputs = Pattern.compile("<input type=\"(text|checkbox)\" name=\"([^\"]+)\" value=\"([^\"]*)\"([^>]*)>")
                .matcher(policyForm);
        while (inputs.find()) {
            if (inputs.group(1).equals("text") || inputs.group(4).contains("checked")) {
                form.add(inputs.group(2), inputs.group(3).replace("&quot;", "\""));
            }
        }
        return form;
    }

    private static String hidden(String page, String name) {
        Matcher hidden = Pattern.compile("<input type=\"hidden\" name=\"" + name + "\" value=\"([^\"]*)\"",
                Pattern.DOTALL).matcher(page);
        assertThat(hidden.find()).isTrue();
        return hidden.group(1).replace("&quot;", "\"").replace("&#10;", "\n").replace("&amp;", "&");
    }

    private static String text(MvcTestResult result) {
        assertThat(result).hasStatusOk();
        try {
            return result.getResponse().getContentAsString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path copyOfRules() {
        try {
            Path rules = Files.createTempDirectory("pathway-policy-page-rules");
            RuleFolder.copyTo(rules);
            return rules;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
