package vn.ddcihub.operations.question;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures of questions and petitions for an organisation, per month of receipt and
 * for the year (domain.md §3): received, answered, answered on time (by the due date),
 * published, overdue (answered late, or open past the due date), rated satisfied and
 * dissatisfied, and the ratios — on-time = answered on time / items whose outcome is
 * known (answered or past due); satisfaction = (received − dissatisfied − overdue) /
 * received; published share = published / answered.
 */
@Service
public class QuestionFigures {

	private final JdbcClient jdbc;

	private final QuestionWorkflow workflow;

	QuestionFigures(JdbcClient jdbc, QuestionWorkflow workflow) {
		this.jdbc = jdbc;
		this.workflow = workflow;
	}

	/** One month's (1–12) or the year's (0) counts. */
	public record Figures(int year, int month, long received, long answered, long onTime, long published, long overdue,
			long satisfied, long dissatisfied) {

		/** Items whose outcome is known: answered, or open past the due date. */
		public long decided() {
			return answered + (overdue - lateAnswers());
		}

		long lateAnswers() {
			return answered - onTime;
		}

		/** Percent answered on time of the decided items; null when none is decided. */
		public Double onTimeRate() {
			return decided() == 0 ? null : 100.0 * onTime / decided();
		}

		public Double satisfaction() {
			return received == 0 ? null : 100.0 * (received - dissatisfied - overdue) / received;
		}

		public Double publishedShare() {
			return answered == 0 ? null : 100.0 * published / answered;
		}

		Figures plus(Figures other) {
			return new Figures(year, 0, received + other.received, answered + other.answered, onTime + other.onTime,
					published + other.published, overdue + other.overdue, satisfied + other.satisfied,
					dissatisfied + other.dissatisfied);
		}
	}

	/**
	 * The year's figures: the months with items received, then the year (month 0) last.
	 */
	@Transactional(readOnly = true)
	public List<Figures> year(long organisationId, int year) {
		LocalDate today = workflow.today();
		List<Figures> months = jdbc.sql("""
				select extract(month from received_at at time zone 'Asia/Ho_Chi_Minh')::int as month,
				  count(*) as received,
				  count(*) filter (where status = 'ANSWERED') as answered,
				  count(*) filter (where status = 'ANSWERED' and (due_on is null
				      or (answered_at at time zone 'Asia/Ho_Chi_Minh')::date <= due_on)) as on_time,
				  count(*) filter (where status = 'ANSWERED' and withheld_reason = '') as published,
				  count(*) filter (where (status = 'ANSWERED' and due_on is not null
				      and (answered_at at time zone 'Asia/Ho_Chi_Minh')::date > due_on)
				      or (status <> 'ANSWERED' and due_on < :today)) as overdue,
				  count(*) filter (where rating = 'SATISFIED') as satisfied,
				  count(*) filter (where rating = 'DISSATISFIED') as dissatisfied
				from ops_question
				where organisation_id = :organisationId
				  and received_at >= make_timestamptz(:year, 1, 1, 0, 0, 0, 'Asia/Ho_Chi_Minh')
				  and received_at < make_timestamptz(:year + 1, 1, 1, 0, 0, 0, 'Asia/Ho_Chi_Minh')
				group by 1 order by 1""")
			.param("organisationId", organisationId)
			.param("year", year)
			.param("today", today)
			.query((rs, row) -> new Figures(year, rs.getInt("month"), rs.getLong("received"), rs.getLong("answered"),
					rs.getLong("on_time"), rs.getLong("published"), rs.getLong("overdue"), rs.getLong("satisfied"),
					rs.getLong("dissatisfied")))
			.list();
		List<Figures> all = new ArrayList<>(months);
		all.add(months.stream().reduce(new Figures(year, 0, 0, 0, 0, 0, 0, 0, 0), Figures::plus));
		return all;
	}

	/** The years with items, newest first (this year at least). */
	@Transactional(readOnly = true)
	public List<Integer> years(long organisationId) {
		List<Integer> years = new ArrayList<>(jdbc.sql("""
				select distinct extract(year from received_at at time zone 'Asia/Ho_Chi_Minh')::int
				from ops_question where organisation_id = ? order by 1 desc""")
			.param(organisationId)
			.query(Integer.class)
			.list());
		if (!years.contains(workflow.today().getYear())) {
			years.add(0, workflow.today().getYear());
		}
		return years;
	}

}
