package vn.ddcihub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;

/**
 * Each demo role signs in and sees, in Vietnamese, the navigation that role should see.
 */
class SignInBrowserTest extends BrowserTest {

	@ParameterizedTest(name = "{0} sees admin={1}, audit={2}")
	@CsvSource({ "admin, true, true", "lanhdao, false, true", "vanphong, false, false", "qldd, false, false",
			"ttcntt, false, false", "skhdt, false, false", "sct, false, false" })
	void eachRoleSeesItsNavigation(String username, boolean seesAdmin, boolean seesAudit) {
		signIn(username, DEMO_PASSWORD);
		List<String> labels = navigationLabels();
		assertThat(labels).contains("Trang chủ");
		assertThat(labels.contains("Quản trị")).as("Quản trị in %s", labels).isEqualTo(seesAdmin);
		assertThat(labels.contains("Nhật ký thay đổi")).as("Nhật ký thay đổi in %s", labels).isEqualTo(seesAudit);
		assertThat(browser().findElement(By.tagName("h1")).getText()).startsWith("Xin chào,");
		assertThat(browser().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("vi");
	}

	@org.junit.jupiter.api.Test
	void wrongPasswordShowsAVietnameseMessageAndLanguageSwitchWorks() {
		open("/login");
		browser().findElement(By.id("username")).sendKeys("qldd");
		browser().findElement(By.id("password")).sendKeys("sai-mat-khau");
		browser().findElement(By.cssSelector("form[action='/login'] button[type=submit]")).click();
		assertThat(waitFor(By.cssSelector(".alert-error")).getText()).isEqualTo("Sai tên đăng nhập hoặc mật khẩu.");
		browser().findElement(By.cssSelector("a.lang")).click();
		assertThat(waitFor(By.tagName("h1")).getText()).isEqualTo("Sign in");
		browser().findElement(By.cssSelector("a.lang")).click();
		assertThat(waitFor(By.tagName("h1")).getText()).isEqualTo("Đăng nhập");
	}

}
