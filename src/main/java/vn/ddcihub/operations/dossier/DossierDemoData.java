package vn.ddcihub.operations.dossier;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.ddcihub.org.OrgDirectory;
import vn.ddcihub.org.Unit;

/**
 * The seed department's illustrative procedure catalogue and one year (2020) of about
 * {@value #DOSSIERS} illustrative dossiers (when {@code ddci.demo=true}, once): written
 * as an export and loaded through the import's own COPY path in about a second. Every row
 * is marked illustrative and the pages say so.
 */
@Component
@Order(50)
class DossierDemoData implements ApplicationRunner {

	static final String SEED_ORGANISATION = "STNMT";

	static final int DOSSIERS = 20_000;

	static final int YEAR = 2020;

	private static final Logger log = LoggerFactory.getLogger(DossierDemoData.class);

	private final boolean demo;

	private final OrgDirectory directory;

	private final DossierLoad load;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	DossierDemoData(@Value("${ddci.demo:true}") boolean demo, OrgDirectory directory, DossierLoad load, JdbcClient jdbc,
			TransactionTemplate transactions) {
		this.demo = demo;
		this.directory = directory;
		this.load = load;
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!demo) {
			return;
		}
		directory.organisationByCode(SEED_ORGANISATION).ifPresent(organisation -> {
			boolean loaded = jdbc.sql("select exists (select 1 from ops_procedure where organisation_id = ?)")
				.param(organisation.id())
				.query(Boolean.class)
				.single();
			if (!loaded) {
				long started = System.currentTimeMillis();
				DossierLoad.Result result = transactions.execute(status -> load(organisation.id()));
				log.info("Demo dossiers loaded: {} procedures, {} dossiers of {} in {} ms (illustrative)",
						IllustrativeCatalogue.ENTRIES.size(), result.inserted(), YEAR,
						System.currentTimeMillis() - started);
			}
		});
	}

	private DossierLoad.Result load(long organisationId) {
		for (IllustrativeCatalogue.Entry entry : IllustrativeCatalogue.ENTRIES) {
			jdbc.sql("""
					insert into ops_procedure (organisation_id, code, name, field, statutory_days, reduced_days,
					    online_level, fees, illustrative) values (?, ?, ?, ?, ?, ?, ?, ?, true)""")
				.params(organisationId, entry.code(), entry.name(), entry.field(), entry.statutoryDays(),
						Procedure.defaultReducedDays(entry.statutoryDays()), entry.online().name(), entry.fees())
				.update();
		}
		List<Unit> units = directory.units(organisationId);
		Map<String, String> names = units.stream().collect(Collectors.toMap(Unit::code, Unit::name));
		ByteArrayOutputStream file = new ByteArrayOutputStream(DOSSIERS * 200);
		IllustrativeDossiers.write(new OutputStreamWriter(file, StandardCharsets.UTF_8), YEAR, DOSSIERS, YEAR, names,
				false, 0);
		List<String> header = List.of(IllustrativeDossiers.HEADER.split(","));
		return load.load(organisationId, "ho-so-minh-hoa-" + YEAR + ".csv",
				new ByteArrayInputStream(file.toByteArray()), ColumnMapping.guess(header, null), units, true,
				(rows, bytes) -> true);
	}

}
