package vn.ddcihub.operations.publication.web;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.ddcihub.operations.common.OpsField;
import vn.ddcihub.operations.publication.Publication;
import vn.ddcihub.operations.publication.PublicationInput;
import vn.ddcihub.operations.publication.PublicationType;
import vn.ddcihub.operations.publication.Publications;
import vn.ddcihub.org.CurrentUser;
import vn.ddcihub.shared.BadInputException;

/**
 * The publications library for scripts: the public list (every signed-in user), and the
 * Office's documents with create, change, file upload and withdraw.
 */
@RestController
@RequestMapping("/api/v1/operations/publications")
@PreAuthorize("isAuthenticated()")
@Tag(name = "Văn bản công khai", description = "Thư viện văn bản công khai: tra cứu, thêm, sửa, thu hồi")
class PublicationApiController {

	private final Publications publications;

	PublicationApiController(Publications publications) {
		this.publications = publications;
	}

	@GetMapping
	@Operation(summary = "Văn bản đang công khai (mọi cơ quan), tìm không cần dấu, lọc theo loại và lĩnh vực")
	Publications.Page list(@RequestParam(name = "q", required = false) String query,
			@RequestParam(name = "type", required = false) PublicationType type,
			@RequestParam(name = "field", required = false) String field,
			@RequestParam(name = "page", defaultValue = "1") int page) {
		return publications.published(query == null ? "" : query, type, OpsField.parse(field).orElse(null), page);
	}

	@GetMapping("/{id}")
	@PreAuthorize("@publicationAccess.canManage(principal, #id)")
	@Operation(summary = "Một văn bản của cơ quan (cả khi đã thu hồi) — Văn phòng")
	Publication item(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return publications.get(user, id);
	}

	@PostMapping
	@PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Thêm văn bản (không tệp; tải tệp bằng /{id}/file) cho cơ quan của người gọi — Văn phòng")
	Publication create(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(name = "organisationId", required = false) Long organisationId,
			@Valid @RequestBody PublicationInput input) {
		long organisation = organisationId != null ? organisationId : own(user);
		return publications.create(user, organisation, input, null);
	}

	@PutMapping("/{id}")
	@PreAuthorize("@publicationAccess.canManage(principal, #id)")
	@Operation(summary = "Sửa thông tin văn bản — Văn phòng")
	Publication update(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @RequestBody PublicationInput input) {
		return publications.update(user, id, input, null);
	}

	@PostMapping(path = "/{id}/file", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("@publicationAccess.canManage(principal, #id)")
	@Operation(summary = "Tải lên hoặc thay tệp PDF, DOCX, XLSX của văn bản (tối đa 9 MB) — Văn phòng")
	Publication file(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestPart("file") MultipartFile file) {
		Publication publication = publications.get(user, id);
		var upload = PublicationPageController.upload(file);
		if (upload == null) {
			throw new BadInputException("operations.file.missing");
		}
		return publications.update(user, id, PublicationPageController.toInput(publication), upload);
	}

	@PostMapping("/{id}/withdraw")
	@PreAuthorize("@publicationAccess.canManage(principal, #id)")
	@Operation(summary = "Thu hồi văn bản khỏi thư viện công khai (withdrawn=false: công khai lại) — Văn phòng")
	Publication withdraw(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(name = "withdrawn", defaultValue = "true") boolean withdrawn) {
		return publications.withdraw(user, id, withdrawn);
	}

	private static long own(CurrentUser user) {
		if (user.organisationId() == null) {
			throw new AccessDeniedException("no organisation");
		}
		return user.organisationId();
	}

}
