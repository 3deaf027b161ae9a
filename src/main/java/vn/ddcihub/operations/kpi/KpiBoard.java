package vn.ddcihub.operations.kpi;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;

import vn.ddcihub.index.ComponentKpis;
import vn.ddcihub.shared.VietnamTime;

/**
 * The KPIs of an organisation for a year, as the index port {@link ComponentKpis} answers
 * them (tiles beside components on the profile and the dashboard) and as the KPI page
 * lists them (every KPI, with or without data).
 */
@Service
public class KpiBoard implements ComponentKpis {

	/** How far back the hub looks for the latest year with data. */
	private static final int YEARS_BACK = 10;

	private final KpiCatalogue catalogue;

	private final KpiMappings mappings;

	private final KpiTargets targets;

	private final MessageSource messages;

	KpiBoard(KpiCatalogue catalogue, KpiMappings mappings, KpiTargets targets, MessageSource messages) {
		this.catalogue = catalogue;
		this.mappings = mappings;
		this.targets = targets;
		this.messages = messages;
	}

	@Override
	public List<KpiChoice> catalogue() {
		return catalogue.definitions().stream().map(d -> new KpiChoice(d.code(), name(d))).toList();
	}

	@Override
	public List<KpiTile> tiles(long organisationId, int year) {
		return rows(organisationId, year).stream().map(KpiRow::tile).flatMap(Optional::stream).toList();
	}

	/** Every KPI of the catalogue with the year's figures, if any. */
	public List<KpiRow> rows(long organisationId, int year) {
		List<KpiReading> readings = catalogue.readings(organisationId, year - 1, year);
		Map<String, List<String>> components = mappings.components(organisationId);
		Map<String, Double> yearTargets = targets.of(organisationId, year);
		List<KpiRow> rows = new ArrayList<>();
		for (KpiDefinition kpi : catalogue.definitions()) {
			Optional<KpiReading> current = yearly(readings, kpi.code(), year);
			Optional<KpiReading> previous = yearly(readings, kpi.code(), year - 1);
			List<Double> trend = readings.stream()
				.filter(r -> r.code().equals(kpi.code()) && r.year() == year && !r.isYear())
				.sorted(Comparator.comparingInt(KpiReading::month))
				.map(KpiReading::value)
				.toList();
			rows.add(new KpiRow(kpi, name(kpi), current.orElse(null), previous.map(KpiReading::value).orElse(null),
					trend, yearTargets.get(kpi.code()), components.getOrDefault(kpi.code(), kpi.defaultComponents())));
		}
		return rows;
	}

	/**
	 * The latest year (of the last ten) in which any KPI of the organisation has a value.
	 */
	public int latestYear(long organisationId) {
		int now = VietnamTime.today().getYear();
		return catalogue.readings(organisationId, now - YEARS_BACK, now)
			.stream()
			.filter(KpiReading::isYear)
			.mapToInt(KpiReading::year)
			.max()
			.orElse(now);
	}

	private static Optional<KpiReading> yearly(List<KpiReading> readings, String code, int year) {
		return readings.stream().filter(r -> r.code().equals(code) && r.year() == year && r.isYear()).findFirst();
	}

	private String name(KpiDefinition kpi) {
		return messages.getMessage(kpi.nameKey(), null, kpi.code(), LocaleContextHolder.getLocale());
	}

	/**
	 * A KPI with its figures for a year: {@code current} is null when the lever has no
	 * data for it.
	 */
	public record KpiRow(KpiDefinition kpi, String name, KpiReading current, Double previous, List<Double> trend,
			Double target, List<String> components) {

		public Optional<KpiTile> tile() {
			if (current == null) {
				return Optional.empty();
			}
			return Optional.of(new KpiTile(kpi.code(), name, kpi.measure().name(), kpi.higherIsBetter(),
					current.value(), current.basis(), previous, trend, target, kpi.href(), components));
		}

	}

}
