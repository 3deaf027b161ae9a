package vn.ddcihub.plan.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import vn.ddcihub.documents.AdministrativeDocument;
import vn.ddcihub.documents.Block;
import vn.ddcihub.documents.DocumentRenderers;
import vn.ddcihub.documents.Signature;
import vn.ddcihub.documents.TableContent;
import vn.ddcihub.org.OrgDirectory;
import vn.ddcihub.org.Unit;
import vn.ddcihub.plan.Plan;
import vn.ddcihub.plan.PlanStatus;
import vn.ddcihub.plan.PlanTask;
import vn.ddcihub.plan.UnitRef;
import vn.ddcihub.shared.BadInputException;
import vn.ddcihub.shared.VietnameseFormat;

/**
 * The plan as administrative documents (văn bản kế hoạch, Nghị định 30/2020/NĐ-CP): the
 * plan in Word and PDF with sections I–III, and the assignment annex (phụ lục phân công)
 * as a landscape Word table and an Excel sheet with one row per task. The Word template
 * "ke-hoach.docx" is read from the template directory (ddci.templates-dir) when an
 * administrator puts one there.
 */
@Component
public class PlanDocuments {

	static final String TEMPLATE = "ke-hoach.docx";
	static final String LEADERSHIP = "BLD";
	static final MediaType DOCX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final DocumentRenderers renderers;

	private final OrgDirectory directory;

	PlanDocuments(DocumentRenderers renderers, OrgDirectory directory) {
		this.renderers = renderers;
		this.directory = directory;
	}

	public ResponseEntity<byte[]> document(PlanDetail plan, String format) {
		AdministrativeDocument document = document(plan);
		return switch (format.toLowerCase()) {
			case "docx" -> file(renderers.docx(document, TEMPLATE), DOCX, fileName(plan, "ke-hoach") + ".docx");
			case "pdf" -> file(renderers.pdf(document), MediaType.APPLICATION_PDF, fileName(plan, "ke-hoach") + ".pdf");
			default -> throw new BadInputException("plan.document.format", format, "docx, pdf");
		};
	}

	public ResponseEntity<byte[]> annex(PlanDetail plan, String format) {
		TableContent annex = annexTable(plan);
		return switch (format.toLowerCase()) {
			case "xlsx" -> file(renderers.xlsx(List.of(annex)), XLSX, fileName(plan, "phu-luc") + ".xlsx");
			case "docx" -> file(renderers.docxTables(List.of(annex)), DOCX, fileName(plan, "phu-luc") + ".docx");
			default -> throw new BadInputException("plan.document.format", format, "xlsx, docx");
		};
	}

	/**
	 * The generated plan layout with placeholders: a starting point for an
	 * administrator's "ke-hoach.docx".
	 */
	public ResponseEntity<byte[]> starterTemplate() {
		return file(renderers.docxStarterTemplate(), DOCX, TEMPLATE);
	}

