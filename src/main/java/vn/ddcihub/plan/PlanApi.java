package vn.ddcihub.plan;

import java.time.LocalDate;
import java.util.List;

import vn.ddcihub.org.CurrentUser;

/**
 * What other capabilities (execution, reports, the start page) may ask of plans: the
 * plans a user may read and the tasks that are the user's work. Changes go through the
 * plan pages and API.
 */
public interface PlanApi {

	/** Plans the user may read, any status. */
	List<Plan> visiblePlans(CurrentUser user);

	/**
	 * Active tasks of readable plans that are the user's work: those their unit leads or
	 * coordinates, or every task for those who see the whole organisation; soonest due
	 * first.
	 */
	List<WorkItem> myWork(CurrentUser user, LocalDate today);

}
