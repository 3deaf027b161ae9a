package vn.ddcihub.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every message key an outcome is thrown with
 * ({@code new NotFoundException("plan.notFound", id)}) exists in the Vietnamese and the
 * English bundles, so no answer fails for want of its text — and a sentence written where
 * a key belongs ({@code new BadInputException("Chưa chọn cơ quan")}) fails here.
 */
class OutcomeMessageKeysTest {

	private static final Path BUNDLES = Path.of("src/main/resources/i18n");

	private static final Pattern THROWN_KEY = Pattern
		.compile("new (?:NotFoundException|BadInputException)\\(\\s*\"([^\"]*)\"");

	@Test
	void everyKeyAnOutcomeIsThrownWithExistsInBothLanguages() throws IOException {
		Set<String> vietnamese = keys("");
		Set<String> english = keys("_en");
		Set<String> used = new TreeSet<>();
		try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
			for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
				Matcher matcher = THROWN_KEY.matcher(Files.readString(source));
				while (matcher.find()) {
					used.add(matcher.group(1));
				}
			}
		}
		assertThat(used).as("keys thrown with NotFoundException or BadInputException").hasSizeGreaterThan(15);
		assertThat(used).allSatisfy(key -> {
			assertThat(vietnamese).contains(key);
			assertThat(english).contains(key);
		});
	}

	private static Set<String> keys(String suffix) throws IOException {
		Set<String> keys = new HashSet<>();
		try (Stream<Path> files = Files.list(BUNDLES)) {
			for (Path file : files.filter(f -> f.getFileName().toString().endsWith(suffix + ".properties"))
				.filter(f -> suffix.isEmpty() != f.getFileName().toString().contains("_en"))
				.toList()) {
				Properties properties = new Properties();
				try (InputStream in = Files.newInputStream(file)) {
					properties.load(in);
				}
				keys.addAll(properties.stringPropertyNames());
			}
		}
		return keys;
	}

}
