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
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

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

    private static WebDriver browser;

    @LocalServerPort
    private int port;

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

    @Test
    @Order(1)
    void anEmployeeSeesTheirVerdictRecordsEvidenceAndPlans() throws Exception {
        signIn("hannah");

        assertThat(browser.getCurrentUrl()).endsWith("/me");
        assertThat(page()).contains("Readiness for Service Manager", "Behaviours to show", "My promotion paths");
        scoreBeforeValidation = score();
        for (int i = 0; i < COMMERCIAL_BEHAVIOURS.length; i++) {
            new Select(browser.findElement(By.id("competencyId"))).selectByValue("achieving-commercial-outcomes");
            new Select(browser.findElement(By.id("indicatorId"))).selectByValue(COMMERCIAL_BEHAVIOURS[i]);
            // each behaviour seen on two occasions: the same observation recorded twice would count once
            browser.findElement(By.id("observedOn")).sendKeys(i % 2 == 0 ? "01/10/2026" : "08/10/2026");
            browser.findElement(By.id("example")).sendKeys("Costed the depot options appraisal, part " + (i + 1) + ".");
            submit(browser.findElement(By.cssSelector("#record button")));
            assertThat(page()).contains("Your evidence is recorded", "Costed the depot options appraisal, part " + (i + 1));
        }
        assertThat(score()).as("claimed evidence does not count until validated").isEqualTo(scoreBeforeValidation);

        browser.findElement(By.id("observedOn")).sendKeys("01/10/2099");
        browser.findElement(By.id("example")).sendKeys("Not yet happened.");
        submit(browser.findElement(By.cssSelector("#record button")));
        assertThat(browser.findElement(By.cssSelector("p.error")).getText())
                .isEqualTo("observedOn: expected a date not after today");
        assertThat(page()).doesNotContain("Not yet happened.");

        browser.findElement(By.id("budget")).clear();
        browser.findElement(By.id("budget")).sendKeys("1500");
        submit(browser.findElement(By.cssSelector("#replan button")));
        assertThat(browser.getCurrentUrl()).as("the form starts a plan job and the page follows it").contains("plan=");
        new WebDriverWait(browser, Duration.ofSeconds(90)).ignoring(WebDriverException.class)
                .until(driver -> !driver.findElements(By.id("plan")).isEmpty());
        assertThat(browser.findElement(By.id("plan")).getText()).contains("activities", "projected readiness");
        screenshot("employee");

        browser.findElement(By.id("budget")).clear();
        browser.findElement(By.id("budget")).sendKeys("-5");
        ((JavascriptExecutor) browser).executeScript("document.getElementById('budget').removeAttribute('min')");
        submit(browser.findElement(By.cssSelector("#replan button")));
        assertThat(browser.findElement(By.cssSelector("p.error")).getText())
                .isEqualTo("To plan, give a budget of £0 or more and more than 0 hours a week.");
        assertThat(browser.findElements(By.id("plan"))).isEmpty();
    }

    @Test
    @Order(2)
    void aManagerValidatesTheEvidenceAndTheEmployeesScoreRises() throws Exception {
        signIn("daniel");
        assertThat(browser.getCurrentUrl()).endsWith("/team");
        assertThat(page()).contains("Evidence awaiting validation", "Costed the depot options appraisal");
        screenshot("manager");
        for (int i = 1; i <= COMMERCIAL_BEHAVIOURS.length; i++) {
            submit(browser.findElement(By.xpath("//tr[td[contains(., 'Costed the depot options appraisal, part " + i
                    + "')]]//button[text()='Validate']")));
            assertThat(page()).contains("Decision recorded").doesNotContain("appraisal, part " + i + ".");
        }

        signIn("hannah");
        assertThat(browser.findElement(By.xpath("//tr[td[contains(., 'appraisal, part 1')]]")).getText())
                .contains("VALIDATED");
        assertThat(score()).isGreaterThan(scoreBeforeValidation);
    }

    @Test
    @Order(3)
    void learningAndDevelopmentSeeTheTrainingNeedsHeatmap() throws Exception {
        signIn("lnd");
        assertThat(browser.getCurrentUrl()).endsWith("/training-needs");
        WebElement heatmap = browser.findElement(By.cssSelector("table.heatmap"));
        assertThat(heatmap.getText()).contains("Place");
        assertThat(heatmap.findElements(By.cssSelector("tbody td")).stream().map(WebElement::getText))
                .as("the heatmap shows the need in each unit").anyMatch(cell -> cell.matches("\\d+"));
        assertThat(browser.findElement(By.linkText("Download CSV")).getAttribute("href")).contains("/training-needs.csv");
        screenshot("training-needs");

        open("/training-needs?unit=Place");
        browser.findElement(By.id("budget")).clear();
        browser.findElement(By.id("budget")).sendKeys("15000");
        submit(browser.findElement(By.cssSelector("#cohort button")));
        assertThat(browser.getCurrentUrl()).as("the form starts a cohort job and the page follows it").contains("plan=");
        new WebDriverWait(browser, Duration.ofSeconds(180)).ignoring(WebDriverException.class)
                .until(driver -> !driver.findElements(By.cssSelector(".cohort-plan")).isEmpty());
        WebElement plan = browser.findElement(By.cssSelector(".cohort-plan"));
        assertThat(plan.getText()).containsPattern("\\d+ of \\d+ needs met").contains("of £15000", "Sessions that run");
        assertThat(plan.findElements(By.cssSelector("table tbody tr"))).isNotEmpty();
        screenshot("cohort-plan");
    }

    @Test
    @Order(4)
    void aWorkforcePlannerSeesThePipelineAndACandidatesExplanation() throws Exception {
        signIn("planner");
        assertThat(page()).contains("Bench strength per role", "Head of Service");
        screenshot("succession");
        submit(browser.findElement(By.cssSelector("ol li a")));
        assertThat(page()).contains("score", "Each requirement");
        screenshot("candidate");

        open("/succession/am-ready-1-2?role=officer");
        assertThat(page()).as("a record outside the pipeline stays closed to the planner").contains("Not found");
    }

    @Test
    @Order(5)
    void anAdminReloadsTheRules() throws Exception {
        signIn("admin");
        submit(browser.findElement(By.xpath("//button[text()='Reload the rules']")));
        assertThat(browser.findElement(By.id("reload-result")).getText()).contains("Rules reloaded");
        screenshot("admin");
    }

    @Test
    @Order(6)
    void noRoleReachesAnotherRolesPages() {
        Map<String, List<String>> forbidden = Map.of(
                "hannah", List.of("/team", "/training-needs", "/succession", "/admin"),
                "daniel", List.of("/training-needs", "/succession", "/admin"),
                "lnd", List.of("/me", "/team", "/succession", "/admin"),
                "planner", List.of("/me", "/team", "/training-needs", "/admin"),
                "admin", List.of("/me", "/team"));
        forbidden.forEach((user, paths) -> {
            signIn(user);
            for (String path : paths) {
                open(path);
                assertThat(page()).as(user + " opening " + path).contains("Forbidden: this page is not open to your role");
            }
        });
    }

    @Test
    @Order(7)
    void theEmployeesPageFitsAPhoneWidthScreen() throws Exception {
        signIn("hannah");
        browser.manage().window().setSize(new Dimension(390, 1600));
        try {
            open("/me");
            Object overflow = ((JavascriptExecutor) browser).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            Object wide = ((JavascriptExecutor) browser).executeScript("""
                    return [...document.querySelectorAll('main *')]
                        .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth)
                        .slice(0, 5).map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right)).join('; ');""");
            assertThat(((Number) overflow).intValue()).as("pixels wider than the screen; too wide: " + wide)
                    .isLessThanOrEqualTo(0);
            screenshot("employee-phone");
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 1600));
        }
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
        screenshot("framework-preview");

        open("/admin/frameworks");
        browser.findElement(By.id("file")).sendKeys(huge.toString());
        submit(browser.findElement(By.xpath("//button[text()='Upload and check']")));

        assertThat(page()).contains("That file is too large", "Nothing was read or changed");
    }
}
