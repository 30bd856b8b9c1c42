package io.claimcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The seeds' HTML report in a real browser: Debian's headless Chromium driven through Selenium
 * (the browser and driver that .ci/run installs). Skips with a message where neither is
 * installed, except in CI (CI=true), where a missing browser fails. Screenshots go to
 * target/html-report*.png.
 */
class HtmlReportBrowserTest {
  private static final Path SEEDS = Path.of("..", "seeds");
  private static final Path REPORT = Path.of("target", "html-report.html");
  private static WebDriver driver;
  /** Held so that it is not collected: Selenium warns when it has no DevTools for a newer Chromium, which we do not use. */
  private static final java.util.logging.Logger DEVTOOLS = java.util.logging.Logger.getLogger("org.openqa.selenium.devtools");

  private static Optional<Path> installed(String... candidates) {
    for (String c : candidates) {
      Path p = Path.of(c);
      if (Files.isExecutable(p)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  @BeforeAll
  static void openTheReport() throws IOException {
    Optional<Path> browser = installed("/usr/bin/chromium", "/usr/bin/chromium-browser");
    Optional<Path> chromedriver = installed("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");
    if (browser.isEmpty() || chromedriver.isEmpty()) {
      if ("true".equals(System.getenv("CI"))) {
        fail("CI must have a browser: .ci/run installs Debian's chromium and chromium-driver");
      }
      assumeTrue(false, "no Chromium or chromedriver installed (apt-get install chromium chromium-driver); "
          + "the browser test is skipped");
    }
    assumeTrue(Files.isDirectory(SEEDS), "the seeds folder is absent");
    Files.createDirectories(REPORT.getParent());
    StringWriter err = new StringWriter();
    int code = Main.run(new String[] {"check", "--format", "html", "--output", REPORT.toString(), SEEDS.toString()},
        new PrintWriter(new StringWriter()), new PrintWriter(err));
    assertEquals(1, code, err.toString());

    DEVTOOLS.setLevel(Level.SEVERE);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(browser.get().toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--hide-scrollbars", "--window-size=1280,1000", "--force-device-scale-factor=1");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(chromedriver.get().toFile()).usingAnyFreePort().build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    driver.get(REPORT.toAbsolutePath().toUri().toString());
  }

  @AfterAll
  static void close() {
    if (driver != null) {
      driver.quit();
    }
  }

  @Test
  void theTwoFindingsComeFirstWithTheirRulesAndArticleLinks() {
    List<WebElement> findings = driver.findElements(By.cssSelector("article.finding"));
    assertEquals(2, findings.size());
    assertTrue(findings.get(0).getText().contains("sum-of-parts"), findings.get(0).getText());
    assertTrue(findings.get(1).getText().contains("divergent-figures"), findings.get(1).getText());
    assertTrue(findings.get(0).getAttribute("class").contains("error"));
    assertTrue(findings.get(1).getAttribute("class").contains("warning"));
    WebElement link = findings.get(1).findElement(By.cssSelector("ul.sources a[href^='https://']"));
    assertTrue(link.getText().startsWith("Violence Rages in Syria"), link.getText());
    WebElement firstHeading = driver.findElement(By.cssSelector("main h2"));
    assertEquals("Findings", firstHeading.getText());
  }

  @Test
  void theDamascusTimelineShowsItsThreeClaimsOverTheConsensusWithTheFindingsClaimsOutlined() throws IOException {
    WebElement figure = null;
    for (WebElement f : driver.findElements(By.cssSelector("figure"))) {
      if (f.findElement(By.tagName("h4")).getText().equals("killed in Damascus on 2016-02-21")) {
        figure = f;
      }
    }
    assertTrue(figure != null, "a figure for killed in Damascus on 2016-02-21");
    WebElement svg = figure.findElement(By.cssSelector("svg.timeline"));
    assertTrue(svg.isDisplayed());
    assertEquals("img", svg.getAttribute("role"));
    assertEquals(3, svg.findElements(By.cssSelector("g.claim")).size());
    assertEquals(3, svg.findElements(By.cssSelector("g.claim.in-finding")).size());
    assertEquals(1, svg.findElements(By.cssSelector("rect.consensus")).size());
    String desc = svg.findElement(By.tagName("desc")).getAttribute("textContent");
    assertTrue(desc.contains("at least 68") && desc.contains("at least 83") && desc.contains("at least 87"), desc);
    assertTrue(figure.getText().contains("Syrian Observatory for Human Rights"), "the legend names the bodies");
    Dimension size = svg.getSize();
    assertTrue(size.getWidth() > 300 && size.getHeight() > 100, size.toString());
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()", figure);
    File shot = figure.getScreenshotAs(OutputType.FILE);
    Files.copy(shot.toPath(), Path.of("target", "html-report-damascus.png"), StandardCopyOption.REPLACE_EXISTING);
  }

  @Test
  void theClaimsTableHasHeadersAndQuotesWithTheFigureMarked() throws IOException {
    WebElement table = driver.findElement(By.cssSelector("#claims ~ table"));
    assertEquals(9, table.findElements(By.cssSelector("thead th[scope=col]")).size());
    assertEquals(12, table.findElements(By.cssSelector("tbody tr")).size());
    assertEquals(12, table.findElements(By.cssSelector("tbody th[scope=row]")).size());
    assertEquals(12, table.findElements(By.cssSelector("blockquote mark")).size());
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()", table);
    Files.copy(table.getScreenshotAs(OutputType.FILE).toPath(), Path.of("target", "html-report-claims.png"),
        StandardCopyOption.REPLACE_EXISTING);
  }

  @Test
  void everyLabelOfEveryTimelineStaysInsideItsChart() {
    assertEquals(List.of(), labelsOutsideTheirChart());
  }

  /** Undated claims stand in a column at the chart's right edge: their labels turn to the left there. */
  @Test
  void theLabelsOfUndatedClaimsAtTheRightEdgeStayInsideTheChart() throws IOException {
    Path texts = Files.createDirectories(Path.of("target", "undated-ferry"));
    Files.writeString(texts.resolve("a.txt"),
        "A ferry capsized on the river near Mopti on Sunday, killing at least 120 people, officials said.");
    Files.writeString(texts.resolve("b.txt"),
        "At least 135 people died when a ferry capsized on the river near Mopti on Sunday, officials said.");
    Files.writeString(texts.resolve("c.txt"), "The ferry sinking near Mopti on Sunday killed more than 140 people.");
    Path report = Path.of("target", "html-report-undated.html");
    assertEquals(0, Main.run(new String[] {"check", "--format", "html", "--output", report.toString(), texts.toString()},
        new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter())));
    try {
      driver.get(report.toAbsolutePath().toUri().toString());
      assertEquals(3, driver.findElements(By.cssSelector("svg.timeline g.claim text")).size(), "three labelled claims");
      assertEquals(List.of(), labelsOutsideTheirChart());
    } finally {
      driver.get(REPORT.toAbsolutePath().toUri().toString());
    }
  }

  /** The labels of the page's timelines that run past their chart's edges, with their extent. */
  private static Object labelsOutsideTheirChart() {
    // getBBox is in the text's own coordinates: the rotated axis title is left out
    return ((JavascriptExecutor) driver).executeScript(
        "return Array.from(document.querySelectorAll('svg.timeline')).flatMap(svg => {"
            + " const vb = svg.viewBox.baseVal;"
            + " return Array.from(svg.querySelectorAll('text:not([transform])')).filter(t => {"
            + "  const b = t.getBBox(); return b.x < vb.x - 0.5 || b.x + b.width > vb.x + vb.width + 0.5; })"
            + "  .map(t => t.textContent + ' [' + Math.round(t.getBBox().x) + ', '"
            + "   + Math.round(t.getBBox().x + t.getBBox().width) + '] of ' + vb.width); })");
  }

  @Test
  void linksInsideThePageAllLand() {
    List<String> broken = new ArrayList<>();
    for (WebElement a : driver.findElements(By.cssSelector("a[href^='#']"))) {
      String id = a.getAttribute("href").replaceFirst("^[^#]*#", "");
      if (driver.findElements(By.id(id)).isEmpty()) {
        broken.add(id);
      }
    }
    assertEquals(List.of(), broken);
  }

  @Test
  void thePageLoadsNothingAndLogsNoConsoleError() throws IOException {
    Object external = ((JavascriptExecutor) driver).executeScript(
        "return performance.getEntriesByType('resource').map(e => e.name)");
    assertEquals(List.of(), external, "a self-contained page fetches nothing");
    List<String> errors = new ArrayList<>();
    for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
      if (e.getLevel().intValue() >= Level.WARNING.intValue()) {
        errors.add(e.getMessage());
      }
    }
    assertEquals(List.of(), errors);
    ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0)");
    Files.copy(((ChromeDriver) driver).getScreenshotAs(OutputType.FILE).toPath(), Path.of("target", "html-report.png"),
        StandardCopyOption.REPLACE_EXISTING);
    Object printable = ((JavascriptExecutor) driver).executeScript(
        "return Array.from(document.styleSheets).some(s => Array.from(s.cssRules).some(r => r.media && "
            + "r.media.mediaText === 'print'))");
    assertEquals(Boolean.TRUE, printable, "the page has print rules");
    assertFalse(driver.getPageSource().contains("<script"), "no script");
  }

}
