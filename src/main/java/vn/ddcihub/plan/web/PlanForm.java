package vn.ddcihub.plan.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;

import vn.ddcihub.plan.Plan;
import vn.ddcihub.plan.domain.PlanDocuments;
import vn.ddcihub.plan.domain.PlanInput;
import vn.ddcihub.shared.VietnamTime;

/** The plan header form: lists (căn cứ, mục đích, yêu cầu, tổ chức thực hiện, nơi nhận) one entry per line. */
public record PlanForm(String numberSymbol, String place, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE, fallbackPatterns = { "d/M/yyyy" }) LocalDate issuedOn,
		String issuerParent, String issuer, String title, Integer year, Integer baselineYear, Integer targetYear,
		String legalBases, String context, String purposes, String requirements, String implementation, String recipients,
		String signerAuthority, String signerTitle, String signerName, Integer goalTotalRank, Double goalTotalScore,
		Integer goalBelowMedianIntoRank) {

	static PlanForm empty(int year) {
		return new PlanForm("", "", VietnamTime.today(), "", "", "", year, year - 1, year, "", "", "", "", "",
				"", "", "GIÁM ĐỐC", "", 10, 70.0, 10);
	}

	static PlanForm of(Plan plan) {
		return new PlanForm(plan.numberSymbol(), plan.place(), plan.issuedOn(), plan.issuerParent(), plan.issuer(),
				plan.title(), plan.year(), plan.baselineYear(), plan.targetYear(), String.join("\n", plan.legalBases()),
				plan.context(), String.join("\n", plan.purposes()), String.join("\n", plan.requirements()),
				String.join("\n", plan.implementation()), String.join("\n", plan.recipients()), plan.signerAuthority(),
				plan.signerTitle(), plan.signerName(), plan.goals().totalRank(), plan.goals().totalScore(),
				plan.goals().belowMedianIntoRank());
	}

	PlanInput toInput() {
		return new PlanInput(null, numberSymbol, place, issuedOn, issuerParent, issuer, title, year, baselineYear, targetYear,
				lines(legalBases), context, lines(purposes), lines(requirements), lines(implementation), lines(recipients),
				signerAuthority, signerTitle, signerName, goalTotalRank, goalTotalScore, goalBelowMedianIntoRank);
	}

	private static List<String> lines(String text) {
		return text == null ? List.of() : Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	public String text(String value) {
		return value == null ? "" : value;
	}
}
