package vn.ddcihub.org.domain;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ddcihub.org.AuditTrail;
import vn.ddcihub.org.AuditTrail.Action;
import vn.ddcihub.org.CurrentUser;
import vn.ddcihub.org.Organisation;
import vn.ddcihub.org.Role;
import vn.ddcihub.org.Unit;
import vn.ddcihub.org.web.OrganisationForm;
import vn.ddcihub.org.web.UnitContactForm;
import vn.ddcihub.org.web.UnitForm;
import vn.ddcihub.org.web.UserForm;
import vn.ddcihub.shared.BadInputException;
import vn.ddcihub.shared.InputProblem;
import vn.ddcihub.shared.NotFoundException;

/**
 * Changes to organisations, units and accounts. Nothing that others refer to is deleted:
 * records are deactivated instead. Every change is audited.
 */
@Service
@Transactional
public class OrgAdministration {

	static final String ORGANISATION = "Organisation";
	static final String UNIT = "Unit";
	static final String USER = "User";

	private final OrgRepository organisations;
	private final UserRepository users;
	private final AuditTrail audit;
	private final PasswordEncoder passwordEncoder;

	OrgAdministration(OrgRepository organisations, UserRepository users, AuditTrail audit, PasswordEncoder passwordEncoder) {
		this.organisations = organisations;
		this.users = users;
		this.audit = audit;
		this.passwordEncoder = passwordEncoder;
	}

	public Organisation createOrganisation(OrganisationForm form) {
		organisations.organisationByCode(form.code()).ifPresent(existing -> {
			throw new BadInputException(List.of(InputProblem.field("code", "Mã " + form.code() + " đã được dùng cho " + existing.name())));
		});
		long id = organisations.insert(form);
		Organisation created = organisations.organisation(id).orElseThrow();
		audit.record(ORGANISATION, id, Action.CREATE, null, created, id);
		return created;
	}

	public Organisation updateOrganisation(long id, OrganisationForm form) {
		Organisation before = organisations.organisation(id).orElseThrow(() -> new NotFoundException("org.notFound.organisation", id));
		organisations.organisationByCode(form.code()).filter(other -> other.id() != id).ifPresent(existing -> {
			throw new BadInputException(List.of(InputProblem.field("code", "Mã " + form.code() + " đã được dùng cho " + existing.name())));
		});
		organisations.update(id, form);
		Organisation after = organisations.organisation(id).orElseThrow();
		audit.record(ORGANISATION, id, before.active() && !after.active() ? Action.DEACTIVATE : Action.UPDATE, before, after, id);
		return after;
	}

	public Unit createUnit(UnitForm form) {
		checkUnit(null, form);
		long id = organisations.insert(form);
		Unit created = organisations.unit(id).orElseThrow();
		audit.record(UNIT, id, Action.CREATE, null, created, created.organisationId());
		return created;
	}

	public Unit updateUnit(long id, UnitForm form) {
		Unit before = organisations.unit(id).orElseThrow(() -> new NotFoundException("org.notFound.unit", id));
		checkUnit(id, form);
		organisations.update(id, form);
		Unit after = organisations.unit(id).orElseThrow();
		audit.record(UNIT, id, before.active() && !after.active() ? Action.DEACTIVATE : Action.UPDATE, before, after,
				after.organisationId());
		return after;
	}

	/** A unit's contact details (who may change them: {@link OrgAccess#canChangeUnit}). */
	public Unit updateUnitContact(long id, UnitContactForm form) {
		Unit before = organisations.unit(id).orElseThrow(() -> new NotFoundException("org.notFound.unit", id));
		organisations.updateContact(id, form);
		Unit after = organisations.unit(id).orElseThrow();
		audit.record(UNIT, id, Action.UPDATE, before, after, after.organisationId());
		return after;
	}

	public UserAccount createUser(UserForm form) {
		if (form.password() == null || form.password().isBlank()) {
			throw new BadInputException(List.of(InputProblem.field("password", "Cần nhập mật khẩu ban đầu (ít nhất 8 ký tự)")));
		}
		checkUser(null, form);
		long id = users.insert(form, passwordEncoder.encode(form.password()));
		UserAccount created = users.account(id).orElseThrow();
		audit.record(USER, id, Action.CREATE, null, created, created.organisationId());
		return created;
	}

