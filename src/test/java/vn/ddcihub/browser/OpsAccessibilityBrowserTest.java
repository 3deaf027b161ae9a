package vn.ddcihub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;

/**
 * The pages of business questions and publications — the public form, list, tracking page
 * and library, the back-office inbox, item, figures and library — pass axe-core's WCAG 2
 * A/AA checks without serious or critical violations.
 */
class OpsAccessibilityBrowserTest extends BrowserTest {

	@ParameterizedTest(name = "{1} as {0}")
	@CsvSource({ "-, /cong-khai/hoi-dap/gui", "-, /cong-khai/hoi-dap", "-, /cong-khai/hoi-dap/tra-cuu",
			"-, /cong-khai/hoi-dap/1", "-, /cong-khai/van-ban", "-, /cong-khai/van-ban/1",
			"vanphong, /operations/questions", "vanphong, /operations/questions/6", "lanhdao, /operations/questions/13",
			"lanhdao, /operations/questions/figures", "vanphong, /operations/publications",
			"vanphong, /operations/publications/new" })
	void pageHasNoSeriousAccessibilityViolations(String user, String path) throws IOException {
		if (!"-".equals(user)) {
			signIn(user, DEMO_PASSWORD);
		}
		open(path);
		waitFor(By.tagName("main"));
		assertThat(AccessibilityBrowserTest.seriousViolations(browser())).as("axe violations on %s", path).isEmpty();
	}

}
