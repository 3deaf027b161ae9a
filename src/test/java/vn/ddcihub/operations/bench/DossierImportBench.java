package vn.ddcihub.operations.bench;

import java.io.BufferedInputStream;
import java.io.BufferedWriter;
import java.io.InputStream;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import vn.ddcihub.DdciHubApplication;
import vn.ddcihub.operations.dossier.AnalyticsFilter;
import vn.ddcihub.operations.dossier.ColumnMapping;
import vn.ddcihub.operations.dossier.Dimension;
import vn.ddcihub.operations.dossier.DossierAnalytics;
import vn.ddcihub.operations.dossier.DossierLoad;
import vn.ddcihub.operations.dossier.IllustrativeDossiers;

/**
 * The dossier import against PostgreSQL's own COPY, in one run on one embedded database:
 * writes an illustrative export of {@code rows} dossiers (CSV, ISO times so that plain
 * COPY takes it), loads it with {@code COPY … FROM STDIN (FORMAT csv)} into a table with
 * {@code ops_dossier}'s primary key and indexes (a fair comparison), then twice through
 * the application's import path ({@link DossierLoad}): a first import into an
 * organisation without dossiers and a re-import of the same file; prints the times, their
 * ratios to COPY (target ≤ 1.5) and the peak heap; then times the monthly on-time
 * analytics over those dossiers (target < 500 ms). Run by
 * {@code bench/dossier-import.sh}.
 */
public final class DossierImportBench {

	private static final long ORGANISATION = 900_001;

	public static void main(String[] args) throws Exception {
		int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
		Path data = Files.createTempDirectory("ddci-dossier-bench");
		ConfigurableApplicationContext context = SpringApplication.run(DdciHubApplication.class,
				"--ddci.embedded.data-dir=" + data.resolve("postgres"), "--ddci.embedded.port=0",
				"--ddci.embedded.clean=true", "--ddci.demo=false", "--ddci.db.url=",
				"--ddci.admin-password=bench-only-1", "--server.port=0",
				"--ddci.templates-dir=" + data.resolve("templates"), "--logging.level.root=WARN",
				"--logging.level.vn.ddcihub.operations.dossier.DossierLoad=DEBUG");
		try {
			run(context, data, rows);
		}
		finally {
			context.close();
			// the embedded database and the file take about a gigabyte
			org.springframework.util.FileSystemUtils.deleteRecursively(data);
		}
	}

	private static void run(ConfigurableApplicationContext context, Path data, int rows) throws Exception {
		DataSource dataSource = context.getBean(DataSource.class);
		JdbcClient jdbc = JdbcClient.create(dataSource);
		TransactionTemplate transactions = context.getBean(TransactionTemplate.class);
		DossierLoad load = context.getBean(DossierLoad.class);
		DossierAnalytics analytics = context.getBean(DossierAnalytics.class);

		Path file = data.resolve("ho-so.csv");
		long written = System.nanoTime();
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			IllustrativeDossiers.write(out, 2021, rows, 42, Map.of(), true, 10);
		}
		System.out.printf("file: %,d rows, %,d bytes, written in %d ms%n", rows, Files.size(file),
				(System.nanoTime() - written) / 1_000_000);

