package vn.ddcihub.operations.kpi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Every KPI of every lever: whatever {@link KpiSource} beans exist (dossiers, questions,
 * publications, dialogues, inspections …), so a new lever adds a bean and nothing here
 * changes. A code defined twice keeps its first definition.
 */
@Component
public class KpiCatalogue {

	private final ObjectProvider<KpiSource> sources;

	KpiCatalogue(ObjectProvider<KpiSource> sources) {
		this.sources = sources;
	}

	public List<KpiDefinition> definitions() {
		Map<String, KpiDefinition> byCode = new LinkedHashMap<>();
		sources.orderedStream()
			.flatMap(source -> source.definitions().stream())
			.forEach(definition -> byCode.putIfAbsent(definition.code(), definition));
		return List.copyOf(byCode.values());
	}

	public Optional<KpiDefinition> definition(String code) {
		return definitions().stream().filter(d -> d.code().equals(code)).findFirst();
	}

	/**
	 * Every source's readings for the organisation and years; a source that fails is left
	 * out rather than taking the tiles of the others with it.
	 */
	public List<KpiReading> readings(long organisationId, int fromYear, int toYear) {
		List<KpiReading> readings = new ArrayList<>();
		sources.orderedStream().forEach(source -> {
			try {
				readings.addAll(source.readings(organisationId, fromYear, toYear));
			}
			catch (RuntimeException ex) {
				org.slf4j.LoggerFactory.getLogger(KpiCatalogue.class)
					.warn("KPI source {} failed for organisation {}", source.getClass().getSimpleName(), organisationId,
							ex);
			}
		});
		return readings;
	}

}
