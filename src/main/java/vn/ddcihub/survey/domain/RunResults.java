package vn.ddcihub.survey.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import vn.ddcihub.scoring.Anchors;
import vn.ddcihub.scoring.Band;
import vn.ddcihub.scoring.Bands;
import vn.ddcihub.scoring.BootstrapResult;
import vn.ddcihub.scoring.IndicatorSpec;
import vn.ddcihub.scoring.Interval;
import vn.ddcihub.scoring.RankInterval;
import vn.ddcihub.scoring.Ranking;
import vn.ddcihub.scoring.ScoringResult;
import vn.ddcihub.scoring.SensitivityResult;
import vn.ddcihub.scoring.SurveyScore;
import vn.ddcihub.scoring.Treatment;
import vn.ddcihub.scoring.UnitPair;
import vn.ddcihub.survey.domain.RunResult.Range;
import vn.ddcihub.survey.domain.RunResult.TreatedValue;
import vn.ddcihub.survey.domain.RunResult.UnitResult;

/**
 * Lays the engine's arrays out as a {@link RunResult}: by unit and indicator code, NaN as
 * null, unranked as null. Bands are the common DDCI bands ({@link Bands#ddciDefault()}):
 * the index door does not give an edition's own bands to other capabilities.
 */
final class RunResults {

	private RunResults() {
	}

	static RunResult of(ScoringInput input, Map<String, String> unitNames, BootstrapResult bootstrap,
			SensitivityResult sensitivity, Anchors given) {
		SurveyScore survey = bootstrap.survey();
		ScoringResult scores = survey.scores();
		List<String> units = input.unitCodes();
		List<String> indicators = input.specs().stream().map(IndicatorSpec::code).toList();
		List<List<String>> apart = indistinguishable(bootstrap, units);
		Bands bands = Bands.ddciDefault();
		List<UnitResult> results = new ArrayList<>();
		for (int u = 0; u < units.size(); u++) {
			boolean flagged = survey.isFlagged(u);
			List<Range> componentIntervals = Arrays.stream(bootstrap.components()[u]).map(RunResults::range).toList();
			int rank = scores.totalRank(u);
			results.add(new UnitResult(units.get(u), unitNames.getOrDefault(units.get(u), units.get(u)),
					survey.respondentCounts()[u], flagged, values(survey.raw()[u]), values(scores.normalised()[u]),
					values(scores.components()[u]), componentIntervals, value(scores.total(u)),
					range(bootstrap.totals()[u]), rank == Ranking.UNRANKED ? null : rank,
					range(bootstrap.totalRanks()[u]), survey.band(u, bands).map(Band::label).orElse(null), apart.get(u),
					value(sensitivity.medianRanks()[u]), range(sensitivity.rankRanges()[u])));
		}
		List<TreatedValue> treated = survey.treatments().stream().map(t -> treated(t, units, indicators)).toList();
		List<Range> anchors = null;
		if (given != null) {
			anchors = new ArrayList<>();
			for (int i = 0; i < given.size(); i++) {
				anchors.add(new Range(value(given.min(i)), value(given.max(i))));
			}
		}
		return new RunResult(input.componentCodes(), indicators, bootstrap.replicates(), sensitivity.runs(), results,
				values(survey.componentMedians()), value(survey.totalMedian()), treated, anchors, input.unknownUnits());
	}

	private static List<List<String>> indistinguishable(BootstrapResult bootstrap, List<String> units) {
		List<List<String>> apart = new ArrayList<>();
		units.forEach(code -> apart.add(new ArrayList<>()));
		for (UnitPair pair : bootstrap.indistinguishablePairs()) {
			apart.get(pair.first()).add(units.get(pair.second()));
			apart.get(pair.second()).add(units.get(pair.first()));
		}
		return apart;
	}

	private static TreatedValue treated(Treatment treatment, List<String> units, List<String> indicators) {
		return new TreatedValue(units.get(treatment.unit()), indicators.get(treatment.indicator()),
				treatment.kind().name(), value(treatment.before()), value(treatment.after()));
	}

	private static Double value(double x) {
		return Double.isNaN(x) ? null : x;
	}

	private static List<Double> values(double[] xs) {
		return Arrays.stream(xs).mapToObj(RunResults::value).toList();
	}

	private static Range range(Interval interval) {
		return new Range(value(interval.lower()), value(interval.upper()));
	}

	private static Range range(RankInterval interval) {
		if (interval.best() == Ranking.UNRANKED) {
			return new Range(null, null);
		}
		return new Range((double) interval.best(), (double) interval.worst());
	}

}
