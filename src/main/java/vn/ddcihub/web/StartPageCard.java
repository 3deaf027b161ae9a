package vn.ddcihub.web;

import java.util.List;

/**
 * One card of the start page: a title, figures shown large (score, rank), a list of
 * links, and a link to the capability's own page. Texts come translated; the start page
 * only lays them out.
 *
 * @param wide figures span the whole width; list cards share a row
 * @param emptyText shown when there are neither figures nor items
 */
public record StartPageCard(String id, String title, List<Figure> figures, List<Item> items, String emptyText,
		Link more, boolean wide) {

	/** A large figure with its label above and a note below. */
	public record Figure(String label, String value, String note) {
	}

	/** A line of the list: an emphasised lead (a date), a linked text, and a badge. */
	public record Item(String lead, String text, String href, String badge) {
	}

	public record Link(String text, String href) {
	}
}
