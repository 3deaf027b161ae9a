package vn.ddcihub.operations.dossier.web;

import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;

import vn.ddcihub.operations.dossier.ColumnMapping;
import vn.ddcihub.operations.dossier.DossierAccess;
import vn.ddcihub.operations.dossier.DossierColumn;
import vn.ddcihub.operations.dossier.DossierImport;
import vn.ddcihub.operations.dossier.DossierImports;
import vn.ddcihub.operations.dossier.ImportStatus;
import vn.ddcihub.org.CurrentUser;
import vn.ddcihub.shared.BadInputException;
import vn.ddcihub.shared.FormState;
import vn.ddcihub.shared.FormSubmission;

/**
 * Imports of one-stop-shop exports from pages: upload (CSV or XLSX), the column mapping
 * and preview (problems by row and column, unknown units, sample rows), confirm, then the
 * job's page — a real {@code <progress>} the page polls (rows read, rate, time left),
 * with a reload link without script, a cancel button and the outcome. For the
 * organisation's COORDINATOR and ADMIN.
 */
@Controller
@PreAuthorize("@dossierAccess.canRead(principal)")
public class DossierImportPageController {

	private static final String BASE = DossierPageController.BASE + "/imports";

	private final DossierAccess access;

	private final DossierImports imports;

	private final MessageSource messages;

	DossierImportPageController(DossierAccess access, DossierImports imports, MessageSource messages) {
		this.access = access;
		this.imports = imports;
		this.messages = messages;
	}

	@GetMapping(BASE)
	@PreAuthorize("@dossierAccess.canManage(principal, #org)")
	String start(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long org, Model model) {
		return startPage(model, access.organisation(user, org), FormState.empty());
	}

	@PostMapping(BASE)
	@PreAuthorize("@dossierAccess.canManage(principal, #org)")
	String upload(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long org,
			@RequestParam(value = "file", required = false) MultipartFile file, Model model) {
		long organisation = access.organisation(user, org);
		FormState form = FormState.empty();
		if (file == null || file.isEmpty()) {
			form = form.reject("file", "validation.choose", text("dossiers.import.file"));
		}
		return FormSubmission.submit(form,
				() -> "redirect:" + BASE + "/"
						+ imports.upload(organisation, file.getOriginalFilename(), file.getSize(), file, user),
				again -> startPage(model, organisation, again));
	}

	private String startPage(Model model, long organisation, FormState form) {
		model.addAttribute("org", organisation);
		model.addAttribute("form", form);
		model.addAttribute("recent", imports.recent(organisation));
		model.addAttribute("now", OffsetDateTime.now());
		model.addAttribute("maxMegabytes", DossierImports.MAX_BYTES / (1024 * 1024));
		return "operations/dossiers/import-start";
	}

	@GetMapping(BASE + "/{importId}")
	@PreAuthorize("@dossierAccess.canManageImport(principal, #importId)")
	String view(@PathVariable long importId, Model model) {
		DossierImport upload = imports.get(importId);
		if (upload.status() == ImportStatus.UPLOADED) {
			return previewPage(model, imports.preview(importId, null), FormState.empty());
		}
		model.addAttribute("upload", upload);
		model.addAttribute("now", OffsetDateTime.now());
		return "operations/dossiers/import-job";
	}

	@PostMapping(BASE + "/{importId}")
	@PreAuthorize("@dossierAccess.canManageImport(principal, #importId)")
	String mapOrConfirm(@AuthenticationPrincipal CurrentUser user, @PathVariable long importId,
			@RequestParam Map<String, String> params, Model model) {
		ColumnMapping mapping = mapping(params);
		if (!"confirm".equals(params.get("action"))) {
			return previewPage(model, imports.preview(importId, mapping), FormState.empty());
		}
		try {
			imports.confirm(importId, mapping, user);
			return "redirect:" + BASE + "/" + importId;
		}
		catch (BadInputException refused) {
			return previewPage(model, imports.preview(importId, mapping), FormState.empty().with(refused.problems()));
		}
	}

	@GetMapping(BASE + "/{importId}/progress")
	@PreAuthorize("@dossierAccess.canManageImport(principal, #importId)")
	@ResponseBody
	ImportProgressView progress(@PathVariable long importId) {
		return ImportProgressView.of(imports.get(importId), OffsetDateTime.now());
	}

	@PostMapping(BASE + "/{importId}/cancel")
	@PreAuthorize("@dossierAccess.canManageImport(principal, #importId)")
	String cancel(@PathVariable long importId) {
		try {
			DossierImport cancelled = imports.cancel(importId);
			if (cancelled.status() == ImportStatus.CANCELLED) {
				return "redirect:" + BASE + "?org=" + cancelled.organisationId();
			}
		}
		catch (BadInputException finishedMeanwhile) {
			// the page shows how it ended
		}
		return "redirect:" + BASE + "/" + importId;
	}

	private String previewPage(Model model, DossierImports.Preview preview, FormState form) {
		model.addAttribute("preview", preview);
		model.addAttribute("columns", List.of(DossierColumn.values()));
		model.addAttribute("form", form);
		model.addAttribute("org", preview.upload().organisationId());
		return "operations/dossiers/import-preview";
	}

	/** The mapping posted as one select per column ({@code map.CODE} = a header). */
	private static ColumnMapping mapping(Map<String, String> params) {
		Map<DossierColumn, String> headers = new EnumMap<>(DossierColumn.class);
		for (DossierColumn column : DossierColumn.values()) {
			String header = params.get("map." + column.name());
			if (header != null && !header.isBlank()) {
				headers.put(column, header);
			}
		}
		return new ColumnMapping(headers);
	}

	private String text(String key) {
		return messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}

}
