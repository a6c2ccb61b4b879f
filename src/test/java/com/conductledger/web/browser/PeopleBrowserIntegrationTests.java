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
import org.openqa.selenium.support.ui.Select;
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
 * acknowledged. Then the dispute, end to end: the agent disputes an entry of their home with a
 * reason; the team lead finds it waiting on their home and waives it with a note; after the night's
 * scoring the agent's points have dropped by the entry's, the correction stands in their ledger with
 * the lead's note, and the notices say so. Screenshots in {@code target/screenshots/people-*.png}
 * and {@code dispute-*.png}.
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
		// The page before the click has a ".flash.ok" of its own (the password change): wait for it to go.
		new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(button));
		assertThat(waitFor(By.id(row)).getText()).contains("已确认");

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
		new WebDriverWait(browser, Duration.ofSeconds(30))
			.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "A0002"));
		logOut();
	}

	/** The entry the agent disputes: its points, and the agent's deduction points before. */
	int disputedPoints;

	int pointsBefore;

	String disputeId;

	@Test
	@Order(4)
	void theAgentDisputesAnEntryOfTheirHomeWithAReason() throws IOException {
		logIn("A0001", "wang-ling-own-password");
		pointsBefore = Integer.parseInt(waitFor(By.id("my-points")).getText());
		// an attendance entry: its team lead resolves it (QA entries go to QA or a manager)
		WebElement line = browser.findElements(By.cssSelector("#my-entries tbody tr")).stream()
			.filter(row -> row.getText().startsWith("ATT-") && !row.findElements(By.cssSelector("a.dispute-entry")).isEmpty())
			.findFirst()
			.orElseThrow();
		List<WebElement> cells = line.findElements(By.tagName("td"));
		String ruleName = cells.get(0).getText().split("\\R")[1];
		String source = cells.get(6).getText();
		disputedPoints = Integer.parseInt(cells.get(4).getText());
		line.findElement(By.cssSelector("a.dispute-entry")).click();

		assertThat(waitFor(By.id("disputed-entry")).getText()).contains(ruleName, source);
		browser.findElement(By.id("reason")).sendKeys("那天系统时钟慢了五分钟，班长可以作证 The clock ran five minutes slow that day");
		browser.findElement(By.id("raise-submit")).click();

		assertThat(waitFor(By.id("dispute-state")).getText()).isEqualTo("待处理 Open");
		disputeId = browser.findElement(By.cssSelector("h1 .mono")).getText();
		assertThat(browser.findElement(By.id("trail")).getText()).contains("RAISE", "王玲");
		open("/");
		assertThat(waitFor(By.id("my-disputes-table")).getText()).contains(disputeId, "待处理 Open",
				"The clock ran five minutes slow");
		assertThat(browser.findElement(By.id("my-entries")).getText()).contains(disputeId);
		logOut();
	}

	@Test
	@Order(5)
	void theTeamLeadFindsItWaitingAndWaivesIt() throws IOException {
		logIn("l01", "chen-yan-own-password");
		WebElement waiting = waitFor(By.id("waiting-disputes"));
		assertThat(waiting.getText()).contains(disputeId, "A0001", "王玲", "The clock ran five minutes slow");
		assertThat(browser.findElement(By.id("notices")).getText()).contains(disputeId);
		waiting.findElement(By.linkText(disputeId)).click();

		new Select(waitFor(By.id("outcome"))).selectByValue("WAIVED");
		browser.findElement(By.id("note")).sendKeys("考勤机当天确有故障 the time clock was faulty that morning");
		browser.findElement(By.cssSelector("#resolve button[type=submit]")).click();

		new WebDriverWait(browser, Duration.ofSeconds(30))
			.until(ExpectedConditions.textToBe(By.id("dispute-state"), "免除 Waived"));
		assertThat(browser.findElement(By.id("resolution-note")).getText()).contains("the time clock was faulty");
		assertThat(browser.findElement(By.id("trail")).getText()).contains("RESOLVE", "陈艳");
		open("/");
		assertThat(waitFor(By.id("waiting-disputes")).getText()).doesNotContain(disputeId);
		logOut();
	}

	@Test
	@Order(6)
	void afterTheNightsScoringTheAgentsPointsDropByTheEntrysAndTheCorrectionSaysWhy() throws IOException {
		scorer.score(Period.of(PERIOD, schedule.cutoffDay()));

		logIn("A0001", "wang-ling-own-password");
		assertThat(Integer.parseInt(waitFor(By.id("my-points")).getText()))
			.isEqualTo(pointsBefore - disputedPoints);
		WebElement correction = browser.findElements(By.cssSelector("#my-entries tbody tr")).stream()
			.filter(row -> row.getText().contains("DISPUTE-CORRECTION"))
			.findFirst()
			.orElseThrow();
		assertThat(correction.getText()).contains("申诉更正 Dispute correction", String.valueOf(-disputedPoints),
				"the time clock was faulty that morning", disputeId);
		assertThat(correction.findElements(By.cssSelector("a.dispute-entry"))).isEmpty();
		assertThat(browser.findElement(By.id("my-disputes-table")).getText()).contains("免除 Waived",
				"the time clock was faulty");
		WebElement notices = browser.findElement(By.id("notices"));
		assertThat(notices.getText()).contains(disputeId, "未读 unread");
		screenshot("dispute-agent-home.png");

		int unread = browser.findElements(By.cssSelector("#notices li.unread")).size();
		browser.findElement(By.cssSelector("#notices li.unread form button")).click();
		new WebDriverWait(browser, Duration.ofSeconds(30))
			.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#notices li.unread"), unread - 1));

		browser.findElement(By.cssSelector("#my-disputes-table a")).click();
		assertThat(waitFor(By.id("dispute-state")).getText()).isEqualTo("免除 Waived");
		screenshot("dispute-resolved.png");

		open("/periods/" + PERIOD + "/people/A0013");
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("404").doesNotContain("朱倩");
		open("/disputes/new?period=" + PERIOD + "&entryId=" + "no-such-entry");
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("404");
		logOut();
	}

	private void logIn(String username, String password) {
		logOut();
		open("/login");
		browser.findElement(By.id("username")).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys(password);
		browser.findElement(By.cssSelector("form button[type=submit]")).click();
		new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
	}

	/** The element once the page that has it is there (a click that submits a form does not wait for the next page). */
	private WebElement waitFor(By what) {
		return new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(what));
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
