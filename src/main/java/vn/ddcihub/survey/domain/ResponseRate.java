package vn.ddcihub.survey.domain;

import java.util.List;

/**
 * How far the survey has come: per unit, the businesses of the sample that dealt with it
 * and the responses about it (web and imported), and the same for the whole block.
 *
 * @param businesses businesses in the sample
 * @param codesUsed businesses that answered on the web form
 */
public record ResponseRate(List<UnitRate> units, UnitRate block, int businesses, int codesUsed) {

	/**
	 * @param rate responses ÷ sampled, as a share (above 1 when more responses were
	 * imported than businesses sampled); null without a sample for the unit
	 */
	public record UnitRate(String unitCode, String unitName, int sampled, int responses, Double rate) {

		static UnitRate of(String unitCode, String unitName, int sampled, int responses) {
			return new UnitRate(unitCode, unitName, sampled, responses,
					sampled == 0 ? null : (double) responses / sampled);
		}

	}

}
