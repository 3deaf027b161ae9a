package vn.ddcihub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The Office copies the seed plan to the next year and adds a task to the copy (the seed
 * plan itself stays as transcribed for the other tests); the lead and the coordinating
 * unit find it under "my work".
 */
class PlanTaskBrowserTest extends BrowserTest {

	@Test
	void coordinatorCreatesATaskThatAppearsInTheAssignedUnitsWork() {
		String title = "Rà soát danh mục hồ sơ đất đai trễ hạn quý IV " + System.nanoTime() % 10000;
		signIn("vanphong", DEMO_PASSWORD);
		browser().findElement(By.linkText("Kế hoạch")).click();
		browser().findElement(By.linkText("60/KH-STNMT")).click();
		browser().findElement(By.xpath("//button[normalize-space()='Sao chép sang năm sau']")).click();
		new WebDriverWait(browser(), Duration.ofSeconds(15))
			.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "2021"));
		browser().findElement(By.linkText("Thêm nhiệm vụ")).click();
		new Select(waitFor(By.id("targetId"))).selectByIndex(2);

		waitFor(By.id("title")).sendKeys(title);
		browser().findElement(By.id("description"))
			.sendKeys("Tổng hợp hồ sơ trễ hạn, đề xuất giải pháp trả kết quả đúng hẹn.");
		new Select(browser().findElement(By.id("kind"))).selectByVisibleText("Hàng quý");
		browser().findElement(By.id("dueDay")).sendKeys("25");
		new Select(browser().findElement(By.id("leadUnitIds"))).selectByVisibleText("Phòng Quản lý đất đai");
		WebElement coordinating = browser().findElement(
				By.xpath("//label[contains(., 'Trung tâm Công nghệ thông tin')]/input[@name='coordinatingUnitIds']"));
		coordinating.click();
		browser().findElement(By.cssSelector("form.form button[type=submit]")).click();
		waitFor(By.tagName("h1"));
		assertThat(browser().getPageSource()).contains(title);

		signIn("qldd", DEMO_PASSWORD);
		open("/my-work");
		assertThat(waitFor(By.tagName("main")).getText()).contains(title);

		signIn("ttcntt", DEMO_PASSWORD);
		browser().findElement(By.linkText("Việc của tôi")).click();
		assertThat(waitFor(By.tagName("main")).getText()).contains(title);
	}

	@Test
	void anotherDepartmentCannotOpenThePlan() {
		signIn("sct", DEMO_PASSWORD);
		open("/plans");
		assertThat(browser().findElements(By.linkText("60/KH-STNMT"))).isEmpty();
		open("/plans/1");
		assertThat(waitFor(By.tagName("h1")).getText()).isEqualTo("Không tìm thấy trang");
	}

}
