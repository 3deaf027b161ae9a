package vn.ddcihub.operations.question;

import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The simple challenge of the public form and API: a small sum in Vietnamese words ("Bảy
 * cộng năm bằng bao nhiêu?"), kept in PostgreSQL so whichever node receives the answer
 * can check it, usable once and for {@link #MINUTES} minutes. No external service.
 */
@Component
public class QuestionChallenges {

	static final int MINUTES = 60;

	private static final List<String> WORDS = List.of("không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám",
			"chín");

	private final JdbcClient jdbc;

	private final SecureRandom random = new SecureRandom();

	QuestionChallenges(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A challenge to show: its id (sent back with the answer) and its question. */
	public record Challenge(String id, String question) {
	}

	@Transactional
	public Challenge create() {
		jdbc.sql("delete from ops_question_challenge where expires_at < now()").update();
		int a = 1 + random.nextInt(9);
		int b = 1 + random.nextInt(9);
		UUID id = UUID.randomUUID();
		jdbc.sql(
				"insert into ops_question_challenge (id, answer, expires_at) values (?, ?, now() + make_interval(mins => ?))")
			.params(id, a + b, MINUTES)
			.update();
		String first = WORDS.get(a);
		return new Challenge(id.toString(), Character.toUpperCase(first.charAt(0)) + first.substring(1) + " cộng "
				+ WORDS.get(b) + " bằng bao nhiêu? (viết bằng chữ số)");
	}

	/**
	 * Whether {@code answer} answers the challenge; the challenge is used up either way.
	 */
	@Transactional
	public boolean answered(String id, String answer) {
		UUID uuid;
		try {
			uuid = UUID.fromString(id);
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
		Optional<Integer> expected = jdbc
			.sql("delete from ops_question_challenge where id = ? and expires_at >= now() returning answer")
			.param(uuid)
			.query(Integer.class)
			.optional();
		return expected.isPresent() && expected.get().toString().equals(answer == null ? "" : answer.strip());
	}

}
