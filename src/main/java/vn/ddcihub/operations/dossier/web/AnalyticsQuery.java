package vn.ddcihub.operations.dossier.web;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import vn.ddcihub.operations.dossier.AnalyticsFilter;
import vn.ddcihub.operations.dossier.Channel;
import vn.ddcihub.operations.dossier.Dimension;
import vn.ddcihub.shared.Label;

/**
 * The analytics filters as the page's and the API's query parameters take them: months as
 * yyyy-MM (a bad one falls back to the latest year with data), unit, field, channel, and
 * the dimension of the table.
 */
public record AnalyticsQuery(@Label("dossiers.filter.org") Long org, @Label("dossiers.filter.from") String from,
		@Label("dossiers.filter.to") String to, @Label("dossiers.filter.unit") String unit,
		@Label("dossiers.filter.field") String field, @Label("dossiers.filter.channel") String channel,
		@Label("dossiers.filter.by") String by) {

	AnalyticsFilter filter(YearMonth latest) {
		YearMonth start = month(from, YearMonth.of(latest.getYear(), 1));
		YearMonth end = month(to, YearMonth.of(latest.getYear(), 12));
		return new AnalyticsFilter(start, end, unit, field, channelValue());
	}

	Dimension dimension() {
		for (Dimension dimension : Dimension.values()) {
			if (dimension.name().equalsIgnoreCase(by)) {
				return dimension;
			}
		}
		return Dimension.UNIT;
	}

	private Channel channelValue() {
		for (Channel value : Channel.values()) {
			if (value.name().equalsIgnoreCase(channel)) {
				return value;
			}
		}
		return null;
	}

	private static YearMonth month(String text, YearMonth fallback) {
		if (text == null || text.isBlank()) {
			return fallback;
		}
		try {
			return YearMonth.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			return fallback;
		}
	}

}
