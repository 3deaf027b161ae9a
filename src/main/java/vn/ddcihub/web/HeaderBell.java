package vn.ddcihub.web;

import vn.ddcihub.org.CurrentUser;

/**
 * The bell in the page header: where it leads and how many unread notifications it
 * counts. The layout knows no capability, so the capability that keeps notifications
 * declares one bean of this type; without one the header shows no bell. Called on every
 * page, so {@link #unread} must cost one cheap query.
 */
public interface HeaderBell {

	/** The page that lists the notifications. */
	String path();

	/** The user's unread notifications. */
	long unread(CurrentUser user);

}
