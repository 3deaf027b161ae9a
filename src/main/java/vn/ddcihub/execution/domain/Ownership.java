package vn.ddcihub.execution.domain;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Which organisation and unit a period or report belongs to, for the access rules.
 */
@Repository
class Ownership {

	private final JdbcClient jdbc;

	Ownership(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record Owner(long organisationId, Long unitId, Long planId) {
	}

	Optional<Owner> ofPeriod(long periodId) {
		return jdbc.sql("select organisation_id, null::bigint as unit_id, plan_id from execution_period where id = ?")
			.param(periodId)
			.query((rs, i) -> new Owner(rs.getLong(1), null, rs.getLong(3)))
			.optional();
	}

	Optional<Owner> ofReport(long reportId) {
		return jdbc.sql("""
				select r.organisation_id, r.unit_id, p.plan_id
				from execution_report r join execution_period p on p.id = r.period_id where r.id = ?""")
			.param(reportId)
			.query((rs, i) -> new Owner(rs.getLong(1), rs.getLong(2), rs.getLong(3)))
			.optional();
	}

}
