package vn.ddcihub.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleLocaleContext;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * The language of a request, Vietnamese unless the request chooses English:
 * {@code ?lang=} (the {@code LocaleChangeInterceptor} remembers it in the cookie), the
 * language cookie, and for API clients, which keep no cookie, Accept-Language. Pages do
 * not follow the browser's Accept-Language: many officials' browsers are set to English,
 * and the interface is Vietnamese first. {@code ?lang=} is read here too (from the query
 * string, never a body) so that answers written before any handler runs — a 401 from the
 * security filters, a container error — are in the chosen language.
 */
class LanguageResolver extends CookieLocaleResolver {

	static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private static final List<Locale> SUPPORTED = List.of(VIETNAMESE, Locale.ENGLISH);

	LanguageResolver() {
		super("ddci-lang");
		setDefaultLocale(VIETNAMESE);
		setCookieMaxAge(Duration.ofDays(365));
		setDefaultLocaleFunction(LanguageResolver::withoutChoice);
	}

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		Locale chosen = chosenInQuery(request);
		return chosen != null ? chosen : super.resolveLocale(request);
	}

	@Override
	public LocaleContext resolveLocaleContext(HttpServletRequest request) {
		Locale chosen = chosenInQuery(request);
		return chosen != null ? new SimpleLocaleContext(chosen) : super.resolveLocaleContext(request);
	}

	private static Locale withoutChoice(HttpServletRequest request) {
		String accepted = request.getHeader("Accept-Language");
		if (accepted != null && ApiRequests.matches(request)) {
			try {
				Locale match = Locale.lookup(Locale.LanguageRange.parse(accepted), SUPPORTED);
				if (match != null) {
					return match;
				}
			}
			catch (IllegalArgumentException malformed) {
				// A header that cannot be read chooses nothing.
			}
		}
		return VIETNAMESE;
	}

	/**
	 * {@code lang} from the query string; on an error dispatch, from the query of the
	 * request that failed.
	 */
	private static Locale chosenInQuery(HttpServletRequest request) {
		Object failed = request.getAttribute(RequestDispatcher.ERROR_QUERY_STRING);
		String query = failed != null ? failed.toString() : request.getQueryString();
		if (query == null) {
			return null;
		}
		for (String parameter : query.split("&")) {
			if (parameter.startsWith("lang=")) {
				String language = Locale.forLanguageTag(parameter.substring("lang=".length())).getLanguage();
				return SUPPORTED.stream()
					.filter(locale -> locale.getLanguage().equals(language))
					.findFirst()
					.orElse(null);
			}
		}
		return null;
	}

}
