package vn.ddcihub.org;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user and the access rules that follow from their organisation, unit and
 * roles. Every capability asks these questions instead of comparing ids itself.
 */
public final class CurrentUser implements UserDetails {

	private final long id;

	private final String username;

	private final String displayName;

	private final Long organisationId;

	private final Long unitId;

	private final Set<Role> roles;

	private final transient String passwordHash;

	private final boolean active;

	public CurrentUser(long id, String username, String displayName, Long organisationId, Long unitId, Set<Role> roles,
			String passwordHash, boolean active) {
		this.id = id;
		this.username = username;
		this.displayName = displayName;
		this.organisationId = organisationId;
		this.unitId = unitId;
		this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
		this.passwordHash = passwordHash;
		this.active = active;
	}

	public long id() {
		return id;
	}

	public String displayName() {
		return displayName;
	}

	public Long organisationId() {
		return organisationId;
	}

	public Long unitId() {
		return unitId;
	}

	public Set<Role> roles() {
		return roles;
	}

	public Set<String> roleNames() {
		return roles.stream().map(Enum::name).collect(Collectors.toSet());
	}

	public boolean has(Role role) {
		return roles.contains(role);
	}

	public boolean isAdmin() {
		return has(Role.ADMIN);
	}

	/** ADMIN and VIEWER read across organisations; everyone else only their own. */
	public boolean canRead(Long organisationId) {
		return readsEveryOrganisation() || Objects.equals(this.organisationId, organisationId);
	}

	/**
	 * Reading every organisation's records (ADMIN, VIEWER), so lists need no organisation
	 * filter.
	 */
	public boolean readsEveryOrganisation() {
		return isAdmin() || has(Role.VIEWER);
	}

	/** Running an organisation's plans and consolidation: its COORDINATOR, or ADMIN. */
	public boolean canManage(Long organisationId) {
		return isAdmin() || (has(Role.COORDINATOR) && Objects.equals(this.organisationId, organisationId));
	}

	/** A unit's own work: its staff, or whoever manages the organisation. */
	public boolean canChangeUnitWork(Long organisationId, Long unitId) {
		return canManage(organisationId) || (has(Role.UNIT_STAFF) && Objects.equals(this.organisationId, organisationId)
				&& Objects.equals(this.unitId, unitId));
	}

	/** Seeing every unit's work of an organisation rather than only one's own unit. */
	public boolean seesWholeOrganisation(Long organisationId) {
		return isAdmin() || has(Role.VIEWER)
				|| (Objects.equals(this.organisationId, organisationId) && (has(Role.LEADER) || has(Role.COORDINATOR)));
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return roles.stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role.name())).toList();
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return username;
	}

	/**
	 * Repeated failed sign-ins are slowed per name and address, never by locking the
	 * account.
	 */
	@Override
	public boolean isAccountNonLocked() {
		return true;
	}

	@Override
	public boolean isEnabled() {
		return active;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof CurrentUser user && user.id == id;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(id);
	}

	@Override
	public String toString() {
		return username;
	}

}
