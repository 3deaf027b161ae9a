package vn.ddcihub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

/** On a phone the menu folds behind a button and the page does not scroll sideways. */
class PhoneLayoutBrowserTest extends BrowserTest {

	@Test
	void menuFoldsBehindAButtonAndPagesFitThePhoneWidth() {
		browser().manage().window().setSize(new Dimension(390, 844));
		signIn("qldd", DEMO_PASSWORD);
		WebElement menu = browser().findElement(By.id("main-nav"));
		WebElement toggle = browser().findElement(By.cssSelector("[data-toggle-nav]"));
		assertThat(menu.isDisplayed()).isFalse();
		assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("false");
		toggle.click();
		assertThat(menu.isDisplayed()).isTrue();
		assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("true");
		menu.findElement(By.linkText("Việc của tôi")).click();
		waitFor(By.tagName("h1"));
		Number pageWidth = (Number) ((org.openqa.selenium.JavascriptExecutor) browser())
			.executeScript("return document.documentElement.scrollWidth;");
		assertThat(pageWidth.intValue()).isLessThanOrEqualTo(390);
	}

}
