package org.pathway.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Each role's main task in a real browser (Debian's headless Chromium, driven by Selenium), and each role kept out of
 * the others' pages; screenshots of every main page go to target/screenshots. Skipped, saying so, where Chromium and
 * its driver are not installed (.ci/run installs them).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target/screenshots");

    private static final Dimension LAPTOP = new Dimension(1280, 1600);
    private static final Dimension PHONE = new Dimension(390, 1600);

    /** axe-core from its WebJar, injected into each page checked. */
    private static String AXE;

    private static WebDriver browser;

    @LocalServerPort
    private int port;

    @Autowired
    private JdbcTemplate database;

    @BeforeAll
    static void startBrowser() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
                "browser tests skipped: install Debian's chromium and chromium-driver to run them");
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--no-first-run", "--window-size=1280,1600",
                        "--user-data-dir=" + Files.createTempDirectory("pathway-chromium"));
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build(),
                options);
        browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        try (var axe = BrowserTest.class.getResourceAsStream("/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js")) {
            AXE = new String(axe.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    private void signIn(String user) {
        browser.manage().deleteAllCookies();
        open("/login");
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys("pathway-demo");
        submit(browser.findElement(By.cssSelector("form button[type=submit]")));
    }

    /** Clicks something that loads a new page and waits until the new page has loaded. */
    private void submit(WebElement control) {
        JavascriptExecutor script = (JavascriptExecutor) browser;
        script.executeScript("window.pathwayPreviousPage = true;");
        control.click();
        new WebDriverWait(browser, Duration.ofSeconds(60)).ignoring(WebDriverException.class).until(driver ->
                Boolean.TRUE.equals(script.executeScript(
                        "return window.pathwayPreviousPage === undefined && document.readyState === 'complete';")));
    }

    private String page() {
        return browser.findElement(By.tagName("body")).getText();
    }

    private void screenshot(String name) throws Exception {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * The page as it stands, at laptop then phone width: no serious or critical axe-core violation at either, nothing
     * wider than the phone's screen, every table cell labelled with its column at phone width (tables become cards), and a screenshot of each ({@code name}-laptop.png, {@code name}-phone.png).
     */
    private void checkAtBothWidths(String name) throws Exception {
        try {
            for (Dimension size : List.of(LAPTOP, PHONE)) {
                browser.manage().window().setSize(size);
                String width = size == LAPTOP ? "laptop" : "phone";
                assertThat(seriousAccessibilityViolations()).as(name + " at " + width + " width").isEmpty();
                if (size == PHONE) {
                    Object wide = ((JavascriptExecutor) browser).executeScript("""
                            return [...document.querySelectorAll('main *')]
                                .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
                                .slice(0, 5).map(e => e.tagName + '.' + e.className + ' '
                                    + Math.round(e.getBoundingClientRect().right)).join('; ');""");
                    assertThat((String) wide).as(name + ": elements wider than a phone's screen").isEmpty();
                    Object unlabelled = ((JavascriptExecutor) browser).executeScript("""
                            return [...document.querySelectorAll('main table td:not([data-label])')]
                                .slice(0, 3).map(td => td.closest('table').querySelector('caption')?.textContent
                                    + ': ' + td.textContent.trim()).join('; ');""");
                    assertThat((String) unlabelled).as(name + ": table cells without their label at phone width")
                            .isEmpty();
                }
                screenshot(name + "-" + width);
            }
        } finally {
            browser.manage().window().setSize(LAPTOP);
        }
    }

    /** axe-core's serious and critical violations on the page, each with the first places it occurs. */
    @SuppressWarnings("unchecked")
    private List<String> seriousAccessibilityViolations() {
        JavascriptExecutor script = (JavascriptExecutor) browser;
        script.executeScript(AXE);
        return (List<String>) script.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, { resultTypes: ['violations'] }).then(results => done(results.violations
                    .filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => v.impact + ' ' + v.id + ': ' + v.help + ' at '
                        + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', '))));""");
    }

    /** Hannah's score for Service Manager before her manager validates her new evidence. */
    private static int scoreBeforeValidation;

    /**
     * Three of the four Level 2 commercial behaviours, each seen on two days: self-recorded evidence weighs 0.5 under
     * the policy, so two validated observations demonstrate a behaviour, and three of four meet the level.
     */
    private static final String[] COMMERCIAL_BEHAVIOURS = {"achieving-commercial-outcomes.level-2.01",
        "achieving-commercial-outcomes.level-2.01", "achieving-commercial-outcomes.level-2.02",
        "achieving-commercial-outcomes.level-2.02", "achieving-commercial-outcomes.level-2.03",
        "achieving-commercial-outcomes.level-2.03"};

    private int score() {
        Matcher score = Pattern.compile("score (\\d+)/100").matcher(browser.findElement(By.id("verdict")).getText());
        assertThat(score.find()).as("the verdict heading shows a score").isTrue();
        return Integer.parseInt(score.group(1));
    }

    private void record(String competency, String behaviour, String observed, String example) {
        new Select(browser.findElement(By.id("competencyId"))).selectByValue(competency);
        new Select(browser.findElement(By.id("indicatorId"))).selectByValue(behaviour);
        browser.findElement(By.id("observedOn")).sendKeys(observed);
        browser.findElement(By.id("example")).clear();
        browser.findElement(By.id("example")).sendKeys(example);
        submit(browser.findElement(By.cssSelector("#record button")));
    }

    /** The words under a competency's gap, or "" when it is not a gap. */
    private String gapWords(String competency) {
        return browser.findElements(By.xpath("//div[@class='gap'][h3[text()='" + competency + "']]")).stream()
                .map(WebElement::getText).findFirst().orElse("");
    }

    @Test
    @Order(1)
    void anEmployeeSeesTheirVerdictRecordsEvidenceAndPlans() throws Exception {
        browser.manage().deleteAllCookies();
        open("/me?target=service-manager");
        browser.findElement(By.id("username")).sendKeys("hannah");
        browser.findElement(By.id("password")).sendKeys("pathway-demo");
        submit(browser.findElement(By.cssSelector("form button[type=submit]")));
        assertThat(browser.getCurrentUrl()).as("the deep link survives signing in").endsWith("/me?target=service-manager");

        assertThat(page()).contains("Readiness for Service Manager", "Behaviours to show", "My promotion paths");
        assertThat(gapWords("Achieving commercial outcomes"))
                .as("the gap says what its level needs and what would complete each behaviour, in the rules' figures")
                .containsPattern("Level 2 - Service Managers needs 3 of these 4 behaviours; you have shown [012]\\.")
                .contains("self-recorded evidence counts half");
        scoreBeforeValidation = score();

        new Select(browser.findElement(By.id("competencyId"))).selectByValue("achieving-commercial-outcomes");
        assertThat(browser.findElements(By.cssSelector("#indicatorId option")).stream()
                .filter(WebElement::isEnabled).map(o -> o.getAttribute("value")))
                .as("the behaviours offered are the chosen competency's").isNotEmpty()
                .allMatch(v -> v.startsWith("achieving-commercial-outcomes."));
        assertThat(new Select(browser.findElement(By.id("indicatorId"))).getFirstSelectedOption().getText())
                .startsWith("Level ");

        for (int i = 0; i < COMMERCIAL_BEHAVIOURS.length; i++) {
            // each behaviour seen on two occasions: the same observation recorded twice would count once
            record("achieving-commercial-outcomes", COMMERCIAL_BEHAVIOURS[i], i % 2 == 0 ? "01/10/2026" : "08/10/2026",
                    "Costed the depot options appraisal, part " + (i + 1) + ".");
            assertThat(page()).contains("Your evidence is recorded", "Costed the depot options appraisal, part " + (i + 1));
        }
        record("achieving-commercial-outcomes", "achieving-commercial-outcomes.level-2.04", "09/10/2026",
                "Priced the garden waste round.");
        assertThat(score()).as("claimed evidence does not count until validated").isEqualTo(scoreBeforeValidation);
        assertThat(page()).contains("Self-recorded", "Awaiting validation").doesNotContain("SELF", "CLAIMED");

        record("achieving-commercial-outcomes", "achieving-commercial-outcomes.level-2.04", "01/10/2099",
                "Not yet happened.");
        assertThat(browser.findElement(By.id("observedOn-error")).getText()).contains("Give a date no later than today");
        assertThat(browser.findElement(By.id("example")).getAttribute("value")).as("what she typed is kept")
                .isEqualTo("Not yet happened.");
        assertThat(browser.findElement(By.id("my-evidence")).isDisplayed()).isTrue();
        assertThat(browser.findElements(By.xpath("//tr[td[contains(., 'Not yet happened.')]]"))).isEmpty();
        checkAtBothWidths("employee-form-error");

        open("/me?target=service-manager");
        submit(browser.findElement(By.cssSelector("#replan button")));
        assertThat(browser.getCurrentUrl()).as("a role she is ready for is not planned").doesNotContain("plan=");
        assertThat(browser.findElement(By.id("ready-for")).getText())
                .startsWith("You are ready for Service Manager now, so there is nothing to plan for it.");

        browser.findElement(By.id("budget")).clear();
        browser.findElement(By.id("budget")).sendKeys("99999999999");
        browser.findElement(By.id("hours")).clear();
        browser.findElement(By.id("hours")).sendKeys("200");
        submit(browser.findElement(By.cssSelector("#replan button")));
        assertThat(browser.findElement(By.id("budget-error")).getText())
                .contains("Give a budget in whole pounds from £0 to £100,000.");
        assertThat(browser.findElement(By.id("hours-error")).getText())
                .contains("no more than your contracted 37 hours");
        assertThat(browser.findElement(By.id("budget")).getAttribute("value")).isEqualTo("99999999999");
        assertThat(browser.findElements(By.id("plan"))).isEmpty();
        checkAtBothWidths("employee-plan-error");

        // on a phone the verdict, the gaps, the evidence and the plan are each one tap from the top
        browser.manage().window().setSize(PHONE);
        try {
            open("/me?target=service-manager");
            WebElement jump = browser.findElement(By.cssSelector("nav.jump"));
            assertThat(jump.getRect().getY()).as("the contents list is near the top").isLessThan(600);
            List<String> targets = jump.findElements(By.tagName("a")).stream()
                    .map(a -> a.getAttribute("href").replaceFirst(".*#", "")).toList();
            assertThat(targets).contains("verdict", "gaps", "my-evidence", "development");
            targets.forEach(id -> assertThat(browser.findElements(By.id(id))).as("#" + id).hasSize(1));
            browser.findElement(By.linkText("My plan")).click();
            assertThat(browser.findElement(By.id("development")).getRect().getY()
                    - ((Number) ((JavascriptExecutor) browser).executeScript("return window.scrollY;")).intValue())
                    .as("the plan is in view after one tap").isBetween(-5, PHONE.getHeight() - 100);
        } finally {
            browser.manage().window().setSize(LAPTOP);
        }
    }

    @Test
    @Order(2)
    void aManagerValidatesTheEvidenceAndTheEmployeeSeesWhatChanged() throws Exception {
        signIn("daniel");
        assertThat(browser.getCurrentUrl()).endsWith("/team");
        assertThat(page()).contains("Evidence awaiting validation", "Costed the depot options appraisal",
                "Achieving commercial outcomes", "Level 2 - Service Managers", "Self-recorded");
        assertThat(browser.findElements(By.cssSelector("button.validate")).stream()
                .map(b -> b.getAttribute("aria-label")))
                .as("each Validate button names the person and the behaviour").isNotEmpty()
                .allMatch(label -> label.matches("Validate .+'s evidence of .+"));
        checkAtBothWidths("manager");
        for (int i = 1; i <= COMMERCIAL_BEHAVIOURS.length; i++) {
            submit(browser.findElement(By.xpath("//tr[td[contains(., 'Costed the depot options appraisal, part " + i
                    + "')]]//button[text()='Validate']")));
            assertThat(page()).contains("Decision recorded").doesNotContain("appraisal, part " + i + ".");
        }
        WebElement garden = browser.findElement(By.xpath("//tr[td[contains(., 'Priced the garden waste round.')]]"));
        garden.findElement(By.name("reason")).sendKeys("I did not see this; let us talk it through.");
        submit(garden.findElement(By.xpath(".//button[text()='Reject']")));
        assertThat(page()).contains("Decision recorded");

        record("making-effective-decisions", "making-effective-decisions.level-2.01", "02/10/2026",
                "Chaired the depot relocation decision with clear options.");
        assertThat(page()).contains("is recorded; it counts as you recorded it");

        signIn("hannah");
        open("/me?target=service-manager");
        assertThat(browser.findElement(By.xpath("//tr[td[contains(., 'appraisal, part 1')]]")).getText())
                .contains("Validated", "Daniel");
        assertThat(browser.findElement(By.xpath("//tr[td[contains(., 'Priced the garden waste round.')]]")).getText())
                .contains("Rejected", "Daniel", "Reason: I did not see this; let us talk it through.");
        assertThat(gapWords("Achieving commercial outcomes")).as("the commercial level is met now").isEmpty();
        assertThat(score()).isGreaterThan(scoreBeforeValidation);
        assertThat(browser.findElement(By.id("gaps")).isDisplayed()).isTrue();
        assertThat(browser.findElements(By.cssSelector("div.gap p.progress")).stream().map(WebElement::getText))
                .as("what is still needed, in words").isNotEmpty().allMatch(words -> words.contains(" needs "));

        // she plans for the role above, saves the plan and marks its first activity done
        open("/me?target=head-of-service");
        browser.findElement(By.id("budget")).clear();
        browser.findElement(By.id("budget")).sendKeys("1500");
        submit(browser.findElement(By.cssSelector("#replan button")));
        assertThat(browser.getCurrentUrl()).as("the form starts a plan job and the page follows it: " + page())
                .contains("plan=");
        try {
            new WebDriverWait(browser, Duration.ofSeconds(180)).ignoring(WebDriverException.class)
                    .until(driver -> !driver.findElements(By.cssSelector("#plan, #development ~ .error")).isEmpty());
        } catch (org.openqa.selenium.TimeoutException e) {
            screenshot("employee-plan-timeout");
            throw new AssertionError("no plan after 180 s at " + browser.getCurrentUrl() + ": " + page(), e);
        }
        assertThat(browser.findElements(By.id("plan"))).as(page()).hasSize(1);
        assertThat(browser.findElement(By.id("plan")).getText()).contains("activities", "projected readiness");
        checkAtBothWidths("employee");
        WebElement axis = browser.findElement(By.cssSelector("#plan .gantt-axis"));
        assertThat(axis.findElements(By.className("gantt-month"))).as("a time axis in months").hasSizeGreaterThan(9);
        assertThat(browser.findElement(By.cssSelector("#plan .gantt")).getText()).containsPattern("£[0-9,]+");
        submit(browser.findElement(By.cssSelector("#save-plan button")));
        assertThat(page()).contains("Your plan is saved.", "The plan you saved, for Head of Service",
                "Saved by Hannah Whitworth on");
        checkAtBothWidths("employee-saved-plan");
        browser.manage().window().setSize(PHONE);
        try {
            assertThat(browser.findElements(By.cssSelector("#saved-plan .gantt-label .meta")))
                    .as("each activity's dates and cost are written out on a phone").isNotEmpty()
                    .allSatisfy(cost -> {
                        assertThat(cost.isDisplayed()).isTrue();
                        assertThat(cost.getText()).containsPattern("\\d{1,2} [A-Z][a-z]{2} \\d{4} to .*, £[0-9,]+");
                    });
        } finally {
            browser.manage().window().setSize(LAPTOP);
        }
        activityDone = browser.findElement(By.cssSelector("#saved-plan .gantt-label strong")).getText();
        // an activity is marked done from the day it starts: as if that day had come for the first
        database.update("update development_plan_step set starts_on = current_date where position = 0 and plan_id ="
                + " (select id from development_plan where employee_id = 'am-ready-now' order by saved_at desc limit 1)");
        browser.navigate().refresh();
        submit(browser.findElement(By.cssSelector("#saved-plan button.mark-done")));
        assertThat(page()).contains("Marked done. Your completion is recorded as evidence of",
                "Completed " + activityDone);
        assertThat(browser.findElement(By.xpath("//tr[td[contains(., 'Completed " + activityDone + "')]]")).getText())
                .contains("Completed activity", "Awaiting validation");
        assertThat(browser.findElement(By.cssSelector("#saved-plan .done")).getText()).startsWith("Done on ");
        checkAtBothWidths("employee-activity-done");

        signIn("daniel");
        assertThat(browser.findElement(By.xpath("//tr[td[contains(., 'Completed " + activityDone + "')]]")).getText())
                .as("the completed activity waits in her manager's queue").contains("Hannah", "Completed activity");
        checkAtBothWidths("manager-activity-queue");
    }

    /** The title of the plan activity Hannah marks done. */
    private static String activityDone;

    @Test
    @Order(3)
    void learningAndDevelopmentSeeTheTrainingNeedsHeatmap() throws Exception {
        signIn("lnd");
        assertThat(browser.getCurrentUrl()).endsWith("/training-needs");
        WebElement heatmap = browser.findElement(By.cssSelector("table.heatmap"));
        assertThat(heatmap.getText()).contains("Place");
        assertThat(heatmap.findElements(By.cssSelector("tbody td")).stream().map(WebElement::getText))
                .as("the heatmap shows the need in each unit").anyMatch(cell -> cell.matches("\\d+"));
        assertThat(browser.findElement(By.partialLinkText("Download CSV")).getAttribute("href"))
                .contains("/training-needs.csv");
        checkAtBothWidths("training-needs");

        new Select(browser.findElement(By.id("unit"))).selectByValue("Place");
        submit(browser.findElement(By.xpath("//button[text()='Show']")));
        browser.findElement(By.id("budget")).clear();
        browser.findElement(By.id("budget")).sendKeys("15000");
        submit(browser.findElement(By.cssSelector("#cohort button")));
        assertThat(browser.getCurrentUrl()).as("the form starts a cohort job and the page follows it").contains("plan=");
        new WebDriverWait(browser, Duration.ofSeconds(180)).ignoring(WebDriverException.class)
                .until(driver -> !driver.findElements(By.cssSelector(".cohort-plan")).isEmpty());
        WebElement plan = browser.findElement(By.cssSelector(".cohort-plan"));
        assertThat(plan.getText()).containsPattern("\\d+ of \\d+ needs met").contains("available to it", "Sessions that run");
        assertThat(plan.findElements(By.cssSelector("table tbody tr"))).isNotEmpty();
        assertThat(browser.findElement(By.id("cohort-total")).getText()).contains("of the £15,000 budget");
        checkAtBothWidths("cohort-plan");
    }

    @Test
    @Order(4)
    void aWorkforcePlannerSeesThePipelineAndACandidatesExplanation() throws Exception {
        signIn("planner");
        assertThat(page()).contains("Bench strength per role", "Head of Service");
        checkAtBothWidths("succession");
        submit(browser.findElement(By.cssSelector("ol li a")));
        assertThat(page()).contains("score", "Each requirement", "Now ");
        checkAtBothWidths("candidate");

        open("/succession/am-ready-1-2?role=officer");
        assertThat(page()).as("a record outside the pipeline stays closed to the planner").contains("Not found");
    }

    @Test
    @Order(4)
    void anHrAnalystSeesWhichGapsExceedTheFourFifthsRuleAndWhyAndTheEvidenceQuality() throws Exception {
        signIn("analyst");
        assertThat(browser.getCurrentUrl()).endsWith("/equality");
        assertThat(page()).contains("Gaps beyond the four-fifths rule", "Sex", "Disability", "fewer than 10 or withheld")
                .contains("of the rate of the most favoured group");
        assertThat(browser.findElement(By.partialLinkText("Download CSV")).getAttribute("href")).contains("/equality.csv");
        checkAtBothWidths("equality");
        new Select(browser.findElement(By.id("unit"))).selectByVisibleText("Place/Housing");
        submit(browser.findElement(By.xpath("//form[@action='/equality']//button")));
        assertThat(browser.getCurrentUrl()).as("the unit is picked from those that exist").contains("unit=Place%2FHousing");
        assertThat(new Select(browser.findElement(By.id("unit"))).getFirstSelectedOption().getText())
                .isEqualTo("Place/Housing");
        open("/evidence-quality");
        assertThat(page()).contains("Evidence quality", "By manager", "recency window");
        checkAtBothWidths("evidence-quality");
    }

    @Test
    @Order(5)
    void anAdminReloadsTheRules() throws Exception {
        signIn("admin");
        submit(browser.findElement(By.xpath("//button[text()='Reload the rules']")));
        assertThat(browser.findElement(By.id("reload-result")).getText()).contains("Rules reloaded");
        checkAtBothWidths("admin");
    }

    @Test
    @Order(7)
    void thePublicPagesAndSigningOutAreAccessibleAtBothWidths() throws Exception {
        signIn("hannah");
        submit(browser.findElement(By.cssSelector(".signout button")));
        assertThat(page()).as("signing out says so").contains("You have signed out.");
        checkAtBothWidths("signed-out");
        open("/frameworks");
        checkAtBothWidths("frameworks");
        open("/frameworks/ashfield-mansfield");
        assertThat(page()).contains("role tiers").doesNotContain("ROLE_TIER");
        checkAtBothWidths("framework");
        assertThat(((JavascriptExecutor) browser).executeScript(
                "return fetch('/favicon.ico').then(r => r.status + ' ' + r.headers.get('content-type'));"))
                .asString().startsWith("200 image/");
    }

    @Test
    @Order(6)
    void noRoleReachesAnotherRolesPages() {
        Map<String, List<String>> forbidden = Map.of(
                "hannah", List.of("/team", "/training-needs", "/succession", "/admin"),
                "daniel", List.of("/training-needs", "/succession", "/admin"),
                "lnd", List.of("/me", "/team", "/succession", "/admin"),
                "planner", List.of("/me", "/team", "/training-needs", "/admin"),
                "admin", List.of("/me", "/team", "/equality"),
                "analyst", List.of("/me", "/team", "/succession", "/training-needs", "/admin"));
        forbidden.forEach((user, paths) -> {
            signIn(user);
            for (String path : paths) {
                open(path);
                assertThat(page()).as(user + " opening " + path).contains("Forbidden: this page is not open to your role");
            }
        });
    }

    /**
     * The admin uploads a framework workbook on the page and sees its preview, ready to publish (publishing itself is
     * in FrameworkPublishingTest, on a database of its own: this one is shared); a file over the limit is refused by the
     * real server's multipart reader with the "too large" page.
     */
    @Test
    @Order(8)
    void anAdminUploadsAFrameworkWorkbookAndSeesItsPreview() throws Exception {
        Path workbook = Files.createTempFile("slough", ".xlsx");
        Path huge = Files.createTempFile("huge", ".xlsx");
        java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                "http://localhost:" + port + "/frameworks/slough-leadership/export?format=xlsx")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofFile(workbook));
        Files.write(huge, new byte[3 * 1024 * 1024]);
        signIn("admin");
        open("/admin/frameworks");

        browser.findElement(By.id("file")).sendKeys(workbook.toString());
        submit(browser.findElement(By.xpath("//button[text()='Upload and check']")));

        assertThat(browser.findElement(By.id("draft-preview")).getText()).contains(
                "Preview: Leadership Job Family Competency and Behavioural Framework",
                "15 competencies, 158 indicators, 3 role profiles from the file",
                "Publishing replaces the framework in use with this id.");
        assertThat(browser.findElements(By.xpath("//button[text()='Publish']"))).hasSize(1);
        checkAtBothWidths("framework-preview");
        open("/admin/policy");
        checkAtBothWidths("policy");

        open("/admin/frameworks");
        browser.findElement(By.id("file")).sendKeys(huge.toString());
        submit(browser.findElement(By.xpath("//button[text()='Upload and check']")));

        assertThat(page()).contains("That file is too large", "Nothing was read or changed");
    }

    @Test
    @Order(9)
    void anAdminAcceptsASuggestedCrosswalkLinkAndAPlannerSeesTheMerger() throws Exception {
        signIn("admin");
        open("/admin/crosswalks?from=cherwell-south-northants&to=cambridge-city");
        assertThat(page()).contains("Customer Focus", "Customer Service & Support", "Suggested");
        checkAtBothWidths("crosswalks");
        submit(browser.findElement(By.cssSelector(
                "button[aria-label='Accept the link from Customer Focus to Customer Service & Support']")));
        assertThat(browser.findElement(By.id("link-customer-focus--customer-service-and-support")).getText())
                .contains("Agreed", "by admin");
        assertThat(browser.findElement(By.id("agreed-count")).getText()).startsWith("1 link agreed");

        signIn("planner");
        open("/merger");
        browser.findElement(By.id("w-cherwell-south-northants")).click();
        browser.findElement(By.id("w-cambridge-city")).click();
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("into"))).selectByValue("cambridge-city");
        submit(browser.findElement(By.cssSelector("form[action$='/merger'] button[type='submit']")));
        new WebDriverWait(browser, Duration.ofSeconds(90)).ignoring(WebDriverException.class)
                .until(driver -> driver.getPageSource().contains("Training needs of the merged council"));
        assertThat(browser.getCurrentUrl()).matches(".*/merger/[0-9a-f-]{36}$");
        assertThat(page()).contains("Merged into", "Keep", "Training needs of the merged council");
        checkAtBothWidths("merger");
    }
}
