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

	public AdministrativeDocument document(PlanDetail detail) {
		Plan plan = detail.plan();
		List<Unit> organisationUnits = directory.units(plan.organisationId());
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
			if (!target.solutions().isBlank()) {
				target.solutions().lines().filter(l -> !l.isBlank()).forEach(l -> body.add(Block.dash(l.strip())));
			}
			else {
				body.add(Block.dash(assignmentLine(organisationUnits, target)));
			}
			for (PlanTask task : entry.tasks()) {
				body.add(Block.plus(taskText(task)));
			}
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
				List.of(annexTable(detail)));
	}

	/**
	 * "Chỉ tiêu phấn đấu năm 2020: đạt trên 7,80 điểm (Năm 2019 được 6,77 điểm, xếp hạng
	 * 16)."
	 */
	private static String targetLine(Plan plan, PlanTarget target) {
		String goal = !target.targetText().isBlank() ? target.targetText() : target.targetScore() == null ? ""
				: "đạt trên " + VietnameseFormat.decimal(target.targetScore()) + " điểm";
		StringBuilder line = new StringBuilder("Chỉ tiêu phấn đấu năm " + plan.targetYear() + ": " + goal);
		if (target.baselineScore() != null) {
			line.append(" (Năm ")
				.append(plan.baselineYear())
				.append(" được ")
				.append(VietnameseFormat.decimal(target.baselineScore()))
				.append(" điểm");
			if (target.baselineRank() != null) {
				line.append(", xếp hạng ").append(target.baselineRank());
			}
			line.append(")");
		}
		return line.append(".").toString();
	}

	private static String assignmentLine(List<Unit> organisationUnits, PlanTarget target) {
		String leads = units(organisationUnits, target.leadUnits(), Set.of());
		String partners = partners(organisationUnits, target.coordinatingUnits(), target.leadUnits(),
				target.externalParties());
		return "Đơn vị chủ trì: " + leads + (partners.isEmpty() ? "" : "; đơn vị phối hợp: " + partners) + ".";
	}

	private static String taskText(PlanTask task) {
		return task.description().isBlank() ? task.title() : task.description();
	}

	TableContent annexTable(PlanDetail detail) {
		Plan plan = detail.plan();
		// Read once: every row names its units against the organisation's list.
		List<Unit> organisationUnits = directory.units(plan.organisationId());
		List<List<Object>> rows = new ArrayList<>();
		int number = 0;
		for (PlanDetail.TargetWithTasks entry : detail.targets()) {
			PlanTarget target = entry.target();
			String component = target.componentName();
			String goal = target.targetScore() == null ? target.targetText()
					: "Trên " + VietnameseFormat.decimal(target.targetScore()) + " điểm";
			for (PlanTask task : entry.tasks()) {
				rows.add(row(organisationUnits, ++number, component, goal, task));
			}
		}
		for (PlanTask task : detail.generalTasks()) {
			rows.add(row(organisationUnits, ++number, "Tổ chức thực hiện", "", task));
		}
		return new TableContent(
				"PHỤ LỤC PHÂN CÔNG NHIỆM VỤ NÂNG CAO CHỈ SỐ DDCI NĂM " + plan.targetYear() + "\n(Kèm theo Kế hoạch số "
						+ plan.numberSymbol() + " ngày " + VietnameseFormat.date(plan.issuedOn()) + ")",
				List.of("STT", "Chỉ số thành phần", "Chỉ tiêu năm " + plan.targetYear(), "Nhiệm vụ", "Đơn vị chủ trì",
						"Đơn vị phối hợp", "Thời hạn", "Sản phẩm, minh chứng"),
				rows, List.of(0.8, 2.0, 1.3, 4.4, 2.0, 2.2, 1.4, 2.2), true);
	}

	private static List<Object> row(List<Unit> organisationUnits, int number, String component, String goal,
			PlanTask task) {
		List<Object> row = new ArrayList<>();
		row.add(number);
		row.add(component);
		row.add(goal);
		row.add(task.title());
		row.add(units(organisationUnits, task.leadUnits(), Set.of()));
		row.add(partners(organisationUnits, task.coordinatingUnits(), task.leadUnits(), task.externalParties()));
		row.add(task.schedule());
		row.add(task.expectedOutput());
		return row;
	}

	private static String partners(List<Unit> organisationUnits, List<UnitRef> coordinating, List<UnitRef> leads,
			String external) {
		Set<Long> leadIds = leads.stream().map(UnitRef::id).collect(Collectors.toSet());
		String own = units(organisationUnits, coordinating, leadIds);
		if (external == null || external.isBlank()) {
			return own;
		}
		return own.isEmpty() ? external : own + "; " + external;
	}

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
		return prefix + "-"
				+ plan.plan().numberSymbol().strip().replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "");
	}

	private static ResponseEntity<byte[]> file(byte[] body, MediaType type, String name) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.contentType(type)
			.body(body);
	}

}
