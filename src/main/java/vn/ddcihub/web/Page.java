package vn.ddcihub.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;

import vn.ddcihub.shared.NavigationEntry;
import vn.ddcihub.shared.VietnameseFormat;

/**
 * What every page template gets: the signed-in user, the navigation they may see, messages in
 * the chosen language, the CSRF token, and Vietnamese formats (dd/MM/yyyy, decimal comma).
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

	Page(MessageSource messages, Locale locale, String path, String queryString, PageUser user,
			List<NavigationEntry> navigation, String csrfParameter, String csrfToken) {
		this.messages = messages;
		this.locale = locale;
		this.path = path;
		this.queryString = queryString;
		this.user = user;
		this.navigation = navigation;
		this.csrfParameter = csrfParameter;
		this.csrfToken = csrfToken;
	}

	/** A message in the page's language; the key itself when missing, so a gap shows instead of failing. */
	public String t(String key, Object... args) {
		try {
			return messages.getMessage(key, args, locale);
		}
		catch (NoSuchMessageException ex) {
			return key;
		}
	}

	/** A message, or {@code fallback} when the bundle has none (e.g. a record type without a label yet). */
	public String tOr(String key, String fallback) {
		return messages.getMessage(key, null, fallback, locale);
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

	public boolean active(NavigationEntry entry) {
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
		return (shown.signum() > 0 ? "+" : shown.signum() < 0 ? "−" : "") + number(shown.abs(), VietnameseFormat.DECIMALS);
	}

	public String date(TemporalAccessor value) {
		if (value == null) {
			return "";
		}
		return value instanceof OffsetDateTime time ? VietnameseFormat.date(time) : VietnameseFormat.date(LocalDate.from(value));
	}

	public String dateTime(OffsetDateTime value) {
		return value == null ? "" : VietnameseFormat.dateTime(value);
	}

	public String isoDate(LocalDate value) {
		return value == null ? "" : value.toString();
	}

	/** Who is signed in, as the layout shows it. */
	public record PageUser(String username, String displayName, String organisationName, String unitName,
			java.util.Set<String> roles) {
	}
}