	/**
	 * The plan as the seed writes it: per component its heading, the target line, the
	 * assignment line(s), then its measures — under their sub-section ("a) Văn phòng Sở
	 * chủ trì…:") with "-", or with the component's marker ("+" under the assignment
	 * line). Nothing the plan does not say is added. An unissued revision carries "DỰ
	 * THẢO".
	 */
	public AdministrativeDocument document(PlanDetail detail) {
		Plan plan = detail.plan();
		List<String> preamble = new ArrayList<>();
		if (!plan.legalBases().isEmpty()) {
			preamble.add("Thực hiện " + String.join("; ", plan.legalBases()) + ";");
		}
		if (!plan.context().isBlank()) {
			preamble.add(plan.context());
		}
		List<Block> body = new ArrayList<>();
		body.add(Block.heading(1, "I. MỤC ĐÍCH, YÊU CẦU"));
		body.add(Block.heading(2, "1. Mục đích"));
		plan.purposes().forEach(p -> body.add(Block.dash(p)));
		body.add(Block.heading(2, "2. Yêu cầu"));
		plan.requirements().forEach(p -> body.add(Block.dash(p)));
		body.add(Block.heading(1,
				"II. NỘI DUNG VÀ PHÂN CÔNG NHIỆM VỤ TỔ CHỨC THỰC HIỆN NÂNG CAO CÁC CHỈ SỐ THÀNH PHẦN DDCI"));
		int number = 0;
		for (PlanDetail.TargetWithTasks entry : detail.targets()) {
			PlanTarget target = entry.target();
			body.add(Block.heading(2, (++number) + ". Chỉ số “" + target.componentName() + "”"));
			body.add(Block.dash(targetLine(plan, target)));
			target.solutions().lines().filter(l -> !l.isBlank()).forEach(l -> body.add(Block.dash(l.strip())));
			measures(target, entry.tasks(), body);
		}
		body.add(Block.paragraph("(Nội dung chi tiết tại Phụ lục kèm theo)"));
		body.add(Block.heading(1, "III. TỔ CHỨC THỰC HIỆN"));
		int item = 0;
		for (String paragraph : plan.implementation()) {
			body.add(Block.paragraph((++item) + ". " + paragraph));
		}
		if (plan.implementation().isEmpty()) {
			for (PlanTask task : detail.generalTasks()) {
				body.add(Block.paragraph((++item) + ". " + taskText(task)));
			}
		}
		Signature signature = new Signature(plan.signerAuthority(), plan.signerTitle(), plan.signerName());
		return new AdministrativeDocument(plan.issuerParent(), plan.issuer(), plan.numberSymbol(), plan.place(),
				plan.issuedOn(), "KẾ HOẠCH", plan.title(), preamble, body, plan.recipients(), signature,
				List.of(annexTable(detail)), mark(plan));
	}

	/**
	 * A component's measures: a sub-section label opens its group, and the measures of a
	 * group are first-level ("-"); the others carry the component's marker.
	 */
	private static void measures(PlanTarget target, List<PlanTask> tasks, List<Block> body) {
		String group = "";
		for (PlanTask task : tasks) {
			if (!task.groupLabel().equals(group)) {
				group = task.groupLabel();
				if (!group.isBlank()) {
					body.add(Block.paragraph(group));
				}
			}
			char marker = group.isBlank() ? target.taskMarker().charAt(0) : '-';
			body.add(new Block.Bullet(marker, taskText(task)));
		}
	}

	/**
	 * "DỰ THẢO" until the revision is issued: a draft never passes for the signed plan.
	 */
	static String mark(Plan plan) {
		return plan.status() == PlanStatus.ISSUED ? "" : AdministrativeDocument.DRAFT;
	}

	/**
	 * "Chỉ tiêu phấn đấu năm 2020: đạt trên 7,80 điểm (Năm 2019 được 6,77 điểm)." — the
	 * baseline as the plan states it, without the rank the seed does not give here.
	 */
	private static String targetLine(Plan plan, PlanTarget target) {
		StringBuilder line = new StringBuilder(
				"Chỉ tiêu phấn đấu năm " + plan.targetYear() + ": " + target.targetText());
		if (target.baselineScore() != null) {
			line.append(" (Năm ")
				.append(plan.baselineYear())
				.append(" được ")
				.append(VietnameseFormat.decimal(target.baselineScore()))
				.append(" điểm)");
		}
		return line.append(".").toString();
	}

	private static String taskText(PlanTask task) {
		return task.description().isBlank() ? task.title() : task.description();
	}

	/**
	 * The assignment annex: one row per task, grouped under a heading per component
	 * (number, name and target) and one for section III; partners include outside bodies
	 * and "các phòng, đơn vị liên quan" while those are still to be named.
	 */
	TableContent annexTable(PlanDetail detail) {
		Plan plan = detail.plan();
		// Read once: every row names its units against the organisation's list.
		List<Unit> organisationUnits = directory.units(plan.organisationId());
		List<List<Object>> rows = new ArrayList<>();
		List<TableContent.Group> groups = new ArrayList<>();
		int number = 0;
		int component = 0;
		for (PlanDetail.TargetWithTasks entry : detail.targets()) {
			PlanTarget target = entry.target();
			String goal = target.targetText();
			groups.add(new TableContent.Group(rows.size(), (++component) + ". Chỉ số “" + target.componentName() + "”"
					+ (goal.isBlank() ? "" : " — chỉ tiêu năm " + plan.targetYear() + ": " + goal)));
			for (PlanTask task : entry.tasks()) {
				rows.add(row(organisationUnits, ++number, task));
			}
		}
		if (!detail.generalTasks().isEmpty()) {
			groups.add(new TableContent.Group(rows.size(), "Tổ chức thực hiện"));
		}
		for (PlanTask task : detail.generalTasks()) {
			rows.add(row(organisationUnits, ++number, task));
		}
		return new TableContent("PHÂN CÔNG NHIỆM VỤ NÂNG CAO CHỈ SỐ DDCI NĂM " + plan.targetYear(),
				List.of("STT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn", "Hạn",
						"Sản phẩm, minh chứng"),
				rows, ANNEX_WIDTHS, true)
			.captioned("Phụ lục",
					"(Kèm theo Kế hoạch số " + plan.numberSymbol() + " ngày " + VietnameseFormat.date(plan.issuedOn())
							+ ")")
			.grouped(groups)
			.marked(mark(plan))
			.onSheet("Phân công nhiệm vụ");
	}

