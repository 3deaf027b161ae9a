package vn.ddcihub.org;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ddcihub.org.domain.OrgRepository;
import vn.ddcihub.org.domain.UserRepository;

/**
 * Read access to organisations and units for every capability. Methods without a user
 * argument do not filter; the {@code visible…} methods return only what the user may see.
 */
@Service
@Transactional(readOnly = true)
public class OrgDirectory {

	private final OrgRepository organisations;

	private final UserRepository users;

	OrgDirectory(OrgRepository organisations, UserRepository users) {
		this.organisations = organisations;
		this.users = users;
	}

	public List<Organisation> organisations() {
		return organisations.organisations();
	}

	public Optional<Organisation> organisation(long id) {
		return organisations.organisation(id);
	}

	public Optional<Organisation> organisationByCode(String code) {
		return organisations.organisationByCode(code);
	}

	/** Every unit of every organisation, in one query. */
	public List<Unit> allUnits() {
		return organisations.units(null);
	}

	public List<Unit> units(long organisationId) {
		return organisations.units(organisationId);
	}

	/** The units with these ids, whatever their organisation, in one query. */
	public List<Unit> unitsWithIds(Collection<Long> unitIds) {
		return unitIds.isEmpty() ? List.of() : organisations.unitsWithIds(unitIds);
	}

	public Optional<Unit> unit(long id) {
		return organisations.unit(id);
	}

	public Optional<Unit> unitByCode(long organisationId, String code) {
		return organisations.unitByCode(organisationId, code);
	}

	public List<Organisation> visibleOrganisations(CurrentUser user) {
		return organisations.organisations().stream().filter(o -> user.canRead(o.id())).toList();
	}

	public List<Unit> visibleUnits(CurrentUser user) {
		return allUnits().stream().filter(u -> user.canRead(u.organisationId())).toList();
	}

	/**
	 * The active users of an organisation to notify, in one query: of one unit when
	 * {@code unitId} is given, holding {@code role} when it is given.
	 */
	public List<Contact> contacts(long organisationId, Long unitId, Role role) {
		return users.contacts(organisationId, unitId, role);
	}

	/** An active user to notify, by id. */
	public Optional<Contact> contact(long userId) {
		return users.contact(userId);
	}

	public String unitName(Long unitId) {
		return unitId == null ? "" : organisations.unit(unitId).map(Unit::name).orElse("");
	}

}