	public UserAccount updateUser(CurrentUser actor, long id, UserForm form) {
		UserAccount before = users.account(id).orElseThrow(() -> new NotFoundException("org.notFound.user", id));
		checkUser(id, form);
		users.update(id, form);
		if (form.password() != null && !form.password().isBlank()) {
			users.updatePassword(id, passwordEncoder.encode(form.password()));
			audit.record(USER, id, Action.PASSWORD_CHANGE, null, Map.of("by", actor.getUsername()), before.organisationId());
		}
		UserAccount after = users.account(id).orElseThrow();
		audit.record(USER, id, before.active() && !after.active() ? Action.DEACTIVATE : Action.UPDATE, before, after,
				after.organisationId());
		return after;
	}

	public void changeOwnPassword(CurrentUser actor, String currentPassword, String newPassword, String confirmation) {
		CurrentUser stored = users.principal(actor.getUsername()).orElseThrow();
		if (currentPassword == null || !passwordEncoder.matches(currentPassword, stored.getPassword())) {
			throw new BadInputException(List.of(InputProblem.field("currentPassword", "Mật khẩu hiện tại không đúng")));
		}
		if (newPassword == null || newPassword.length() < 8) {
			throw new BadInputException(List.of(InputProblem.field("newPassword", "Mật khẩu mới cần ít nhất 8 ký tự")));
		}
		if (!newPassword.equals(confirmation)) {
			throw new BadInputException(List.of(InputProblem.field("confirmation", "Xác nhận mật khẩu không khớp")));
		}
		users.updatePassword(actor.id(), passwordEncoder.encode(newPassword));
		audit.record(USER, actor.id(), Action.PASSWORD_CHANGE, null, Map.of("by", actor.getUsername()), actor.organisationId());
	}

	public List<UserAccount> users(Long organisationId) {
		return users.accounts(organisationId);
	}

	public UserAccount user(long id) {
		return users.account(id).orElseThrow(() -> new NotFoundException("org.notFound.user", id));
	}

	private void checkUnit(Long id, UnitForm form) {
		if (organisations.organisation(form.organisationId()).isEmpty()) {
			throw new BadInputException(List.of(InputProblem.field("organisationId", "Cơ quan #" + form.organisationId() + " không tồn tại")));
		}
		organisations.unitByCode(form.organisationId(), form.code()).filter(u -> !Objects.equals(u.id(), id)).ifPresent(u -> {
			throw new BadInputException(List.of(InputProblem.field("code", "Mã " + form.code() + " đã được dùng cho " + u.name())));
		});
		if (form.parentId() != null) {
			Unit parent = organisations.unit(form.parentId()).orElse(null);
			if (parent == null || !parent.organisationId().equals(form.organisationId()) || Objects.equals(parent.id(), id)) {
				throw new BadInputException(List.of(InputProblem.field("parentId", "Đơn vị cấp trên phải thuộc cùng cơ quan và khác chính nó")));
			}
		}
	}

	private void checkUser(Long id, UserForm form) {
		if (users.usernameTaken(form.username(), id)) {
			throw new BadInputException(List.of(InputProblem.field("username", "Tên đăng nhập " + form.username() + " đã tồn tại")));
		}
		boolean organisationBound = form.roles().stream().anyMatch(r -> r != Role.ADMIN && r != Role.VIEWER);
		if (organisationBound && form.organisationId() == null) {
			throw new BadInputException(List.of(InputProblem.field("organisationId", "Vai trò này cần chọn cơ quan")));
		}
		if (form.organisationId() != null && organisations.organisation(form.organisationId()).isEmpty()) {
			throw new BadInputException(List.of(InputProblem.field("organisationId", "Cơ quan #" + form.organisationId() + " không tồn tại")));
		}
		if (form.roles().contains(Role.UNIT_STAFF) && form.unitId() == null) {
			throw new BadInputException(List.of(InputProblem.field("unitId", "Cán bộ đơn vị cần chọn phòng, đơn vị")));
		}
		if (form.unitId() != null) {
			Unit unit = organisations.unit(form.unitId()).orElse(null);
			if (unit == null || !unit.organisationId().equals(form.organisationId())) {
				throw new BadInputException(List.of(InputProblem.field("unitId", "Phòng, đơn vị phải thuộc cơ quan đã chọn")));
			}
		}
	}
}
