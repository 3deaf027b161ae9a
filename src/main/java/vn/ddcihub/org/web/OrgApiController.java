package vn.ddcihub.org.web;

import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.ddcihub.org.ApiTokens;
import vn.ddcihub.org.CurrentUser;
import vn.ddcihub.org.OrgDirectory;
import vn.ddcihub.org.Organisation;
import vn.ddcihub.org.Role;
import vn.ddcihub.org.Unit;
import vn.ddcihub.org.domain.OrgAdministration;
import vn.ddcihub.org.domain.OrganisationForm;
import vn.ddcihub.org.domain.UnitContactForm;
import vn.ddcihub.org.domain.UnitForm;
import vn.ddcihub.org.domain.UserAccount;
import vn.ddcihub.org.domain.UserForm;

/** Organisations, units, users and the current user, for scripts and other systems. */
@RestController
@RequestMapping("/api/v1")
@PreAuthorize("isAuthenticated()")
@Tag(name = "Tổ chức / Organisations", description = "Cơ quan, đơn vị, tài khoản")
public class OrgApiController {

	private final OrgDirectory directory;

	private final OrgAdministration administration;

	private final ApiTokens tokens;

	OrgApiController(OrgDirectory directory, OrgAdministration administration, ApiTokens tokens) {
		this.directory = directory;
		this.administration = administration;
		this.tokens = tokens;
	}

	@GetMapping("/me")
	@Operation(summary = "Người dùng hiện tại: cơ quan, đơn vị, vai trò")
	Me me(@AuthenticationPrincipal CurrentUser user) {
		return new Me(user.id(), user.getUsername(), user.displayName(),
				user.organisationId() == null ? null : directory.organisation(user.organisationId()).orElse(null),
				user.unitId() == null ? null : directory.unit(user.unitId()).orElse(null), user.roles());
	}

	@GetMapping("/me/tokens")
	@Operation(summary = "Các khóa API cá nhân đang hiệu lực của tôi")
	List<ApiTokens.TokenInfo> myTokens(@AuthenticationPrincipal CurrentUser user) {
		return tokens.list(user);
	}

	@PostMapping("/me/tokens")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Tạo khóa API cá nhân; khóa chỉ hiện một lần. Dùng: Authorization: Bearer <khóa>")
	NewToken createToken(@AuthenticationPrincipal CurrentUser user, @RequestBody TokenRequest request) {
		return new NewToken(request.name(), tokens.create(user, request.name()));
	}

	@DeleteMapping("/me/tokens/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Thu hồi khóa API cá nhân")
	void revokeToken(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		tokens.revoke(user, id);
	}

	@GetMapping("/organisations")
	@Operation(summary = "Các cơ quan người dùng được xem")
	List<Organisation> organisations(@AuthenticationPrincipal CurrentUser user) {
		return directory.visibleOrganisations(user);
	}

	@GetMapping("/organisations/{id}")
	@PreAuthorize("@orgAccess.canReadOrganisation(principal, #id)")
	Organisation organisation(@PathVariable long id) {
		return directory.organisation(id).orElseThrow();
	}

	@PostMapping("/organisations")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Tạo cơ quan (chỉ ADMIN)")
	Organisation createOrganisation(@Valid @RequestBody OrganisationForm form) {
		return administration.createOrganisation(form);
	}

	@PutMapping("/organisations/{id}")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Sửa hoặc ngừng hoạt động cơ quan (chỉ ADMIN)")
	Organisation updateOrganisation(@PathVariable long id, @Valid @RequestBody OrganisationForm form) {
		return administration.updateOrganisation(id, form);
	}

	@GetMapping("/units")
	@Operation(summary = "Các phòng, đơn vị người dùng được xem; lọc theo cơ quan")
	List<Unit> units(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long organisationId) {
		return directory.visibleUnits(user)
			.stream()
			.filter(unit -> organisationId == null || unit.organisationId().equals(organisationId))
			.toList();
	}

	@GetMapping("/units/{id}")
	@PreAuthorize("@orgAccess.canReadUnit(principal, #id)")
	Unit unit(@PathVariable long id) {
		return directory.unit(id).orElseThrow();
	}

	@PostMapping("/units")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Tạo phòng, đơn vị (chỉ ADMIN)")
	Unit createUnit(@Valid @RequestBody UnitForm form) {
		return administration.createUnit(form);
	}

	@PutMapping("/units/{id}")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Sửa hoặc ngừng hoạt động phòng, đơn vị (chỉ ADMIN)")
	Unit updateUnit(@PathVariable long id, @Valid @RequestBody UnitForm form) {
		return administration.updateUnit(id, form);
	}

	@PutMapping("/units/{id}/contact")
	@PreAuthorize("@orgAccess.canChangeUnit(principal, #id)")
	@Operation(summary = "Cập nhật thông tin liên hệ của đơn vị mình (cán bộ đơn vị, điều phối, ADMIN)")
	Unit updateUnitContact(@PathVariable long id, @Valid @RequestBody UnitContactForm form) {
		return administration.updateUnitContact(id, form);
	}

	@GetMapping("/users")
	@PreAuthorize("hasRole('ADMIN')")
	List<UserAccount> users(@RequestParam(required = false) Long organisationId) {
		return administration.users(organisationId);
	}

	@PostMapping("/users")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('ADMIN')")
	UserAccount createUser(@Valid @RequestBody UserForm form) {
		return administration.createUser(form);
	}

	@PutMapping("/users/{id}")
	@PreAuthorize("hasRole('ADMIN')")
	UserAccount updateUser(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @RequestBody UserForm form) {
		return administration.updateUser(user, id, form);
	}

	record TokenRequest(String name) {
	}

	record NewToken(String name, String token) {
	}

	/** The answer of GET /api/v1/me. */
	record Me(long id, String username, String displayName, Organisation organisation, Unit unit, Set<Role> roles) {
	}

}
