package vn.ddcihub.org.domain;

import org.springframework.stereotype.Component;

import vn.ddcihub.org.CurrentUser;
import vn.ddcihub.org.Unit;
import vn.ddcihub.shared.NotFoundException;

/**
 * Who may read and change organisations and units, called by the handlers'
 * {@code @PreAuthorize} as {@code @orgAccess} (administration as a whole is
 * {@code hasRole('ADMIN')}). Another organisation's records are not found (404) rather
 * than forbidden, so their existence is not told.
 */
@Component
public class OrgAccess {

	private final OrgRepository organisations;

	OrgAccess(OrgRepository organisations) {
		this.organisations = organisations;
	}

	/** Reading an organisation: its own people, VIEWER and ADMIN. True, or not found. */
	public boolean canReadOrganisation(CurrentUser user, long organisationId) {
		organisations.organisation(organisationId)
			.filter(o -> user.canRead(o.id()))
			.orElseThrow(() -> new NotFoundException("org.notFound.organisation", organisationId));
		return true;
	}

	/** Reading a unit: as its organisation. True, or not found. */
	public boolean canReadUnit(CurrentUser user, long unitId) {
		visibleUnit(user, unitId);
		return true;
	}

	/** A unit's own contact details: its staff, or whoever manages the organisation. */
	public boolean canChangeUnit(CurrentUser user, Long unitId) {
		if (unitId == null) {
			throw new NotFoundException("org.notFound.noUnit");
		}
		Unit unit = visibleUnit(user, unitId);
		return user.canChangeUnitWork(unit.organisationId(), unit.id());
	}

	private Unit visibleUnit(CurrentUser user, long unitId) {
		return organisations.unit(unitId)
			.filter(u -> user.canRead(u.organisationId()))
			.orElseThrow(() -> new NotFoundException("org.notFound.unit", unitId));
	}

}
