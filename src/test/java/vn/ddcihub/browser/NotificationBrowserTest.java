package vn.ddcihub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The bell and the notifications list as a user sees them at desktop and phone sizes: the
 * bell shows the unread count and leads to the list, marking one read lowers the count,
 * marking all read clears it, and nothing spills sideways on a phone.
 */
class NotificationBrowserTest extends BrowserTest {

	@Autowired
	private JdbcClient jdbc;

	@Test
	void theBellLeadsToTheListWhereNotificationsAreMarkedRead() {
		for (Dimension size : new Dimension[] { new Dimension(1366, 900), new Dimension(390, 844) }) {
			String username = "n10w-" + size.getWidth();
			long user = jdbc.sql("""
					insert into org_user (username, display_name, password_hash, organisation_id, roles)
					select ?, 'Người dùng thử chuông', password_hash, organisation_id, array['UNIT_STAFF']
					from org_user where username = 'qldd' returning id""").param(username).query(Long.class).single();
			for (String key : new String[] { "a", "b" }) {
				jdbc.sql("""
						insert into execution_notification (user_id, kind, link, args, dedupe_key, created_at)
						values (?, 'REPORT_RETURNED', '/notifications', array['@execution.notify.frequency.MONTHLY',
						        '5/2045', 'Phòng Quản lý đất đai', 'Bổ sung minh chứng'], ?, clock_timestamp())""")
					.params(user, username + key)
					.update();
			}
			browser().manage().window().setSize(size);
			signIn(username, DEMO_PASSWORD);
			assertThat(waitFor(By.cssSelector("#bell .bell-count")).getText()).isEqualTo("2");
			assertThat(browser().findElement(By.id("bell")).getAttribute("aria-label"))
				.isEqualTo("2 thông báo chưa đọc");

			browser().findElement(By.id("bell")).click();
			waitFor(By.id("notifications"));
			assertThat(browser().findElements(By.cssSelector("#notifications > li.unread"))).hasSize(2);
			assertThat(browser().findElement(By.cssSelector("#notifications > li")).getText())
				.contains("Báo cáo tháng 5/2045 bị trả lại")
				.contains("Bổ sung minh chứng");
			assertThat(((Number) ((JavascriptExecutor) browser())
				.executeScript("return document.documentElement.scrollWidth - window.innerWidth;")).intValue())
				.as("no sideways scrolling at " + size)
				.isLessThanOrEqualTo(0);

			browser().findElement(By.cssSelector("#notifications > li.unread form:not([action*='open']) button"))
				.click();
			new WebDriverWait(browser(), Duration.ofSeconds(10))
				.until(ExpectedConditions.textToBe(By.cssSelector("#bell .bell-count"), "1"));
			assertThat(browser().findElements(By.cssSelector("#notifications > li.unread"))).hasSize(1);

			browser().findElement(By.id("read-all")).click();
			new WebDriverWait(browser(), Duration.ofSeconds(10))
				.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("#bell .bell-count")));
			assertThat(browser().findElements(By.cssSelector("#notifications > li.unread"))).isEmpty();
			assertThat(browser().findElement(By.cssSelector("[role=status]")).getText())
				.isEqualTo("Đã đánh dấu mọi thông báo là đã đọc.");
		}
		browser().manage().window().setSize(new Dimension(1366, 900));
	}

}
