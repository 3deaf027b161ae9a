package vn.ddcihub.survey.domain;

import java.util.ArrayList;
import java.util.List;

import vn.ddcihub.index.IndexApi.Interval;
import vn.ddcihub.index.IndexApi.ScoredUnit;
import vn.ddcihub.scoring.BootstrapResult;
import vn.ddcihub.scoring.Ranking;
import vn.ddcihub.scoring.RankInterval;

/**
 * One unit of a bootstrapped scoring as the index door publishes it: scores of a unit
 * with too few responses are left out (null) and it is not ranked; NaN becomes null.
 */
final class ScoredUnits {

	private ScoredUnits() {
	}

	static ScoredUnit of(String code, String name, int unit, int componentCount, BootstrapResult result) {
		boolean ranked = !result.survey().isFlagged(unit);
		List<Double> components = new ArrayList<>();
		List<Interval> intervals = new ArrayList<>();
		for (int c = 0; c < componentCount; c++) {
			components.add(ranked ? number(result.point().component(unit, c)) : null);
			intervals.add(ranked ? interval(result.components()[unit][c]) : null);
		}
		int rank = result.point().totalRank(unit);
		return new ScoredUnit(code, name, result.survey().respondentCounts()[unit], ranked, components,
				ranked ? number(result.point().total(unit)) : null, ranked && rank != Ranking.UNRANKED ? rank : null,
				intervals, ranked ? interval(result.totals()[unit]) : null,
				ranked ? interval(result.totalRanks()[unit]) : null);
	}

	private static Double number(double value) {
		return Double.isNaN(value) ? null : value;
	}

	private static Interval interval(vn.ddcihub.scoring.Interval interval) {
		return Double.isNaN(interval.lower()) ? null : new Interval(interval.lower(), interval.upper());
	}

	private static Interval interval(RankInterval interval) {
		return interval.best() == Ranking.UNRANKED ? null : new Interval(interval.best(), interval.worst());
	}

}