		// the application's role may not create tables: the plain COPY's table is made
		// and
		// loaded as the database's owner (the role Flyway migrates as)
		DataSource owner = context.getBean(org.flywaydb.core.Flyway.class).getConfiguration().getDataSource();
		JdbcClient.create(owner).sql("""
				create table bench_dossier_copy (organisation_id bigint not null default %d, code varchar(64) not null,
				    procedure_code varchar(64), procedure_name varchar(500), field varchar(120),
				    unit_name varchar(255) not null, channel varchar(64) not null, received_at timestamp not null,
				    due_at timestamp not null, returned_at timestamp, status varchar(120), apology_slip varchar(16),
				    primary key (organisation_id, code));
				create index bench_dossier_copy_open on bench_dossier_copy (organisation_id, due_at)
				    where returned_at is null;
				create index bench_dossier_copy_late on bench_dossier_copy (organisation_id, returned_at)
				    where returned_at::date > due_at::date""".formatted(ORGANISATION)).update();
		System.out.println("PostgreSQL COPY table: ops_dossier's primary key (organisation_id, code) and its two "
				+ "partial indexes (open, late); the file's text for channel and apology slip");
		long copyNanos;
		try (Connection connection = owner.getConnection(); Reader reader = Files.newBufferedReader(file)) {
			long start = System.nanoTime();
			long copied = connection.unwrap(PGConnection.class)
				.getCopyAPI()
				.copyIn("copy bench_dossier_copy (code, procedure_code, procedure_name, field, unit_name, channel, "
						+ "received_at, due_at, returned_at, status, apology_slip) from stdin (format csv, header true)",
						reader);
			copyNanos = System.nanoTime() - start;
			System.out.printf("PostgreSQL COPY: %,d rows in %,d ms%n", copied, copyNanos / 1_000_000);
		}

		List<String> header = Arrays.asList(IllustrativeDossiers.HEADER.split(","));
		ColumnMapping mapping = ColumnMapping.guess(header, null);
		HeapPeak heap = new HeapPeak();
		heap.start();
		for (String run : List.of("first import (organisation without dossiers)", "re-import of the same file")) {
			long start = System.nanoTime();
			DossierLoad.Result result = transactions.execute(status -> {
				try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
					return load.load(ORGANISATION, file.getFileName().toString(), in, mapping, List.of(), false,
							(read, bytes) -> true);
				}
				catch (java.io.IOException ex) {
					throw new java.io.UncheckedIOException(ex);
				}
			});
			long importNanos = System.nanoTime() - start;
			System.out.printf(
					"application %s: %,d rows (%,d new, %,d changed) in %,d ms, peak heap used %,d MB (max heap %,d MB)%n",
					run, result.rows(), result.inserted(), result.updated(), importNanos / 1_000_000,
					heap.peak / (1024 * 1024), Runtime.getRuntime().maxMemory() / (1024 * 1024));
			System.out.printf("ratio %s / COPY: %.2f (target ≤ 1.5)%n", run, (double) importNanos / copyNanos);
		}
		heap.stopSampling();

		AnalyticsFilter year = AnalyticsFilter.year(2021);
		List<Long> monthly = new ArrayList<>();
		List<Long> report = new ArrayList<>();
		for (int i = 0; i < 7; i++) {
			long t = System.nanoTime();
			analytics.rows(ORGANISATION, year, Dimension.MONTH);
			monthly.add((System.nanoTime() - t) / 1_000_000);
			t = System.nanoTime();
			analytics.report(ORGANISATION, year, Dimension.UNIT);
			report.add((System.nanoTime() - t) / 1_000_000);
		}
		System.out.printf("monthly on-time analytics over %,d dossiers: %s ms (target < 500)%n", rows, monthly);
		System.out.printf("whole analytics page data (table, trend, histogram, late list): %s ms%n", report);
		System.out.println("load average: " + Files.readString(Path.of("/proc/loadavg")).strip() + ", "
				+ Runtime.getRuntime().availableProcessors() + " cores");
	}

	/** The highest heap use seen, sampled every 20 ms. */
	private static final class HeapPeak extends Thread {

		private volatile boolean running = true;

		private volatile long peak;

		HeapPeak() {
			setDaemon(true);
		}

		@Override
		public void run() {
			while (running) {
				long used = 0;
				for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
					if (pool.getType() == MemoryType.HEAP) {
						used += pool.getUsage().getUsed();
					}
				}
				peak = Math.max(peak, used);
				try {
					Thread.sleep(20);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		}

		void stopSampling() {
			running = false;
		}

	}

}
