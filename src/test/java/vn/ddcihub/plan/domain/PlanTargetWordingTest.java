package vn.ddcihub.plan.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A target is one number: its words are written from it, never typed beside it. */
class PlanTargetWordingTest {

	@Test
	void theWordsFollowTheScoreWhateverWasTyped() {
		assertThat(PlanTarget.wording(7.8, null)).isEqualTo("đạt trên 7,80 điểm");
		assertThat(PlanTarget.wording(8.0, "đạt trên 7,80 điểm")).isEqualTo("đạt trên 8,00 điểm");
	}

	@Test
	void aTargetWithoutAScoreKeepsItsWords() {
		assertThat(PlanTarget.wording(null, " duy trì vị trí ")).isEqualTo("duy trì vị trí");
		assertThat(PlanTarget.wording(null, null)).isEmpty();
	}

}
