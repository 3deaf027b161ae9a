package vn.ddcihub.execution.web;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

import vn.ddcihub.execution.TaskStatus;
import vn.ddcihub.execution.domain.EvidenceFiles;
import vn.ddcihub.execution.domain.ReportDraft;
import vn.ddcihub.execution.domain.ReportView;
import vn.ddcihub.shared.TypedForm;
import vn.ddcihub.shared.VietnameseFormat;

/**
 * The report page's form: one set of fields per task, named {@code results_12},
 * {@code figureValue_12_0}… (the names the rules' problems use), read into a
 * {@link ReportDraft} with every value kept as typed; and the answers for uploads and
 * downloads shared by the page and the API.
 */
@Component
public class ReportForms {

	/** Figure rows offered beyond those stored. */
	static final int BLANK_FIGURE_ROWS = 2;

	/** Figure rows read from a posted form at most. */
	static final int MAX_FIGURE_ROWS = 20;

	static final List<String> TEXT_FIELDS = List.of("results", "difficulties", "proposals", "explanation");

	private final MessageSource messages;

	ReportForms(MessageSource messages) {
		this.messages = messages;
	}

	/** The stored report as the form first shows it. */
	TypedForm showing(ReportView report) {
		Map<String, Object> values = new LinkedHashMap<>();
		for (ReportView.Entry entry : report.entries()) {
			long task = entry.taskId();
			values.put(field("status", task), entry.status().name());
			values.put(field("progress", task), entry.progress());
			values.put(field("results", task), entry.results());
			values.put(field("difficulties", task), entry.difficulties());
			values.put(field("proposals", task), entry.proposals());
			values.put(field("explanation", task), entry.explanation());
			values.put(field("files", task), "");
			for (int i = 0; i < entry.figures().size(); i++) {
				ReportDraft.Figure figure = entry.figures().get(i);
				values.put(figure("figureLabel", task, i), figure.label());
				values.put(figure("figureValue", task, i), figure.value().stripTrailingZeros());
				values.put(figure("figureUnit", task, i), figure.unit());
			}
		}
		TypedForm form = TypedForm.showing(values);
		read(form, report);
		return form;
	}

	/**
	 * Reads the posted fields of every task of the report (values kept as typed; a number
	 * that is not one becomes a problem on its field).
	 */
	ReportDraft read(TypedForm form, ReportView report) {
		List<ReportDraft.EntryDraft> entries = new ArrayList<>();
		for (ReportView.Entry entry : report.entries()) {
			long task = entry.taskId();
			String status = form.choice(field("status", task));
			TaskStatus parsed = parseStatus(status);
			if (parsed == null) {
				form.reject(field("status", task), "execution.report.rule.status", entry.taskTitle());
			}
			Integer progress = form.whole(field("progress", task), label("progress", entry));
			String results = form.text(field("results", task), label("results", entry), 20000, false);
			String difficulties = form.text(field("difficulties", task), label("difficulties", entry), 10000, false);
			String proposals = form.text(field("proposals", task), label("proposals", entry), 10000, false);
			String explanation = form.text(field("explanation", task), label("explanation", entry), 10000, false);
			form.choice(field("files", task));
			entries.add(new ReportDraft.EntryDraft(task, parsed, progress, results, difficulties, proposals,
					explanation, figures(form, entry)));
		}
		return new ReportDraft(form.whole("version", "version"), entries);
	}

	/**
	 * How many figure rows the form shows for a task: those typed or stored, plus blanks.
	 */
	public static int figureRows(ReportView.Entry entry, vn.ddcihub.shared.FormState form) {
		int rows = entry.figures().size();
		for (int i = 0; i < MAX_FIGURE_ROWS; i++) {
			Object typed = form.field(figure("figureLabel", entry.taskId(), i)).value();
			if (typed != null && !typed.toString().isBlank()) {
				rows = Math.max(rows, i + 1);
			}
		}
		return Math.min(MAX_FIGURE_ROWS, rows + BLANK_FIGURE_ROWS);
	}

	private List<ReportDraft.Figure> figures(TypedForm form, ReportView.Entry entry) {
		List<ReportDraft.Figure> figures = new ArrayList<>();
		for (int i = 0; i < MAX_FIGURE_ROWS; i++) {
			String labelField = figure("figureLabel", entry.taskId(), i);
			String valueField = figure("figureValue", entry.taskId(), i);
			String unitField = figure("figureUnit", entry.taskId(), i);
			String label = form.choice(labelField).strip();
			String value = form.choice(valueField).strip();
			String unit = form.choice(unitField).strip();
			if (label.isEmpty() && value.isEmpty() && unit.isEmpty()) {
				continue;
			}
			Optional<BigDecimal> number = VietnameseFormat.parseDecimal(value);
			if (!value.isEmpty() && number.isEmpty()) {
				form.reject(valueField, "execution.report.rule.figureNumber", entry.taskTitle(), value);
			}
			// a blank value is the rules' problem (required), named on this row
			figures.add(new ReportDraft.Figure(label, number.orElse(null), unit));
		}
		return figures;
	}

	private static TaskStatus parseStatus(String status) {
		try {
			return TaskStatus.valueOf(status);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private String label(String name, ReportView.Entry entry) {
		return messages.getMessage("execution.report.field." + name, null, LocaleContextHolder.getLocale()) + " ("
				+ entry.taskTitle() + ")";
	}

	static String field(String name, long taskId) {
		return name + "_" + taskId;
	}

	static String figure(String name, long taskId, int index) {
		return name + "_" + taskId + "_" + index;
	}

	/** An upload as the evidence files take it: name, size, the temporary file. */
	static EvidenceFiles.Upload upload(MultipartFile file) {
		return new EvidenceFiles.Upload(file.getOriginalFilename(), file.getSize(), file);
	}

	/**
	 * A stored file as a download: its type, its UTF-8 name, and no guessing of the type
	 * by the browser.
	 */
	static ResponseEntity<Resource> download(EvidenceFiles.StoredFile file) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.mediaType()))
			.contentLength(file.sizeBytes())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(file.fileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(new InputStreamResource(file.content()));
	}

}
