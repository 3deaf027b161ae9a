package vn.ddcihub.operations.kpi;

import java.util.List;

/**
 * A KPI one lever measures: its stable code ("dossier.on-time-rate"), the message key of
 * its name, how its value reads, whether more is better, the components it moves by
 * default (the mapping stored in the database may change them) and the back-office page
 * that explains the figure.
 */
public record KpiDefinition(String code, String nameKey, KpiMeasure measure, boolean higherIsBetter,
		List<String> defaultComponents, String href) {
}
