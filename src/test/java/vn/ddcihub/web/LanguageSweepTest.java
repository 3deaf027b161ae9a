package vn.ddcihub.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.ddcihub.IntegrationTest;

/**
 * Every main page, as every demo role and in both languages, shows resolved messages in
 * its text: no "{0}" left by a message formatted without its argument (or an English
 * apostrophe that quoted it), no message key shown instead of its text.
 */
class LanguageSweepTest extends IntegrationTest {

	private static final List<String> PAGES = List.of("/", "/index", "/index/units?unit=STNMT", "/index/compare",
			"/index/editions", "/index/import", "/plans", "/plans/1", "/plans/1/history", "/plans/new", "/my-work",
			"/audit", "/admin", "/admin/users", "/admin/organisations", "/account", "/me/tokens");

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+\\}");

	private static final Pattern MESSAGE_KEY = Pattern.compile(
			">\\s*((?:nav|web|org|index|plan|audit|role|validation|error|home)\\.[a-zA-Z]+(?:\\.[A-Za-z_]+)*)\\s*<");

	@ParameterizedTest
	@ValueSource(strings = { "admin", "lanhdao", "vanphong", "qldd", "skhdt" })
	void pagesShowNoUnresolvedMessages(String user) throws Exception {
		List<String> problems = new ArrayList<>();
		for (String lang : List.of("vi", "en")) {
			for (String page : PAGES) {
				String url = page + (page.contains("?") ? "&" : "?") + "lang=" + lang;
				var response = mockMvc.perform(get(url).with(httpBasic(user, DEMO_PASSWORD)).accept("text/html"))
					.andReturn()
					.getResponse();
				if (response.getStatus() != 200) {
					continue;
				}
				String body = response.getContentAsString(StandardCharsets.UTF_8)
					.replaceAll("(?s)<script.*?</script>", "")
					.replaceAll("(?s)<style.*?</style>", "");
				// Attributes may carry templates for scripts (data-remaining="Còn {0} ký
				// tự").
				String text = body.replaceAll("<[^>]*>", "<>");
				Matcher placeholder = PLACEHOLDER.matcher(text);
				if (placeholder.find()) {
					problems.add(url + ": " + around(text, placeholder.start()));
				}
				Matcher key = MESSAGE_KEY.matcher(text);
				if (key.find()) {
					problems.add(url + ": key " + key.group(1));
				}
			}
		}
		assertThat(problems).as("unresolved messages for " + user).isEmpty();
	}

	private static String around(String body, int at) {
		return body.substring(Math.max(0, at - 80), Math.min(body.length(), at + 40)).replaceAll("\\s+", " ");
	}

}
