package vn.ddcihub.web;

import java.util.List;

import vn.ddcihub.org.CurrentUser;

/**
 * A capability's part of the start page. The layout knows no capability: each one that
 * has something to show on the start page declares a bean of this type, so a public
 * portal can reuse the layout without depending on the capabilities behind the sign-in.
 */
public interface StartPageSection {

	/** Sections are shown lowest first. */
	int order();

	/**
	 * The cards this section shows the user, already in the page's language; none when it
	 * has nothing.
	 */
	List<StartPageCard> cards(CurrentUser user, Page page);

}
