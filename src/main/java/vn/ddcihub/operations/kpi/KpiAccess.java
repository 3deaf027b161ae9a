package vn.ddcihub.operations.kpi;

import org.springframework.stereotype.Component;

import vn.ddcihub.org.CurrentUser;

/**
 * Who may change an organisation's KPI mapping and targets, called as {@code @kpiAccess}:
 * its Office (COORDINATOR) and ADMIN.
 */
@Component
public class KpiAccess {

	public boolean canManage(CurrentUser user, Long organisationId) {
		Long id = organisationId != null ? organisationId : user.organisationId();
		return id != null && user.canManage(id);
	}

}
