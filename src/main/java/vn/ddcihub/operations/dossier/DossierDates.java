package vn.ddcihub.operations.dossier;

import java.time.DateTimeException;
import java.time.LocalDateTime;

/**
 * Dates and times of an export: dd/MM/yyyy [HH:mm[:ss]] (also with - or . between the
 * parts) and ISO yyyy-MM-dd[ HH:mm[:ss]] or [Thh:mm…]. Read by hand: a million rows have
 * three dates each, and a formatter per pattern tried in turn costs several times more.
 */
final class DossierDates {

	private DossierDates() {
	}

	/** The time a cell holds, or null when it is not a date this reader knows. */
	static LocalDateTime parse(String text) {
		int[] parts = new int[6];
		int[] digits = new int[6];
		int count = 0;
		int length = text.length();
		for (int i = 0; i < length && count < 6;) {
			char c = text.charAt(i);
			if (c >= '0' && c <= '9') {
				int value = 0;
				int n = 0;
				while (i < length && text.charAt(i) >= '0' && text.charAt(i) <= '9' && n < 5) {
					value = value * 10 + text.charAt(i) - '0';
					i++;
					n++;
				}
				parts[count] = value;
				digits[count] = n;
				count++;
			}
			else if (c == '/' || c == '-' || c == '.' || c == ':' || c == ' ' || c == 'T') {
				i++;
			}
			else {
				return null;
			}
		}
		if (count < 3 || count == 4) {
			return null;
		}
		int year;
		int month;
		int day;
		if (digits[0] == 4) {
			year = parts[0];
			month = parts[1];
			day = parts[2];
		}
		else if (digits[2] == 4) {
			day = parts[0];
			month = parts[1];
			year = parts[2];
		}
		else {
			return null;
		}
		if (year < 1990 || year > 2100) {
			return null;
		}
		try {
			return LocalDateTime.of(year, month, day, count > 3 ? parts[3] : 0, count > 3 ? parts[4] : 0,
					count > 5 ? parts[5] : 0);
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	/** As COPY's text format takes a timestamp. */
	static void append(StringBuilder out, LocalDateTime time) {
		out.append(time.getYear()).append('-');
		two(out, time.getMonthValue());
		out.append('-');
		two(out, time.getDayOfMonth());
		out.append(' ');
		two(out, time.getHour());
		out.append(':');
		two(out, time.getMinute());
		out.append(':');
		two(out, time.getSecond());
	}

	private static void two(StringBuilder out, int value) {
		if (value < 10) {
			out.append('0');
		}
		out.append(value);
	}

}
