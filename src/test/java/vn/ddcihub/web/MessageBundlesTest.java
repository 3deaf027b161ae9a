package vn.ddcihub.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Every message exists in Vietnamese and English, and every literal key a template uses
 * exists.
 */
class MessageBundlesTest {

	private static final Path BUNDLES = Path.of("src/main/resources/i18n");

	private static final Pattern LITERAL_KEY = Pattern.compile("page\\.t\\(\"([a-zA-Z0-9_.]+)\"[,)]");

	@ParameterizedTest
	@ValueSource(strings = { "web", "org", "index", "plan", "survey-demo" })
	void vietnameseAndEnglishBundlesHaveTheSameKeys(String bundle) throws IOException {
		Properties vietnamese = load(bundle + ".properties");
		Properties english = load(bundle + "_en.properties");
		assertThat(english.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(vietnamese.stringPropertyNames());
	}

	/**
	 * In a message with arguments a single apostrophe starts a quoted section, so
	 * "organisation's {0}" shows "{0}" to the user; such messages write the apostrophe
	 * twice.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "web", "web_en", "org", "org_en", "index", "index_en", "plan", "plan_en", "survey-demo",
			"survey-demo_en" })
	void messagesWithArgumentsDoubleTheirApostrophes(String bundle) throws IOException {
		Properties messages = load(bundle + ".properties");
		assertThat(messages.stringPropertyNames()
			.stream()
			.filter(key -> messages.getProperty(key).matches(".*\\{\\d.*"))
			.filter(key -> messages.getProperty(key).replace("''", "").contains("'"))).isEmpty();
	}

	@Test
	void everyLiteralKeyUsedInTemplatesExists() throws IOException {
		Set<String> known = new HashSet<>();
		try (Stream<Path> files = Files.list(BUNDLES)) {
			for (Path file : files.filter(f -> !f.getFileName().toString().contains("_en")).toList()) {
				known.addAll(load(file.getFileName().toString()).stringPropertyNames());
			}
		}
		Set<String> missing = new TreeSet<>();
		try (Stream<Path> templates = Files.walk(Path.of("src/main/jte"))) {
			for (Path template : templates.filter(p -> p.toString().endsWith(".jte")).toList()) {
				Matcher matcher = LITERAL_KEY.matcher(Files.readString(template));
				while (matcher.find()) {
					if (!known.contains(matcher.group(1))) {
						missing.add(template.getFileName() + ": " + matcher.group(1));
					}
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(BUNDLES.resolve(name))) {
			properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
