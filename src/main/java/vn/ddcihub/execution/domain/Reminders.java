package vn.ddcihub.execution.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import vn.ddcihub.execution.domain.ReminderPeriods.DuePeriod;
import vn.ddcihub.org.Contact;
import vn.ddcihub.org.OrgDirectory;
import vn.ddcihub.org.Role;
import vn.ddcihub.org.Unit;
import vn.ddcihub.plan.PlanApi;
import vn.ddcihub.plan.PlanOutline;
import vn.ddcihub.shared.VietnameseFormat;

/**
 * Reminders (nhắc việc) for one day: for every open period and every unit expected to
 * report ({@link ExpectedReporters}) that has not submitted, a reminder to the unit's
 * users N days before the due date, on the day, and every K days while overdue; after M
 * days overdue the unit's head (its contact address) and the Office (COORDINATOR) hear it
 * too; and once a week the Office gets a digest of who has not reported. Each reminder
 * carries a key of kind, period, unit and occurrence, so running the day again — on this
 * node or another — adds nothing.
 */
@Service
public class Reminders {

	private static final Logger log = LoggerFactory.getLogger(Reminders.class);

	private final ReminderPeriods periods;

	private final PlanApi plans;

	private final OrgDirectory directory;

	private final Notifier notifier;

	private final ReminderSettings settings;

	Reminders(ReminderPeriods periods, PlanApi plans, OrgDirectory directory, Notifier notifier,
			ReminderSettings settings) {
		this.periods = periods;
		this.plans = plans;
		this.directory = directory;
		this.notifier = notifier;
		this.settings = settings;
	}

	/** A unit that owes a report, and how many days past its due date it is. */
	record Missing(DuePeriod period, long unitId, long daysOverdue) {
	}

	/**
	 * @return how many notifications were added
	 */
	public int run(LocalDate today) {
		List<Missing> missing = missing(today);
		Map<Long, Unit> units = directory.unitsWithIds(missing.stream().map(Missing::unitId).distinct().toList())
			.stream()
			.collect(Collectors.toMap(Unit::id, Function.identity()));
		Map<Long, List<Contact>> coordinators = new HashMap<>();
		int added = 0;
		for (Missing owed : missing) {
			Unit unit = units.get(owed.unitId());
			if (unit == null) {
				continue;
			}
			long organisation = owed.period().organisationId();
			List<Contact> staff = directory.contacts(organisation, unit.id(), null);
			Optional<Notice> reminder = reminder(owed, unit);
			if (reminder.isPresent()) {
				added += notifier.notify(reminder.get(), staff, List.of());
			}
			if (owed.daysOverdue() >= settings.escalateAfterDays()) {
				List<Contact> office = coordinators.computeIfAbsent(organisation,
						id -> directory.contacts(id, null, Role.COORDINATOR));
				added += notifier.notify(notice(NotificationKind.ESCALATION, owed, unit, "escalation"), office,
						List.of(new Mailbox(
								unit.headName() == null || unit.headName().isBlank() ? unit.name() : unit.headName(),
								unit.email())));
			}
		}
		added += digests(today, missing, units, coordinators);
		log.info("Reminders for {}: {} units owe a report, {} notifications added", today, missing.size(), added);
		return added;
	}

	/** Units that owe a report in open periods due within the reminder window. */
	List<Missing> missing(LocalDate today) {
		Map<Long, Optional<PlanOutline>> outlines = new HashMap<>();
		List<Missing> missing = new ArrayList<>();
		for (DuePeriod period : periods.openDueBy(today.plusDays(settings.daysBefore()))) {
			Optional<PlanOutline> outline = outlines.computeIfAbsent(period.planId(), plans::outline);
			if (outline.isEmpty()) {
				continue;
			}
			long days = ChronoUnit.DAYS.between(period.dueOn(), today);
			for (long unitId : ExpectedReporters.of(outline.get(), period.reporterUnitId(),
					period.receivingUnitIds())) {
				if (!period.reported().contains(unitId)) {
					missing.add(new Missing(period, unitId, days));
				}
			}
		}
		return missing;
	}

	/**
	 * The unit's reminder of the day: before the due date (once), on it, or the overdue
	 * one of the current K-day stretch.
	 */
	private Optional<Notice> reminder(Missing owed, Unit unit) {
		long days = owed.daysOverdue();
		if (days < 0) {
			return Optional.of(notice(NotificationKind.REMINDER_BEFORE, owed, unit, "before"));
		}
		if (days == 0) {
			return Optional.of(notice(NotificationKind.REMINDER_DUE, owed, unit, "due"));
		}
		long stretch = (days - 1) / settings.repeatEveryDays();
		return Optional.of(notice(NotificationKind.REMINDER_OVERDUE, owed, unit, "overdue" + stretch));
	}

	private static Notice notice(NotificationKind kind, Missing owed, Unit unit, String occurrence) {
		DuePeriod period = owed.period();
		String key = kind.name() + ":p" + period.id() + ":u" + unit.id() + ":" + occurrence;
		return new Notice(kind, key, "/periods/" + period.id(), List.of(period.frequencyWord(), period.label(),
				unit.name(), VietnameseFormat.date(period.dueOn()), Long.toString(Math.abs(owed.daysOverdue()))));
	}

	/**
	 * Once an ISO week, each organisation's Office gets the list of units whose report is
	 * due or overdue and not in.
	 */
	private int digests(LocalDate today, List<Missing> missing, Map<Long, Unit> units,
			Map<Long, List<Contact>> coordinators) {
		Map<Long, List<Missing>> byOrganisation = new LinkedHashMap<>();
		missing.stream()
			.filter(owed -> owed.daysOverdue() >= 0 && units.containsKey(owed.unitId()))
			.forEach(owed -> byOrganisation.computeIfAbsent(owed.period().organisationId(), id -> new ArrayList<>())
				.add(owed));
		String week = today.get(IsoFields.WEEK_BASED_YEAR) + "-W" + today.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
		int added = 0;
		for (Map.Entry<Long, List<Missing>> organisation : byOrganisation.entrySet()) {
			List<Missing> owed = organisation.getValue();
			String lines = owed.stream()
				.map(m -> units.get(m.unitId()).name() + " (" + m.period().label() + ", "
						+ VietnameseFormat.date(m.period().dueOn()) + ")")
				.collect(Collectors.joining("; "));
			Notice digest = new Notice(NotificationKind.DIGEST, "DIGEST:o" + organisation.getKey() + ":" + week,
					"/periods/" + owed.get(0).period().id(), List.of(Integer.toString(owed.size()), lines));
			List<Contact> office = coordinators.computeIfAbsent(organisation.getKey(),
					id -> directory.contacts(id, null, Role.COORDINATOR));
			added += notifier.notify(digest, office, List.of());
		}
		return added;
	}

}
