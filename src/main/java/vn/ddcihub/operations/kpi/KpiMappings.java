package vn.ddcihub.operations.kpi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ddcihub.org.AuditTrail;
import vn.ddcihub.org.AuditTrail.Action;
import vn.ddcihub.shared.NotFoundException;

/**
 * Which components each KPI moves, per organisation (ops_kpi_component): the sources'
 * defaults are stored at start-up for every organisation that has none yet; the Office
 * changes them (audited). An organisation created later reads the defaults until then.
 */
@Service
@org.springframework.core.annotation.Order(70)
public class KpiMappings implements ApplicationRunner {

	private final JdbcClient jdbc;

	private final KpiCatalogue catalogue;

	private final AuditTrail audit;

	KpiMappings(JdbcClient jdbc, KpiCatalogue catalogue, AuditTrail audit) {
		this.jdbc = jdbc;
		this.catalogue = catalogue;
		this.audit = audit;
	}

	/** Stores the defaults of KPIs no organisation has a mapping for yet. */
	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		List<Long> organisations = jdbc.sql("select id from org_organisation").query(Long.class).list();
		for (long organisation : organisations) {
			storeDefaults(organisation);
		}
	}

	private void storeDefaults(long organisationId) {
		for (KpiDefinition kpi : catalogue.definitions()) {
			int added = jdbc.sql("""
					insert into ops_kpi_mapping (organisation_id, kpi_code) values (?, ?)
					on conflict do nothing""").params(organisationId, kpi.code()).update();
			if (added > 0) {
				insertComponents(organisationId, kpi.code(), kpi.defaultComponents());
			}
		}
	}

	/** KPI code → component codes, for every KPI of the catalogue. */
	@Transactional(readOnly = true)
	public Map<String, List<String>> components(long organisationId) {
		Map<String, List<String>> stored = new LinkedHashMap<>();
		jdbc.sql("""
				select m.kpi_code, c.component_code from ops_kpi_mapping m
				left join ops_kpi_component c on c.organisation_id = m.organisation_id and c.kpi_code = m.kpi_code
				where m.organisation_id = ? order by m.kpi_code, c.component_code""")
			.param(organisationId)
			.query((rs, i) -> {
				List<String> components = stored.computeIfAbsent(rs.getString(1), k -> new ArrayList<>());
				if (rs.getString(2) != null) {
					components.add(rs.getString(2));
				}
				return null;
			})
			.list();
		Map<String, List<String>> all = new LinkedHashMap<>();
		for (KpiDefinition kpi : catalogue.definitions()) {
			all.put(kpi.code(), stored.getOrDefault(kpi.code(), kpi.defaultComponents()));
		}
		return all;
	}

	/**
	 * Maps a KPI to {@code components} for the organisation, audited before and after.
	 */
	@Transactional
	public void change(long organisationId, String kpiCode, List<String> components) {
		KpiDefinition kpi = catalogue.definition(kpiCode)
			.orElseThrow(() -> new NotFoundException("operations.kpi.notFound", kpiCode));
		storeDefaults(organisationId);
		List<String> before = components(organisationId).get(kpi.code());
		List<String> after = components.stream()
			.map(String::strip)
			.filter(c -> !c.isEmpty())
			.distinct()
			.sorted()
			.toList();
		jdbc.sql(
				"update ops_kpi_mapping set edited = true, updated_at = now() where organisation_id = ? and kpi_code = ?")
			.params(organisationId, kpiCode)
			.update();
		jdbc.sql("delete from ops_kpi_component where organisation_id = ? and kpi_code = ?")
			.params(organisationId, kpiCode)
			.update();
		insertComponents(organisationId, kpiCode, after);
		audit.record(KpiAuditKind.MAPPING, organisationId + ":" + kpiCode, Action.UPDATE,
				Map.of("kpi", kpiCode, "components", before), Map.of("kpi", kpiCode, "components", after),
				organisationId);
	}

	private void insertComponents(long organisationId, String kpiCode, List<String> components) {
		for (String component : components) {
			jdbc.sql("""
					insert into ops_kpi_component (organisation_id, kpi_code, component_code) values (?, ?, ?)
					on conflict do nothing""").params(organisationId, kpiCode, component).update();
		}
	}

}
