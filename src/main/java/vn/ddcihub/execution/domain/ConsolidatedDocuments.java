package vn.ddcihub.execution.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import vn.ddcihub.documents.AdministrativeDocument;
import vn.ddcihub.documents.BarChart;
import vn.ddcihub.documents.Block;
import vn.ddcihub.documents.ChartImage;
import vn.ddcihub.documents.ChartSeries;
import vn.ddcihub.documents.DocumentRenderers;
import vn.ddcihub.documents.Signature;
import vn.ddcihub.documents.TableContent;
import vn.ddcihub.execution.TaskStatus;
import vn.ddcihub.execution.domain.ConsolidatedContent.Figure;
import vn.ddcihub.execution.domain.ConsolidatedContent.GoalCheck;
import vn.ddcihub.execution.domain.ConsolidatedContent.MissingUnit;
import vn.ddcihub.execution.domain.ConsolidatedContent.OverdueTask;
import vn.ddcihub.execution.domain.ConsolidatedContent.Quote;
import vn.ddcihub.execution.domain.ConsolidatedContent.Section;
import vn.ddcihub.plan.Plan;
import vn.ddcihub.shared.VietnameseFormat;

/**
 * A consolidated report as an administrative document (báo cáo, Decree 30/2020/NĐ-CP),
 * drawn by {@code documents} in Word and PDF: the issuer of the plan, "Số: …/BC-STNMT",
 * place and date, "BÁO CÁO" with its summary line, then per component its target,
 * baseline and latest score, tasks by status, the units' results, difficulties and
 * proposals quoted with their unit, overdue tasks and figures; the units that have not
 * reported; the Office's assessment and next steps; Nơi nhận and the signer. A draft
 * carries "DỰ THẢO". Plain Java, so the benchmark renders it without Spring.
 */
public class ConsolidatedDocuments {

	/** Task statuses as the documents write them (pages use the message bundles). */
	static final Map<TaskStatus, String> STATUS_WORDS = Map.of(TaskStatus.NOT_STARTED, "chưa triển khai",
			TaskStatus.IN_PROGRESS, "đang thực hiện", TaskStatus.DONE, "hoàn thành", TaskStatus.BEHIND, "chậm tiến độ",
			TaskStatus.BLOCKED, "có vướng mắc");

	private final DocumentRenderers renderers;

	public ConsolidatedDocuments(DocumentRenderers renderers) {
		this.renderers = renderers;
	}

	public byte[] docx(AdministrativeDocument document) {
		return renderers.docx(document);
	}

	public byte[] pdf(AdministrativeDocument document) {
		return renderers.pdf(document);
	}

	/**
	 * @param date the document's date: the issue date, or today for a draft
	 * @param draft true until issued (the document carries "DỰ THẢO")
	 */
	public AdministrativeDocument document(Plan plan, ConsolidatedContent content, ConsolidatedSummary summary,
			LocalDate date, boolean draft) {
		List<Block> body = new ArrayList<>();
		body.add(Block.heading(1, "I. KẾT QUẢ THỰC HIỆN"));
		body.add(Block.paragraph(totalLine(content)));
		if (content.taskCount() > 0) {
			body.add(Block.chart(statusChart(content), 0.4));
		}
		if (content.kind().yearly()) {
			body.add(Block.table(achievementTable(content)));
			body.add(Block.paragraph(goalLine(content)));
		}
		for (Section section : content.sections()) {
			section(content, section, body);
		}
		body.add(Block.heading(1, "II. ĐƠN VỊ CHƯA BÁO CÁO"));
		if (content.missing().isEmpty()) {
			body.add(Block.paragraph("Các phòng, đơn vị đã báo cáo đầy đủ và được chấp nhận."));
		}
		content.missing().forEach(m -> body.add(Block.dash(missing(m))));
		body.add(Block.heading(1, "III. ĐÁNH GIÁ CHUNG"));
		paragraphs(summary.assessment(), body);
		body.add(Block.heading(1, content.kind() == ConsolidatedKind.MONTHLY ? "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ THÁNG TỚI"
				: "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM TỚI"));
		paragraphs(summary.nextSteps(), body);
		return new AdministrativeDocument(plan.issuerParent(), plan.issuer(), numberSymbol(plan, summary), plan.place(),
				date, "BÁO CÁO", subtitle(content), preamble(plan, content), body, recipients(plan, content.kind()),
				signature(plan, summary), List.of(), draft ? AdministrativeDocument.DRAFT : "");
	}

