package vn.ddcihub.org;

import vn.ddcihub.org.domain.OrgAuditKind;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ddcihub.org.AuditTrail.Action;
import vn.ddcihub.org.domain.UserRepository;
import vn.ddcihub.shared.BadInputException;
import vn.ddcihub.shared.InputProblem;
import vn.ddcihub.shared.InputRules;
import vn.ddcihub.shared.NotFoundException;

/**
 * Personal API tokens ({@code Authorization: Bearer ddci_…}) so that scripts need not
 * send a password. The token is shown once at creation; only its SHA-256 hash is stored.
 */
@Service
public class ApiTokens {

	static final String PREFIX = "ddci_";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final UserRepository users;

	private final AuditTrail audit;

	private final InputRules inputRules;

	ApiTokens(JdbcClient jdbc, UserRepository users, AuditTrail audit, InputRules inputRules) {
		this.jdbc = jdbc;
		this.users = users;
		this.audit = audit;
		this.inputRules = inputRules;
	}

	/** Creates a token and returns it in clear — the only time it can be seen. */
	@Transactional
	public String create(CurrentUser user, String name) {
		inputRules.check(new TokenForm(name));
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		String token = PREFIX + HexFormat.of().formatHex(secret);
		long id = jdbc.sql("insert into org_api_token (user_id, name, token_hash) values (?, ?, ?) returning id")
			.params(user.id(), name.trim(), hash(token))
			.query(Long.class)
			.single();
		audit.record(OrgAuditKind.API_TOKEN, id, Action.CREATE, null,
				Map.of("user", user.getUsername(), "name", name.trim()), user.organisationId());
		return token;
	}

	@Transactional(readOnly = true)
	public List<TokenInfo> list(CurrentUser user) {
		return jdbc.sql(
				"select id, name, created_at, last_used_at from org_api_token where user_id = ? and revoked_at is null "
						+ "order by created_at desc")
			.param(user.id())
			.query((rs, n) -> new TokenInfo(rs.getLong("id"), rs.getString("name"),
					rs.getObject("created_at", OffsetDateTime.class),
					rs.getObject("last_used_at", OffsetDateTime.class)))
			.list();
	}

	@Transactional
	public void revoke(CurrentUser user, long id) {
		int revoked = jdbc
			.sql("update org_api_token set revoked_at = now() where id = ? and user_id = ? and revoked_at is null")
			.params(id, user.id())
			.update();
		if (revoked == 0) {
			throw new NotFoundException("org.notFound.token", id);
		}
		audit.record(OrgAuditKind.API_TOKEN, id, Action.DEACTIVATE, Map.of("user", user.getUsername()), null,
				user.organisationId());
	}

	/** The active user a token belongs to, if the token is valid and not revoked. */
	@Transactional
	public Optional<CurrentUser> authenticate(String token) {
		if (token == null || !token.startsWith(PREFIX)) {
			return Optional.empty();
		}
		String tokenHash = hash(token);
		Optional<String> username = jdbc.sql("""
				select u.username from org_api_token t join org_user u on u.id = t.user_id
				where t.token_hash = ? and t.revoked_at is null and u.active""")
			.param(tokenHash)
			.query(String.class)
			.optional();
		// "Last used" to the minute is enough; writing it on every call would put a write
		// on every script request.
		username.ifPresent(used -> jdbc.sql("""
				update org_api_token set last_used_at = now()
				where token_hash = ? and (last_used_at is null or last_used_at < now() - interval '1 minute')""")
			.param(tokenHash)
			.update());
		return username.flatMap(users::principal);
	}

	/**
	 * Deletes tokens revoked longer ago than {@code age}: they can no longer sign anyone
	 * in, and the audit trail keeps who created and revoked them. Returns how many.
	 */
	@Transactional
	public int deleteRevokedBefore(Duration age) {
		return jdbc.sql("delete from org_api_token where revoked_at < now() - make_interval(secs => :seconds)")
			.param("seconds", age.toSeconds())
			.update();
	}

	private static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A token as listed to its owner (never the token itself). */
	public record TokenInfo(long id, String name, OffsetDateTime createdAt, OffsetDateTime lastUsedAt) {
	}

}
