package vn.ddcihub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The main pages pass axe-core's WCAG 2 A/AA checks (labels, names, contrast, landmarks)
 * without serious or critical violations, as civil servants using keyboards and screen
 * readers need.
 */
class AccessibilityBrowserTest extends BrowserTest {

	private static final String AXE = "/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";

	@ParameterizedTest(name = "{1} as {0}")
	@CsvSource({ "-, /login", "qldd, /", "lanhdao, /index", "lanhdao, /index/2019/units/STNMT", "vanphong, /plans/1",
			"vanphong, /plans/1/tasks/new", "qldd, /my-work", "qldd, /account", "admin, /admin/users", "admin, /audit",
			"admin, /index/editions/2019" })
	void pageHasNoSeriousAccessibilityViolations(String user, String path) throws IOException {
		if (!"-".equals(user)) {
			signIn(user, DEMO_PASSWORD);
		}
		open(path);
		waitFor(By.tagName("main"));
		assertThat(seriousViolations(browser())).as("axe violations on %s", path).isEmpty();
	}

	/**
	 * The serious and critical WCAG 2 A/AA violations axe-core finds on the page the
	 * browser shows.
	 */
	static List<String> seriousViolations(org.openqa.selenium.WebDriver driver) throws IOException {
		JavascriptExecutor js = (JavascriptExecutor) driver;
		js.executeScript(axeSource());
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> violations = (List<Map<String, Object>>) js.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] } })
				  .then(r => done(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
				    .map(v => ({ id: v.id, impact: v.impact, help: v.help,
				                 nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ')) }))))
				  .catch(e => done([{ id: 'axe-error', help: String(e) }]));""");
		List<String> described = new ArrayList<>();
		violations.forEach(v -> described
			.add(v.get("id") + " (" + v.get("impact") + "): " + v.get("help") + " " + v.get("nodes")));
		return described;
	}

	private static String axeSource() throws IOException {
		try (InputStream in = AccessibilityBrowserTest.class.getResourceAsStream(AXE)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
