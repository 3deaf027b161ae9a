package vn.ddcihub.operations.kpi;

import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ddcihub.org.AuditTrail;
import vn.ddcihub.org.AuditTrail.Action;

/** Optional yearly targets of an organisation's KPIs (ops_kpi_target), audited. */
@Service
public class KpiTargets {

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	KpiTargets(JdbcClient jdbc, AuditTrail audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/** KPI code → target for the year. */
	@Transactional(readOnly = true)
	public Map<String, Double> of(long organisationId, int year) {
		Map<String, Double> targets = new HashMap<>();
		jdbc.sql("select kpi_code, target from ops_kpi_target where organisation_id = ? and year = ?")
			.params(organisationId, year)
			.query((rs, i) -> targets.put(rs.getString(1), rs.getDouble(2)))
			.list();
		return targets;
	}

	/** Sets the year's target, or removes it when {@code target} is null. */
	@Transactional
	public void set(long organisationId, String kpiCode, int year, Double target) {
		Double before = of(organisationId, year).get(kpiCode);
		if (target == null) {
			jdbc.sql("delete from ops_kpi_target where organisation_id = ? and kpi_code = ? and year = ?")
				.params(organisationId, kpiCode, year)
				.update();
		}
		else {
			jdbc.sql("""
					insert into ops_kpi_target (organisation_id, kpi_code, year, target) values (?, ?, ?, ?)
					on conflict (organisation_id, kpi_code, year) do update set target = excluded.target""")
				.params(organisationId, kpiCode, year, target)
				.update();
		}
		if (!java.util.Objects.equals(before, target)) {
			Map<String, Object> was = new HashMap<>(Map.of("kpi", kpiCode, "year", year));
			was.put("target", before);
			Map<String, Object> now = new HashMap<>(Map.of("kpi", kpiCode, "year", year));
			now.put("target", target);
			audit.record(KpiAuditKind.TARGET, organisationId + ":" + kpiCode + ":" + year, Action.UPDATE, was, now,
					organisationId);
		}
	}

}
