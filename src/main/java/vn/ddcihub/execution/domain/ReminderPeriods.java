package vn.ddcihub.execution.domain;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.ddcihub.execution.Frequency;

/**
 * The periods reminders are about, with what they need in one query: the line's reporting
 * and receiving units and the units that have already reported (submitted or accepted).
 */
@Repository
class ReminderPeriods {

	private static final String COLUMNS = """
			p.id, p.plan_id, p.organisation_id, p.frequency, p.year, p.number, p.due_on,
			l.reporter_unit_id, l.receiving_unit_ids,
			array(select r.unit_id from execution_report r
			      where r.period_id = p.id and r.status in ('SUBMITTED', 'ACCEPTED')) as reported
			from execution_period p join execution_reporting_line l on l.id = p.line_id""";

	private final JdbcClient jdbc;

	ReminderPeriods(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A period and who has reported on it. */
	record DuePeriod(long id, long planId, long organisationId, Frequency frequency, int year, int number,
			LocalDate dueOn, Long reporterUnitId, List<Long> receivingUnitIds, Set<Long> reported) {

		/**
		 * "6/2041", "II/2041", "2041": the same in both languages; the frequency word is
		 * translated.
		 */
		String label() {
			return switch (frequency) {
				case MONTHLY -> number + "/" + year;
				case QUARTERLY -> List.of("I", "II", "III", "IV").get(number - 1) + "/" + year;
				case YEARLY -> Integer.toString(year);
			};
		}

		String frequencyWord() {
			return Notice.messageKey("execution.notify.frequency." + frequency.name());
		}

	}

	/**
	 * Open periods due by {@code lastDueDate}, soonest first. Demo periods (minh họa) are
	 * left out: nobody is reminded of illustrative data.
	 */
	List<DuePeriod> openDueBy(LocalDate lastDueDate) {
		return jdbc.sql("select " + COLUMNS + """
				 where p.status = 'OPEN' and not p.illustrative and p.due_on <= ?
				order by p.due_on, p.id""").param(lastDueDate).query(ReminderPeriods::period).list();
	}

	Optional<DuePeriod> period(long id) {
		return jdbc.sql("select " + COLUMNS + " where p.id = ?").param(id).query(ReminderPeriods::period).optional();
	}

	/**
	 * The newest timeline entry of a report for an action, so that a report returned
	 * twice is announced twice; 0 when there is none.
	 */
	long latestEvent(long reportId, String action) {
		return jdbc.sql("select coalesce(max(id), 0) from execution_report_event where report_id = ? and action = ?")
			.params(reportId, action)
			.query(Long.class)
			.single();
	}

	private static DuePeriod period(ResultSet rs, int row) throws SQLException {
		return new DuePeriod(rs.getLong("id"), rs.getLong("plan_id"), rs.getLong("organisation_id"),
				Frequency.valueOf(rs.getString("frequency")), rs.getInt("year"), rs.getInt("number"),
				rs.getObject("due_on", LocalDate.class), (Long) rs.getObject("reporter_unit_id"),
				ids(rs.getArray("receiving_unit_ids")), Set.copyOf(ids(rs.getArray("reported"))));
	}

	private static List<Long> ids(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((Long[]) array.getArray());
	}

}
