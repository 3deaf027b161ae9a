package vn.ddcihub.plan.domain;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.hibernate.validator.constraints.Range;

import vn.ddcihub.plan.Plan;
import vn.ddcihub.plan.domain.PlanInput;
import vn.ddcihub.shared.Label;
import vn.ddcihub.shared.ScoreRules.Rank;
import vn.ddcihub.shared.ScoreRules.Total;
import vn.ddcihub.shared.VietnamTime;

/**
 * The plan header as typed (lists — căn cứ, mục đích, yêu cầu, tổ chức thực hiện, nơi
 * nhận — one entry per line), with the rules every plan header keeps whether it comes
 * from the page or the API. Lengths follow the columns of plan_plan; its text columns get
 * limits a plan document can hold. Fields are in the order of the page, which the error
 * summary follows.
 */
@BaselineBeforeTargetYear
public record PlanForm(
		@Label("plan.number") @NotBlank(message = "{validation.required}") @Size(max = 64,
				message = "{validation.tooLong}") String numberSymbol,
		@Label("plan.place") @NotBlank(message = "{validation.required}") @Size(max = 128,
				message = "{validation.tooLong}") String place,
		@Label("plan.issuedOn") @NotNull(message = "{validation.required}") LocalDate issuedOn,
		@Label("plan.year") @NotNull(message = "{validation.required}") @Range(min = 2000, max = 2100,
				message = "{validation.between}") Integer year,
		@Label("plan.issuerParent") @Size(max = 255, message = "{validation.tooLong}") String issuerParent,
		@Label("plan.issuer") @NotBlank(message = "{validation.required}") @Size(max = 255,
				message = "{validation.tooLong}") String issuer,
		@Label("plan.title") @NotBlank(message = "{validation.required}") @Size(max = 1000,
				message = "{validation.tooLong}") String title,
		@Label("plan.baselineYear") @NotNull(message = "{validation.required}") @Range(min = 2000, max = 2100,
				message = "{validation.between}") Integer baselineYear,
		@Label("plan.targetYear") @NotNull(message = "{validation.required}") @Range(min = 2000, max = 2100,
				message = "{validation.between}") Integer targetYear,
		@Label("plan.goal.rank") @Rank Integer goalTotalRank, @Label("plan.goal.score") @Total Double goalTotalScore,
		@Label("plan.goal.belowMedian") @Rank Integer goalBelowMedianIntoRank,
		@Label("plan.legalBases") @Size(max = 10000, message = "{validation.tooLong}") String legalBases,
		@Label("plan.context") @Size(max = 10000, message = "{validation.tooLong}") String context,
		@Label("plan.purposes") @Size(max = 10000, message = "{validation.tooLong}") String purposes,
		@Label("plan.requirements") @Size(max = 10000, message = "{validation.tooLong}") String requirements,
		@Label("plan.implementation") @Size(max = 10000, message = "{validation.tooLong}") String implementation,
		@Label("plan.recipients") @Size(max = 4000, message = "{validation.tooLong}") String recipients,
		@Label("plan.signerAuthority") @Size(max = 128, message = "{validation.tooLong}") String signerAuthority,
		@Label("plan.signerTitle") @NotBlank(message = "{validation.required}") @Size(max = 128,
				message = "{validation.tooLong}") String signerTitle,
		@Label("plan.signerName") @NotBlank(message = "{validation.required}") @Size(max = 255,
				message = "{validation.tooLong}") String signerName) {

	public static PlanForm empty(int year) {
		return new PlanForm("", "", VietnamTime.today(), year, "", "", "", year - 1, year, 10, 70.0, 10, "", "", "", "",
				"", "", "", "GIÁM ĐỐC", "");
	}

	public static PlanForm of(Plan plan) {
		return new PlanForm(plan.numberSymbol(), plan.place(), plan.issuedOn(), plan.year(), plan.issuerParent(),
				plan.issuer(), plan.title(), plan.baselineYear(), plan.targetYear(), plan.goals().totalRank(),
				plan.goals().totalScore(), plan.goals().belowMedianIntoRank(), String.join("\n", plan.legalBases()),
				plan.context(), String.join("\n", plan.purposes()), String.join("\n", plan.requirements()),
				String.join("\n", plan.implementation()), String.join("\n", plan.recipients()), plan.signerAuthority(),
				plan.signerTitle(), plan.signerName());
	}

	/**
	 * A plan header sent to the API, as the page would have shown it, so both are held to
	 * the same rules.
	 */
	public static PlanForm of(PlanInput in) {
		return new PlanForm(in.numberSymbol(), in.place(), in.issuedOn(), in.year(), in.issuerParent(), in.issuer(),
				in.title(), in.baselineYear(), in.targetYear(), in.goalTotalRank(), in.goalTotalScore(),
				in.goalBelowMedianIntoRank(), joined(in.legalBases()), in.context(), joined(in.purposes()),
				joined(in.requirements()), joined(in.implementation()), joined(in.recipients()), in.signerAuthority(),
				in.signerTitle(), in.signerName());
	}

	public PlanInput toInput() {
		return new PlanInput(null, numberSymbol, place, issuedOn, issuerParent, issuer, title, year, baselineYear,
				targetYear, lines(legalBases), context, lines(purposes), lines(requirements), lines(implementation),
				lines(recipients), signerAuthority, signerTitle, signerName, goalTotalRank, goalTotalScore,
				goalBelowMedianIntoRank);
	}

	private static List<String> lines(String text) {
		return text == null ? List.of()
				: Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	private static String joined(List<String> lines) {
		return lines == null ? null : String.join("\n", lines);
	}
}
