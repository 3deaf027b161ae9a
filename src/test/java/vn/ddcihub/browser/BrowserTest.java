package vn.ddcihub.browser;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the browser tests: the application on a random port and Debian's headless
 * Chromium driven by its chromedriver. Without Chromium the tests are skipped with a
 * message, except in CI (CI=true), where a missing browser fails the run.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "ddci.embedded.data-dir=target/test-data/postgres", "ddci.embedded.port=0",
				"ddci.embedded.clean=true", "ddci.demo=true", "ddci.db.url=", "ddci.admin-password=",
				"ddci.templates-dir=target/test-data/templates" })
public abstract class BrowserTest {

	protected static final String DEMO_PASSWORD = "demo123";

	private static WebDriver driver;

	@LocalServerPort
	private int port;

	@BeforeAll
	static void startBrowser() throws Exception {
		Optional<Path> chromium = onPath("chromium", "chromium-browser", "google-chrome");
		Optional<Path> chromedriver = onPath("chromedriver");
		if (chromium.isEmpty() || chromedriver.isEmpty()) {
			String message = "Browser tests need Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)";
			if ("true".equalsIgnoreCase(System.getenv("CI"))) {
				fail(message + " — required in CI");
			}
			Assumptions.abort(message + " — skipped");
		}
		driver = startChromium("vi");
	}

	/**
	 * A headless Chromium whose own language (menus, built-in messages) is
	 * {@code language}; the caller quits it.
	 */
	protected static WebDriver startChromium(String language) throws java.io.IOException {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(onPath("chromium", "chromium-browser", "google-chrome").orElseThrow().toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--disable-quic", "--window-size=1366,900", "--lang=" + language,
				"--user-data-dir=" + Files.createTempDirectory("ddci-chromium").toAbsolutePath());
		options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(onPath("chromedriver").orElseThrow().toFile())
			.usingAnyFreePort()
			.build();
		WebDriver started = new ChromeDriver(service, options);
		started.manage().timeouts().implicitlyWait(Duration.ZERO);
		return started;
	}

	@AfterAll
	static void stopBrowser() {
		if (driver != null) {
			driver.quit();
			driver = null;
		}
	}

	@BeforeEach
	void signedOut() {
		driver.manage().deleteAllCookies();
	}

	protected WebDriver browser() {
		return driver;
	}

	protected String url(String path) {
		return "http://localhost:" + port + path;
	}

	protected void open(String path) {
		driver.get(url(path));
	}

	protected void signIn(String username, String password) {
		driver.manage().deleteAllCookies();
		open("/login");
		driver.findElement(By.id("username")).sendKeys(username);
		driver.findElement(By.id("password")).sendKeys(password);
		driver.findElement(By.cssSelector("form[action='/login'] button[type=submit]")).click();
		waitFor(By.cssSelector(".who"));
	}

	protected WebElement waitFor(By locator) {
		return new WebDriverWait(driver, Duration.ofSeconds(15))
			.until(ExpectedConditions.visibilityOfElementLocated(locator));
	}

	protected List<String> navigationLabels() {
		return driver.findElements(By.cssSelector("#main-nav a")).stream().map(WebElement::getText).toList();
	}

	private static Optional<Path> onPath(String... names) {
		for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
			for (String name : names) {
				Path candidate = Path.of(dir, name);
				if (Files.isExecutable(candidate)) {
					return Optional.of(candidate);
				}
			}
		}
		return Optional.empty();
	}

}
