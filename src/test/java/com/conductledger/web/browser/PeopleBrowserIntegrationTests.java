package com.conductledger.web.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import com.conductledger.ingest.FolderIngest;
import com.conductledger.period.Period;
import com.conductledger.reporting.MonthlyOutputs;
import com.conductledger.schedule.PenaltySchedule;
import com.conductledger.scoring.job.PeriodScorer;
import com.conductledger.security.LedgerRole;
import com.conductledger.security.UserAccounts;
import com.conductledger.support.LedgerTables;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Agents and team leads in a real browser: the administrator makes everyone's account in bulk and
 * reads the one-time passwords off the page; the agent signs in with theirs, is made to choose
 * their own, sees their home (scorecard so far, entries, evaluations), acknowledges an evaluation
 * and gets 404 for another agent's page; their team lead sees the team and what is still not
 * acknowledged. Screenshots in {@code target/screenshots/people-*.png}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "ledger.output-dir=target/browser-tests/people-out",
				"ledger.inbox-dir=target/browser-tests/people-inbox" })
@ActiveProfiles("test")
@EnabledIf("chromeIsInstalled")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PeopleBrowserIntegrationTests {

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path SCREENSHOTS = Path.of("target/screenshots");

	private static final String PERIOD = "2026-11";

	@LocalServerPort
	int port;

	@Autowired
	FolderIngest ingest;

	@Autowired
	PeriodScorer scorer;

	@Autowired
	MonthlyOutputs outputs;

	@Autowired
	UserAccounts users;

	@Autowired
	PenaltySchedule schedule;

	@Autowired
	JdbcTemplate jdbc;

	ChromeDriverService service;

	WebDriver browser;

	Path profile;

	/** The one-time passwords the administrator read off the bulk page, by user name. */
	Map<String, String> oneTime;

	static boolean chromeIsInstalled() {
		return Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM);
	}

	@BeforeAll
	void scoredSampleMonthAndABrowser() throws IOException {
		LedgerTables.empty(jdbc);
		jdbc.update("delete from app_user");
		ingest.ingest(Path.of("sample-data"));
		Period period = Period.of(PERIOD, schedule.cutoffDay());
		scorer.score(period);
		outputs.write(period, Path.of("target/browser-tests/people-out").resolve(PERIOD), false);
		users.create("admin.browser", "管理员 Admin", "browser-admin-password", Set.of(LedgerRole.ADMIN));
		profile = Files.createTempDirectory("chromium-profile");
		service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
		ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
			.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
					"--disable-background-networking", "--disable-component-update", "--disable-sync",
					"--disable-dev-shm-usage", "--window-size=1280,1400", "--user-data-dir=" + profile);
		options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
		browser = new ChromeDriver(service, options);
		browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
		Files.createDirectories(SCREENSHOTS);
	}

	@AfterAll
	void closeTheBrowser() {
		if (browser != null) {
			browser.quit();
		}
		if (service != null) {
			service.stop();
		}
	}

	@AfterEach
	void theBrowserRefusedNothingUnderTheContentSecurityPolicy() {
		List<String> refusals = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
			.map(LogEntry::getMessage)
			.filter(message -> message.contains("Content Security Policy") || message.contains("Refused to"))
			.toList();

		assertThat(refusals).isEmpty();
	}

	@Test
	@Order(1)
	void theAdministratorMakesEveryonesAccountAndReadsTheOneTimePasswords() throws IOException {
		logIn("admin.browser", "browser-admin-password");
		open("/admin/users");
		browser.findElement(By.id("bulk-create")).click();
		WebElement table = new WebDriverWait(browser, Duration.ofSeconds(60))
			.until(ExpectedConditions.presenceOfElementLocated(By.id("created-accounts")));
		oneTime = new java.util.HashMap<>();
		for (WebElement row : table.findElements(By.cssSelector("tbody tr"))) {
			List<WebElement> cells = row.findElements(By.tagName("td"));
			oneTime.put(cells.get(3).getText(), cells.get(5).getText());
		}
		screenshot("people-bulk-accounts.png");
		assertThat(oneTime).hasSize(41).containsKeys("a0001", "l01", "a0013");
		logOut();
	}

	@Test
	@Order(2)
	void theAgentChoosesAPasswordSeesTheirHomeAcknowledgesAndCannotOpenAnothersPage() throws IOException {
		logIn("A0001", oneTime.get("a0001"));
		assertThat(browser.getCurrentUrl()).endsWith("/account/password");
		assertThat(browser.findElement(By.id("must-change")).getText()).contains("one-time password");
		browser.findElement(By.id("currentPassword")).sendKeys(oneTime.get("a0001"));
		browser.findElement(By.id("newPassword")).sendKeys("wang-ling-own-password");
		browser.findElement(By.id("confirmPassword")).sendKeys("wang-ling-own-password");
		browser.findElement(By.cssSelector("main form button[type=submit]")).click();
		new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(By.id("my-scorecard")));

		assertThat(browser.findElement(By.tagName("main")).getText()).contains("密码已修改 your password is changed",
				"本期成绩（截至目前） This period so far", "台账 Ledger entries", "我的质检评估 My evaluations");
		assertThat(browser.findElements(By.cssSelector("header nav a"))).isEmpty();
		screenshot("people-agent-home.png");

		WebElement button = browser.findElement(By.cssSelector("#my-evaluations form button"));
		String row = button.findElement(By.xpath("ancestor::tr")).getDomAttribute("id");
		button.click();
		new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".flash.ok")));
		assertThat(browser.findElement(By.id(row)).getText()).contains("已确认");

		open("/periods/" + PERIOD + "/people/A0001");
		assertThat(browser.findElement(By.tagName("h1")).getText()).contains("王玲");
		open("/periods/" + PERIOD + "/people/A0013");
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("404").doesNotContain("朱倩");
		screenshot("people-agent-other-404.png");
		open("/periods");
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("403");
		logOut();
	}

	@Test
	@Order(3)
	void theTeamLeadSeesTheTeamAndWhatIsNotAcknowledged() throws IOException {
		logIn("l01", oneTime.get("l01"));
		browser.findElement(By.id("currentPassword")).sendKeys(oneTime.get("l01"));
		browser.findElement(By.id("newPassword")).sendKeys("chen-yan-own-password");
		browser.findElement(By.id("confirmPassword")).sendKeys("chen-yan-own-password");
		browser.findElement(By.cssSelector("main form button[type=submit]")).click();
		new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(By.id("team")));

		assertThat(browser.findElements(By.cssSelector("#team-scorecards tbody tr"))).hasSize(12);
		assertThat(browser.findElement(By.id("team-unacknowledged")).getText()).contains("A0002");
		screenshot("people-team-lead-home.png");
		browser.findElement(By.linkText("A0002")).click();
		assertThat(browser.findElement(By.tagName("h1")).getText()).contains("A0002");
		logOut();
	}

	private void logIn(String username, String password) {
		open("/login");
		browser.findElement(By.id("username")).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys(password);
		browser.findElement(By.cssSelector("form button[type=submit]")).click();
		new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
	}

	private void logOut() {
		browser.manage().deleteAllCookies();
	}

	private void open(String path) {
		browser.get("http://localhost:" + port + path);
	}

	private void screenshot(String name) throws IOException {
		Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
		Files.copy(shot, SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
	}

}