	/** "Kết quả thực hiện Kế hoạch nâng cao chỉ số DDCI tháng 11 năm 2020". */
	static String subtitle(ConsolidatedContent content) {
		String when = content.month() == null ? "năm " + content.year()
				: "tháng " + content.month() + " năm " + content.year();
		return "Kết quả thực hiện Kế hoạch nâng cao chỉ số DDCI " + when;
	}

	private static List<String> preamble(Plan plan, ConsolidatedContent content) {
		List<String> preamble = new ArrayList<>();
		if (content.kind() == ConsolidatedKind.UPWARD) {
			preamble.add("Kính gửi: " + String.join("; ", addressees(plan)) + ".");
		}
		String when = content.month() == null ? "năm " + content.year()
				: "tháng " + content.month() + " năm " + content.year();
		preamble.add("Thực hiện Kế hoạch số " + plan.numberSymbol()
				+ (plan.issuedOn() == null ? "" : " ngày " + VietnameseFormat.date(plan.issuedOn())) + " của "
				+ content.organisationName() + " về " + lowerFirst(plan.title())
				+ "; trên cơ sở báo cáo của các phòng, đơn vị, " + content.organisationName()
				+ " báo cáo kết quả thực hiện " + when + " như sau:");
		return preamble;
	}

	/** The bodies the upward report is addressed to (Kính gửi). */
	static List<String> addressees(Plan plan) {
		return List.of("Sở Kế hoạch và Đầu tư tỉnh " + plan.place(), "Ủy ban nhân dân tỉnh " + plan.place());
	}

	private static String totalLine(ConsolidatedContent content) {
		return "Tổng số " + content.taskCount() + " nhiệm vụ: " + statusWords(content.statusCounts()) + ".";
	}

	/** "3 hoàn thành, 5 đang thực hiện, …", the statuses that occur, in their order. */
	static String statusWords(Map<TaskStatus, Integer> counts) {
		List<String> parts = new ArrayList<>();
		for (TaskStatus status : TaskStatus.values()) {
			int count = counts.getOrDefault(status, 0);
			if (count > 0) {
				parts.add(count + " " + STATUS_WORDS.get(status));
			}
		}
		return parts.isEmpty() ? "chưa có nhiệm vụ" : String.join(", ", parts);
	}

	private ChartImage statusChart(ConsolidatedContent content) {
		List<String> categories = Arrays.stream(TaskStatus.values()).map(STATUS_WORDS::get).map(this::capital).toList();
		List<Double> values = Arrays.stream(TaskStatus.values())
			.map(s -> (double) content.statusCounts().getOrDefault(s, 0))
			.toList();
		double maximum = Math.max(1, values.stream().mapToDouble(Double::doubleValue).max().orElse(1));
		// Room for the count after the longest bar; a canvas of this shape keeps the
		// labels legible at the
		// width of the text.
		double axis = Math.max(5, Math.ceil(maximum * 1.15 / 5) * 5);
		byte[] png = renderers.barPng(
				new BarChart("", categories, List.of(new ChartSeries("Số nhiệm vụ", values, "#5470c6")), axis, true),
				640, 400);
		return new ChartImage(png, "Biểu đồ: nhiệm vụ theo tình trạng thực hiện");
	}

