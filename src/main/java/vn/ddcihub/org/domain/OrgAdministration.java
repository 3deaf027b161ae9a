package vn.ddcihub.org.domain;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ddcihub.org.AuditTrail;
import vn.ddcihub.org.AuditTrail.Action;
import vn.ddcihub.org.CurrentUser;
import vn.ddcihub.org.Organisation;
import vn.ddcihub.org.Role;
import vn.ddcihub.org.Unit;
import vn.ddcihub.shared.BadInputException;
import vn.ddcihub.shared.InputProblem;
import vn.ddcihub.shared.InputRules;
import vn.ddcihub.shared.NotFoundException;

/**
 * Changes to organisations, units and accounts. Nothing that others refer to is deleted:
 * records are deactivated instead. Every change is audited.
 */
@Service
@Transactional
public class OrgAdministration {

	private final OrgRepository organisations;

	private final UserRepository users;

	private final AuditTrail audit;

	private final PasswordEncoder passwordEncoder;

	private final InputRules inputRules;

	private final MessageSource messages;

	OrgAdministration(OrgRepository organisations, UserRepository users, AuditTrail audit,
			PasswordEncoder passwordEncoder, InputRules inputRules, MessageSource messages) {
		this.organisations = organisations;
		this.users = users;
		this.audit = audit;
		this.passwordEncoder = passwordEncoder;
		this.inputRules = inputRules;
		this.messages = messages;
	}

	public Organisation createOrganisation(OrganisationForm form) {
		inputRules.check(form);
		organisations.organisationByCode(form.code()).ifPresent(existing -> {
			throw refused("code", "org.rule.codeTaken", form.code(), existing.name());
		});
		long id = organisations.insert(form);
		Organisation created = organisations.organisation(id).orElseThrow();
		audit.record(OrgAuditKind.ORGANISATION, id, Action.CREATE, null, created, id);
		return created;
	}

	public Organisation updateOrganisation(long id, OrganisationForm form) {
		Organisation before = organisations.organisation(id)
			.orElseThrow(() -> new NotFoundException("org.notFound.organisation", id));
		inputRules.check(form);
		organisations.organisationByCode(form.code()).filter(other -> other.id() != id).ifPresent(existing -> {
			throw refused("code", "org.rule.codeTaken", form.code(), existing.name());
		});
		organisations.update(id, form);
		Organisation after = organisations.organisation(id).orElseThrow();
		audit.record(OrgAuditKind.ORGANISATION, id,
				before.active() && !after.active() ? Action.DEACTIVATE : Action.UPDATE, before, after, id);
		return after;
	}

	public Unit createUnit(UnitForm form) {
		checkUnit(null, form);
		long id = organisations.insert(form);
		Unit created = organisations.unit(id).orElseThrow();
		audit.record(OrgAuditKind.UNIT, id, Action.CREATE, null, created, created.organisationId());
		return created;
	}

	public Unit updateUnit(long id, UnitForm form) {
		Unit before = organisations.unit(id).orElseThrow(() -> new NotFoundException("org.notFound.unit", id));
		checkUnit(id, form);
		organisations.update(id, form);
		Unit after = organisations.unit(id).orElseThrow();
		audit.record(OrgAuditKind.UNIT, id, before.active() && !after.active() ? Action.DEACTIVATE : Action.UPDATE,
				before, after, after.organisationId());
		return after;
	}

	/** A unit's staff keep their own unit's contact details; nobody else's. */
	public Unit updateUnitContact(long id, UnitContactForm form) {
		Unit before = organisations.unit(id).orElseThrow(() -> new NotFoundException("org.notFound.unit", id));
		inputRules.check(form);
		organisations.updateContact(id, form);
		Unit after = organisations.unit(id).orElseThrow();
		audit.record(OrgAuditKind.UNIT, id, Action.UPDATE, before, after, after.organisationId());
		return after;
	}

