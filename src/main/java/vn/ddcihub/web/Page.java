package vn.ddcihub.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.NoSuchMessageException;

import vn.ddcihub.shared.FormState;
import vn.ddcihub.shared.NavigationEntry;
import vn.ddcihub.shared.ScoreRules;
import vn.ddcihub.shared.TypedText;
import vn.ddcihub.shared.VietnameseFormat;

/**
 * What every page template gets: the signed-in user, the navigation they may see,
 * messages in the chosen language, the CSRF token, and Vietnamese formats (dd/MM/yyyy,
 * decimal comma).
 */
public final class Page {

	private final MessageSource messages;

	private final Locale locale;

	private final String path;

	private final String queryString;

	private final PageUser user;

	private final List<NavigationEntry> navigation;

	private final String csrfParameter;

	private final String csrfToken;

	private final Bell bell;

	Page(MessageSource messages, Locale locale, String path, String queryString, PageUser user,
			List<NavigationEntry> navigation, String csrfParameter, String csrfToken, Bell bell) {
		this.bell = bell;
		this.messages = messages;
		this.locale = locale;
		this.path = path;
		this.queryString = queryString;
		this.user = user;
		this.navigation = navigation;
		this.csrfParameter = csrfParameter;
		this.csrfToken = csrfToken;
	}

	/**
	 * A message in the page's language; the key itself when missing, so a gap shows
	 * instead of failing.
	 */
	public String t(String key, Object... args) {
		try {
			return messages.getMessage(key, args, locale);
		}
		catch (NoSuchMessageException ex) {
			return key;
		}
	}

	/**
	 * A message, or {@code fallback} when the bundle has none (e.g. a record type without
	 * a label yet).
	 */
	public String tOr(String key, String fallback) {
		return messages.getMessage(key, null, fallback, locale);
	}

	/** A message such as a field error, in the page's language. */
	public String message(MessageSourceResolvable message) {
		try {
			return messages.getMessage(message, locale);
		}
		catch (NoSuchMessageException ex) {
			return message.getCodes() == null || message.getCodes().length == 0 ? "" : message.getCodes()[0];
		}
	}

	/**
	 * The label of a form field: {@code label} when the page names it, else its
	 * {@link vn.ddcihub.shared.Label}.
	 */
	public String label(FormState.Field field, String label) {
		return label != null ? label : t(field.labelKey());
	}

	/**
	 * "Từ 0 đến 10, ví dụ 7,5": the range of a component score, from {@link ScoreRules}.
	 */
	public String scoreHint() {
		return t("form.score.hint", ScoreRules.SCORE_MIN, ScoreRules.SCORE_MAX);
	}

	/** The range of a total, from {@link ScoreRules}. */
	public String totalHint() {
		return t("form.total.hint", ScoreRules.TOTAL_MIN, ScoreRules.TOTAL_MAX);
	}

	/**
	 * A field's value as it goes back into its input (decimals with this page's
	 * separator, dates dd/MM/yyyy).
	 */
	public String inputValue(FormState.Field field) {
		return TypedText.print(field.value(), locale);
	}

	/**
	 * The ids that describe a field's input: its hint, its error, its length limit; null
	 * when none.
	 */
	public String describedBy(FormState.Field field, boolean hint) {
		StringBuilder ids = new StringBuilder();
		if (hint) {
			ids.append(field.id()).append("-hint ");
		}
		if (field.invalid()) {
			ids.append(field.id()).append("-error ");
		}
		if (field.maxLength() != null) {
			ids.append(field.id()).append("-info ");
		}
		return ids.isEmpty() ? null : ids.toString().strip();
	}

	public String lang() {
		return locale.getLanguage();
	}

	public boolean english() {
		return "en".equals(locale.getLanguage());
	}

	/** The current page in the other language. */
	public String switchLanguageUrl() {
		String keep = queryString == null ? "" : queryString.replaceAll("(^|&)lang=[^&]*", "").replaceAll("^&", "");
		return path + "?" + (keep.isEmpty() ? "" : keep + "&") + "lang=" + (english() ? "vi" : "en");
	}

	public String path() {
		return path;
	}

	/**
	 * The entry of the current page: the one whose path is the longest match, so
	 * {@code /admin/outbox} marks its own entry and not also {@code /admin}.
	 */
	public boolean active(NavigationEntry entry) {
		return matches(entry) && navigation.stream()
			.noneMatch(other -> matches(other) && other.path().length() > entry.path().length());
	}

	private boolean matches(NavigationEntry entry) {
		return entry.path().equals("/") ? path.equals("/") : path.startsWith(entry.path());
	}

	public PageUser user() {
		return user;
	}

	public boolean signedIn() {
		return user != null;
	}

	public boolean hasRole(String role) {
		return user != null && user.roles().contains(role);
	}

	/** The bell in the header with the unread count; null when nobody is signed in. */
	public Bell bell() {
		return bell;
	}

	public List<NavigationEntry> navigation() {
		return navigation;
	}

	public String csrfParameter() {
		return csrfParameter;
	}

	public String csrfToken() {
		return csrfToken;
	}

	/** 7,80 — two decimals with a decimal comma in Vietnamese, a point in English. */
	public String score(Double value) {
		return number(value, 2);
	}

	public String number(Number value, int decimals) {
		if (value == null || (value instanceof Double d && d.isNaN())) {
			return "–";
		}
		return VietnameseFormat.decimal(value, decimals, locale);
	}

	/** Signed change: +1,25 / −0,40. */
	public String change(Double value) {
		if (value == null || value.isNaN()) {
			return "–";
		}
		// The sign of the figure as shown, so -0.004 reads "0,00" rather than "−0,00".
		java.math.BigDecimal shown = VietnameseFormat.rounded(value, VietnameseFormat.DECIMALS);
		return (shown.signum() > 0 ? "+" : shown.signum() < 0 ? "−" : "")
				+ number(shown.abs(), VietnameseFormat.DECIMALS);
	}

	public String date(TemporalAccessor value) {
		if (value == null) {
			return "";
		}
		return value instanceof OffsetDateTime time ? VietnameseFormat.date(time)
				: VietnameseFormat.date(LocalDate.from(value));
	}

	public String dateTime(OffsetDateTime value) {
		return value == null ? "" : VietnameseFormat.dateTime(value);
	}

	public String isoDate(LocalDate value) {
		return value == null ? "" : value.toString();
	}

	/** The header's bell: where it leads and how many notifications are unread. */
	public record Bell(String path, long unread) {

		/** "99+" beyond two digits, so the badge keeps its size. */
		public String badge() {
			return unread > 99 ? "99+" : Long.toString(unread);
		}

	}

	/** Who is signed in, as the layout shows it. */
	public record PageUser(String username, String displayName, String organisationName, String unitName,
			java.util.Set<String> roles) {
	}

}