	private String capital(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	private static void section(ConsolidatedContent content, Section section, List<Block> body) {
		body.add(Block.heading(2, section.number() == null ? (content.sections().size()) + ". " + section.name()
				: section.number() + ". Chỉ số “" + section.name() + "”"));
		if (section.number() != null) {
			body.add(Block.dash(targetLine(content, section)));
		}
		body.add(Block.dash("Nhiệm vụ: " + section.taskCount() + " (" + statusWords(section.statusCounts()) + ")."));
		quotes("Kết quả đạt được:", section.results(), body);
		quotes("Khó khăn, vướng mắc:", section.difficulties(), body);
		quotes("Đề xuất, kiến nghị:", section.proposals(), body);
		if (!section.overdue().isEmpty()) {
			body.add(Block.dash("Nhiệm vụ quá hạn:"));
			for (OverdueTask task : section.overdue()) {
				body.add(Block.plus(task.task() + (task.leadUnits().isBlank() ? "" : " (" + task.leadUnits() + ")")
						+ (task.dueOn() == null ? "" : ", hạn " + VietnameseFormat.date(task.dueOn())) + "."));
			}
		}
		if (!section.figures().isEmpty()) {
			body.add(Block.dash("Số liệu báo cáo:"));
			for (Figure figure : section.figures()) {
				body.add(Block.plus(figure.label() + ": " + figureValue(figure.value())
						+ (figure.unitLabel().isBlank() ? "" : " " + figure.unitLabel()) + "."));
			}
		}
	}

	/** Counts as whole numbers ("3 hồ sơ"), other figures with two decimals. */
	static String figureValue(java.math.BigDecimal value) {
		return value.stripTrailingZeros().scale() <= 0 ? VietnameseFormat.integer(value.longValue())
				: VietnameseFormat.decimal(value.doubleValue());
	}

	/**
	 * "Chỉ tiêu năm 2020: đạt trên 7,80 điểm; năm 2019: 6,77 điểm, hạng 15; kết quả DDCI
	 * 2019: 6,77 điểm, hạng 15/23 — chưa đạt."
	 */
	static String targetLine(ConsolidatedContent content, Section section) {
		StringBuilder line = new StringBuilder("Chỉ tiêu năm " + content.targetYear() + ": "
				+ (section.targetText().isBlank() ? "chưa đặt" : section.targetText()));
		if (section.baselineScore() != null) {
			line.append("; năm ")
				.append(content.baselineYear())
				.append(": ")
				.append(VietnameseFormat.decimal(section.baselineScore()))
				.append(" điểm");
			if (section.baselineRank() != null) {
				line.append(", hạng ").append(section.baselineRank());
			}
		}
		if (section.latestScore() != null) {
			line.append("; kết quả DDCI ")
				.append(content.edition())
				.append(": ")
				.append(VietnameseFormat.decimal(section.latestScore()))
				.append(" điểm, hạng ")
				.append(section.latestRank())
				.append("/")
				.append(section.unitCount());
		}
		if (content.kind().yearly()) {
			line.append(" — ").append(section.achievement().words());
		}
		return line.append(".").toString();
	}

	private static void quotes(String heading, List<Quote> quotes, List<Block> body) {
		if (quotes.isEmpty()) {
			return;
		}
		body.add(Block.dash(heading));
		for (Quote quote : quotes) {
			body.add(Block.plus(quote.unit() + ": " + quote.text()));
		}
	}

	private static String missing(MissingUnit unit) {
		String status = unit.status() == null ? "chưa báo cáo" : switch (unit.status()) {
			case "SUBMITTED" -> "đã gửi, chưa được chấp nhận";
			case "RETURNED" -> "bị trả lại, chưa gửi lại";
			default -> "đang soạn, chưa gửi";
		};
		return unit.unit() + ": " + status + ".";
	}

	/**
	 * Target against the latest result, per component, and the total against the goal.
	 */
	private static TableContent achievementTable(ConsolidatedContent content) {
		List<List<Object>> rows = new ArrayList<>();
		for (Section section : content.sections()) {
			if (section.number() == null) {
				continue;
			}
			List<Object> row = new ArrayList<>();
			row.add(section.number());
			row.add(section.name());
			row.add(section.targetScore());
			row.add(section.baselineScore());
			row.add(section.latestScore());
			row.add(section.achievement().words());
			rows.add(row);
		}
		GoalCheck goal = content.goal();
		rows.add(new ArrayList<>(Arrays.asList("", "Điểm tổng hợp", goal.goalScore(), null, goal.total(),
				goal.scoreAchievement().words())));
		String latest = content.edition() == null ? "Kết quả mới nhất" : "Kết quả DDCI " + content.edition();
		return new TableContent(
				"Kết quả các chỉ số thành phần so với chỉ tiêu", List.of("STT", "Chỉ số",
						"Chỉ tiêu " + content.targetYear(), "Năm " + content.baselineYear(), latest, "Đánh giá"),
				rows, List.of(1.0, 4.6, 1.6, 1.6, 1.8, 1.6), false);
	}

	/**
	 * "Mục tiêu: tốp 10, đạt 70 điểm trở lên; kết quả DDCI 2019: 68,50 điểm, hạng 12/23."
	 */
	static String goalLine(ConsolidatedContent content) {
		GoalCheck goal = content.goal();
		List<String> parts = new ArrayList<>();
		if (goal.goalRank() != null) {
			parts.add("tốp " + goal.goalRank());
		}
		if (goal.goalScore() != null) {
			parts.add("đạt " + VietnameseFormat.decimal(goal.goalScore()) + " điểm trở lên");
		}
		StringBuilder line = new StringBuilder("Mục tiêu chung: ")
			.append(parts.isEmpty() ? "chưa đặt" : String.join(", ", parts));
		if (goal.total() == null) {
			return line.append("; chưa có kết quả chỉ số để so sánh.").toString();
		}
		return line.append("; kết quả DDCI ")
			.append(content.edition())
			.append(": ")
			.append(VietnameseFormat.decimal(goal.total()))
			.append(" điểm (")
			.append(goal.scoreAchievement().words())
			.append("), hạng ")
			.append(goal.rank())
			.append("/")
			.append(goal.unitCount())
			.append(" (")
			.append(goal.rankAchievement().words())
			.append(").")
			.toString();
	}

	private static void paragraphs(String text, List<Block> body) {
		List<String> lines = text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
		if (lines.isEmpty()) {
			body.add(Block.paragraph("(Chưa có nội dung.)"));
		}
		for (String line : lines) {
			body.add(line.startsWith("- ") ? Block.dash(line.substring(2).strip())
					: line.startsWith("+ ") ? Block.plus(line.substring(2).strip()) : Block.paragraph(line));
		}
	}

	/** "125/BC-STNMT", or " /BC-STNMT" until the clerk numbers it. */
	static String numberSymbol(Plan plan, ConsolidatedSummary summary) {
		if (!summary.numberSymbol().isBlank()) {
			return summary.numberSymbol();
		}
		String number = plan.numberSymbol();
		int dash = number.lastIndexOf('-');
		return "      /BC" + (dash < 0 ? "" : number.substring(dash));
	}

	private static List<String> recipients(Plan plan, ConsolidatedKind kind) {
		return switch (kind) {
			case MONTHLY -> List.of("Giám đốc, các Phó Giám đốc Sở;", "Các phòng, đơn vị thuộc Sở;", "Lưu: VT, VP.");
			case YEARLY -> List.of("Giám đốc, các Phó Giám đốc Sở;", "Phòng Kế hoạch – Tài chính;",
					"Các phòng, đơn vị thuộc Sở;", "Lưu: VT, VP.");
			case UPWARD -> List.of("Như trên;", "Giám đốc, các Phó Giám đốc Sở;", "Lưu: VT, VP.");
		};
	}

	/** The signer the Office names, else the plan's (the director). */
	static Signature signature(Plan plan, ConsolidatedSummary summary) {
		if (!summary.signerTitle().isBlank() && !summary.signerName().isBlank()) {
			return new Signature(summary.signerAuthority(), summary.signerTitle(), summary.signerName());
		}
		return new Signature(plan.signerAuthority(), plan.signerTitle(), plan.signerName());
	}

	private static String lowerFirst(String text) {
		String t = text == null ? "" : text.strip();
		return t.isEmpty() ? t : Character.toLowerCase(t.charAt(0)) + t.substring(1);
	}

}