	public UserAccount createUser(UserForm form) {
		if (form.password() == null || form.password().isBlank()) {
			throw refused("password", "org.rule.initialPassword");
		}
		checkUser(null, form);
		long id = users.insert(form, passwordEncoder.encode(form.password()));
		UserAccount created = users.account(id).orElseThrow();
		audit.record(OrgAuditKind.USER, id, Action.CREATE, null, created, created.organisationId());
		return created;
	}

	public UserAccount updateUser(CurrentUser actor, long id, UserForm form) {
		UserAccount before = users.account(id).orElseThrow(() -> new NotFoundException("org.notFound.user", id));
		checkUser(id, form);
		users.update(id, form);
		if (form.password() != null && !form.password().isBlank()) {
			users.updatePassword(id, passwordEncoder.encode(form.password()));
			audit.record(OrgAuditKind.USER, id, Action.PASSWORD_CHANGE, null, Map.of("by", actor.getUsername()),
					before.organisationId());
		}
		UserAccount after = users.account(id).orElseThrow();
		audit.record(OrgAuditKind.USER, id, before.active() && !after.active() ? Action.DEACTIVATE : Action.UPDATE,
				before, after, after.organisationId());
		return after;
	}

	public void changeOwnPassword(CurrentUser actor, PasswordChangeForm form) {
		inputRules.check(form);
		CurrentUser stored = users.principal(actor.getUsername()).orElseThrow();
		if (!passwordEncoder.matches(form.currentPassword(), stored.getPassword())) {
			throw refused("currentPassword", "org.rule.currentPassword");
		}
		users.updatePassword(actor.id(), passwordEncoder.encode(form.newPassword()));
		audit.record(OrgAuditKind.USER, actor.id(), Action.PASSWORD_CHANGE, null, Map.of("by", actor.getUsername()),
				actor.organisationId());
	}

	public List<UserAccount> users(Long organisationId) {
		return users.accounts(organisationId);
	}

	public UserAccount user(long id) {
		return users.account(id).orElseThrow(() -> new NotFoundException("org.notFound.user", id));
	}

	private void checkUnit(Long id, UnitForm form) {
		inputRules.check(form);
		if (organisations.organisation(form.organisationId()).isEmpty()) {
			throw refused("organisationId", "org.rule.noOrganisation", String.valueOf(form.organisationId()));
		}
		organisations.unitByCode(form.organisationId(), form.code())
			.filter(u -> !Objects.equals(u.id(), id))
			.ifPresent(u -> {
				throw refused("code", "org.rule.codeTaken", form.code(), u.name());
			});
		if (form.parentId() != null) {
			Unit parent = organisations.unit(form.parentId()).orElse(null);
			if (parent == null || !parent.organisationId().equals(form.organisationId())
					|| Objects.equals(parent.id(), id)) {
				throw refused("parentId", "org.rule.parentUnit");
			}
		}
	}

	/**
	 * The field rules of the form, then what only the database knows: free user name,
	 * existing organisation and unit.
	 */
	private void checkUser(Long id, UserForm form) {
		inputRules.check(form);
		if (users.usernameTaken(form.username(), id)) {
			throw refused("username", "org.rule.usernameTaken", form.username());
		}
		if (form.organisationId() != null && organisations.organisation(form.organisationId()).isEmpty()) {
			throw refused("organisationId", "org.rule.noOrganisation", String.valueOf(form.organisationId()));
		}
		if (form.unitId() != null) {
			Unit unit = organisations.unit(form.unitId()).orElse(null);
			if (unit == null || !unit.organisationId().equals(form.organisationId())) {
				throw refused("unitId", "org.rule.unitOfOrganisation");
			}
		}
	}

	/** Input refused on {@code field}, explained in the user's language. */
	private BadInputException refused(String field, String messageKey, Object... arguments) {
		return new BadInputException(List.of(InputProblem.field(field,
				messages.getMessage(messageKey, arguments, LocaleContextHolder.getLocale()))));
	}

}