	/**
	 * Relative column widths of the annex: the deadline column holds "15/12/2020" on one
	 * line at the table's font size; the task and its expected output share the rest.
	 */
	static final List<Double> ANNEX_WIDTHS = List.of(1.0, 4.4, 2.4, 2.6, 1.6, 1.8, 3.6);

	private static List<Object> row(List<Unit> organisationUnits, int number, PlanTask task) {
		List<Object> row = new ArrayList<>();
		row.add(number);
		row.add(task.title());
		row.add(units(organisationUnits, task.leadUnits(), Set.of()));
		row.add(partners(organisationUnits, task));
		row.add(frequency(task));
		row.add(task.deadline());
		row.add(task.expectedOutput());
		return row;
	}

	/** "Hàng tháng, ngày 25", "Thường xuyên": how often; the date has its own column. */
	private static String frequency(PlanTask task) {
		return task.kind().label() + (task.dueDay() == null ? "" : ", ngày " + task.dueDay());
	}

	/**
	 * Named partner units, then "các phòng, đơn vị liên quan" while the plan leaves them
	 * to be named, then outside bodies.
	 */
	static String partners(List<Unit> organisationUnits, PlanTask task) {
		Set<Long> leadIds = task.leadUnits().stream().map(UnitRef::id).collect(Collectors.toSet());
		List<String> parts = new ArrayList<>();
		String own = units(organisationUnits, task.coordinatingUnits(), leadIds);
		if (!own.isEmpty()) {
			parts.add(own);
		}
		if (task.relatedUnitsToName()) {
			parts.add(parts.isEmpty() ? RELATED_UNITS_CAPITALISED : RELATED_UNITS);
		}
		if (task.externalParties() != null && !task.externalParties().isBlank()) {
			parts.add(task.externalParties().strip());
		}
		return String.join("; ", parts);
	}

	/**
	 * The plan's "các phòng, đơn vị liên quan", to be named by the lead unit or the
	 * Office.
	 */
	static final String RELATED_UNITS = "các phòng, đơn vị liên quan";

	static final String RELATED_UNITS_CAPITALISED = "Các phòng, đơn vị liên quan";

	/**
	 * Unit names; every unit of the organisation except the leadership and the lead units
	 * is written as "Các phòng, đơn vị thuộc Sở" (the seed's "*").
	 */
	private static String units(List<Unit> organisationUnits, List<UnitRef> units, Set<Long> excluded) {
		if (units.isEmpty()) {
			return "";
		}
		List<Unit> all = organisationUnits.stream()
			.filter(u -> u.active() && !LEADERSHIP.equals(u.code()) && !excluded.contains(u.id()))
			.toList();
		Set<Long> chosen = units.stream().map(UnitRef::id).collect(Collectors.toSet());
		if (all.size() > 3 && all.stream().allMatch(u -> chosen.contains(u.id()))) {
			return "Các phòng, đơn vị thuộc Sở";
		}
		return units.stream().map(UnitRef::name).collect(Collectors.joining(", "));
	}

	private static String fileName(PlanDetail plan, String prefix) {
		return (mark(plan.plan()).isEmpty() ? "" : "du-thao-") + prefix + "-"
				+ plan.plan().numberSymbol().strip().replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "");
	}

	private static ResponseEntity<byte[]> file(byte[] body, MediaType type, String name) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.contentType(type)
			.body(body);
	}

}
