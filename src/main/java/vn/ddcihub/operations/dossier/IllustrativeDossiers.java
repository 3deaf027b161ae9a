package vn.ddcihub.operations.dossier;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import vn.ddcihub.operations.dossier.IllustrativeCatalogue.Entry;

/**
 * Writes an illustrative one-stop-shop export as CSV (the demo's year of dossiers, the
 * benchmark's million): dossiers spread over the months of a year, procedures by their
 * weight, more online submissions and fewer late returns as the year goes on (the plan at
 * work), most late ones with an apology slip, a few still open past their date. Times are
 * Vietnamese (dd/MM/yyyy HH:mm) or ISO; the same seed writes the same file.
 */
public final class IllustrativeDossiers {

	/** The header, as a Vietnamese export names its columns. */
	public static final String HEADER = "Mã hồ sơ,Mã thủ tục,Tên thủ tục,Lĩnh vực,Đơn vị xử lý,Kênh tiếp nhận,"
			+ "Ngày tiếp nhận,Ngày hẹn trả,Ngày trả kết quả,Trạng thái,Phiếu xin lỗi";

	private static final DateTimeFormatter VIETNAMESE = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

	private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private IllustrativeDossiers() {
	}

	/**
	 * @param unitNames unit code → the name written in the file
	 * @param iso ISO times (for PostgreSQL's own COPY in the benchmark) instead of
	 * Vietnamese ones
	 * @param openPerThousand of December's dossiers, how many in a thousand are still
	 * open (past their date once the year is over)
	 */
	public static void write(Writer out, int year, int count, long seed, Map<String, String> unitNames, boolean iso,
			int openPerThousand) {
		List<Entry> entries = IllustrativeCatalogue.ENTRIES;
		int totalWeight = entries.stream().mapToInt(Entry::weight).sum();
		SplittableRandom random = new SplittableRandom(seed);
		DateTimeFormatter format = iso ? ISO : VIETNAMESE;
		StringBuilder line = new StringBuilder(256);
		try {
			out.write(HEADER);
			out.write('\n');
			for (int i = 0; i < count; i++) {
				int month = 1 + (int) ((long) i * 12 / count);
				double progress = (month - 1) / 11.0;
				Entry entry = pick(entries, totalWeight, random.nextInt(totalWeight));
				LocalDateTime received = workingDay(LocalDate.of(year, month, 1 + random.nextInt(28)))
					.atTime(7 + random.nextInt(10), random.nextInt(4) * 15);
				int allowed = Procedure.defaultReducedDays(entry.statutoryDays());
				LocalDate due = addWorkingDays(received.toLocalDate(), allowed);
				double draw = random.nextDouble();
				double late = 0.06 - 0.05 * progress;
				double early = 0.55 + 0.15 * progress;
				boolean open = month == 12 && random.nextInt(1000) < openPerThousand;
				LocalDateTime returned;
				String apology = "";
				if (open) {
					returned = null;
				}
				else if (draw < late) {
					returned = addWorkingDays(due, 1 + random.nextInt(8)).atTime(9 + random.nextInt(7), 0);
					apology = random.nextInt(100) < 80 ? "Có" : "Không";
				}
				else if (draw < late + early && allowed > 1) {
					returned = addWorkingDays(received.toLocalDate(), random.nextInt(allowed))
						.atTime(8 + random.nextInt(9), 30);
				}
				else {
					returned = due.atTime(8 + random.nextInt(9), 0);
				}
				line.setLength(0);
				line.append(year).append("-H39-").append(String.format("%07d", i + 1)).append(',');
				line.append(entry.code()).append(',');
				quoted(line, entry.name());
				line.append(entry.field()).append(',');
				quoted(line, unitNames.getOrDefault(entry.unit(), entry.unit()));
				line.append(channel(entry.online(), progress, random)).append(',');
				line.append(received.format(format)).append(',');
				line.append(due.atTime(17, 0).format(format)).append(',');
				line.append(returned == null ? "" : returned.format(format)).append(',');
				line.append(returned == null ? "Đang giải quyết" : "Đã trả kết quả").append(',');
				line.append(apology).append('\n');
				out.append(line);
			}
			out.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Entry pick(List<Entry> entries, int totalWeight, int draw) {
		int sum = 0;
		for (Entry entry : entries) {
			sum += entry.weight();
			if (draw < sum) {
				return entry;
			}
		}
		return entries.get(entries.size() - 1);
	}

	private static String channel(OnlineLevel level, double progress, SplittableRandom random) {
		double online = switch (level) {
			case FULLY -> 0.5 + 0.4 * progress;
			case PARTLY -> 0.15 + 0.3 * progress;
			case NONE -> 0;
		};
		double draw = random.nextDouble();
		return draw < online ? "Trực tuyến" : draw < online + 0.04 ? "Bưu chính" : "Trực tiếp";
	}

	private static void quoted(StringBuilder line, String text) {
		line.append('"').append(text.replace("\"", "\"\"")).append("\",");
	}

	private static LocalDate workingDay(LocalDate day) {
		LocalDate at = day;
		while (at.getDayOfWeek() == DayOfWeek.SATURDAY || at.getDayOfWeek() == DayOfWeek.SUNDAY) {
			at = at.plusDays(1);
		}
		return at;
	}

	private static LocalDate addWorkingDays(LocalDate from, int days) {
		LocalDate at = from;
		for (int added = 0; added < days;) {
			at = at.plusDays(1);
			if (at.getDayOfWeek() != DayOfWeek.SATURDAY && at.getDayOfWeek() != DayOfWeek.SUNDAY) {
				added++;
			}
		}
		return at;
	}

}
