package vn.ddcihub.plan;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

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

	/**
	 * Plans of one organisation, or of all when {@code organisationId} is null, without a
	 * user filter: for jobs and for views whose caller has checked access.
	 */
	List<Plan> plans(Long organisationId);

	/**
	 * The whole plan (targets and active tasks) without a user filter; the caller checks
	 * access. Empty when there is no such plan.
	 */
	Optional<PlanOutline> outline(long planId);

	/**
	 * The whole plans of the given ids, in a fixed number of queries however many; ids of
	 * no plan are left out. Newest year first. The caller checks access.
	 */
	List<PlanOutline> outlines(Collection<Long> planIds);

}
