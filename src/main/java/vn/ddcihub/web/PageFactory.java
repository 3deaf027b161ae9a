package vn.ddcihub.web;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.support.RequestContextUtils;

import vn.ddcihub.org.CurrentUser;
import vn.ddcihub.org.CurrentUsers;
import vn.ddcihub.org.OrgDirectory;
import vn.ddcihub.org.Organisation;
import vn.ddcihub.shared.NavigationEntry;

/**
 * Builds the {@link Page} of a request: for normal pages, error pages and exception
 * answers alike.
 */
@Component
public class PageFactory {

	private final MessageSource messages;

	private final OrgDirectory directory;

	private final List<NavigationEntry> navigation;

	private final LocaleResolver languages;

	private final HeaderBell bell;

	PageFactory(MessageSource messages, OrgDirectory directory, List<NavigationEntry> navigation,
			LocaleResolver languages, ObjectProvider<HeaderBell> bell) {
		this.messages = messages;
		this.bell = bell.getIfUnique();
		this.languages = languages;
		this.directory = directory;
		this.navigation = navigation.stream().sorted(Comparator.comparingInt(NavigationEntry::order)).toList();
	}

	public Page create(HttpServletRequest request) {
		CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
		CurrentUser user = CurrentUsers.current().orElse(null);
		Page.PageUser pageUser = null;
		List<NavigationEntry> visible = List.of();
		Page.Bell pageBell = null;
		if (user != null) {
			Set<String> roles = user.roleNames();
			String organisation = user.organisationId() == null ? ""
					: directory.organisation(user.organisationId()).map(Organisation::name).orElse("");
			pageUser = new Page.PageUser(user.getUsername(), user.displayName(), organisation,
					directory.unitName(user.unitId()), roles);
			visible = navigation.stream().filter(entry -> entry.visibleTo(roles)).toList();
			pageBell = bell == null ? null : new Page.Bell(bell.path(), bell.unread(user));
		}
		return new Page(messages, RequestContextUtils.getLocale(request), path(request), request.getQueryString(),
				pageUser, visible, csrf == null ? "_csrf" : csrf.getParameterName(),
				csrf == null ? "" : csrf.getToken(), pageBell);
	}

	/**
	 * The page of an answer given while the database is down: nobody signed in, no menu,
	 * no CSRF token — each would read the session or the directory from the database.
	 */
	public Page createWithoutDatabase(HttpServletRequest request) {
		return new Page(messages, languages.resolveLocale(request), path(request), request.getQueryString(), null,
				List.of(), "_csrf", "", null);
	}

	private static String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

}
