package vn.ddcihub.plan.web;

import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.ddcihub.plan.domain.PlanInput;
import vn.ddcihub.shared.FormState;
import vn.ddcihub.web.ControllerSlice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The plan form's mapping: what the page posts reaches the service as typed values
 * (dd/MM/yyyy, decimal comma), and a wrong value comes back to the same form with the
 * typed input kept and the problem on its field.
 */
@ControllerSlice(PlanPageController.class)
class PlanPageControllerTest extends PlanControllerSlice {

	@Test
	void aValidFormIsSavedWithVietnameseDateAndDecimalCommaAndRedirectsToThePlan() throws Exception {
		when(access.canManage(any(), eq(3L))).thenReturn(true);

		mvc.perform(planForm(post("/plans/3/edit"), "11/06/2020", "70,25"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/plans/3"));

		verify(plans).update(eq(3L),
				org.mockito.ArgumentMatchers.argThat((PlanInput in) -> in.goalTotalScore() == 70.25
						&& in.issuedOn().equals(java.time.LocalDate.of(2020, 6, 11))
						&& "60/KH-STNMT".equals(in.numberSymbol())));
	}

	@Test
	void anImpossibleDateComesBackToTheFormBesideItsFieldWithWhatWasTyped() throws Exception {
		when(access.canManage(any(), eq(3L))).thenReturn(true);

		MvcResult result = mvc.perform(planForm(post("/plans/3/edit"), "31/02/2020", "70,25"))
			.andExpect(status().isOk())
			.andExpect(view().name("plan/plan-form"))
			.andReturn();

		FormState form = (FormState) result.getModelAndView().getModel().get("form");
		assertThat(form.hasErrors()).isTrue();
		assertThat(form.field("issuedOn").invalid()).isTrue();
		assertThat(form.field("issuedOn").value()).isEqualTo("31/02/2020");
		assertThat(form.field("goalTotalScore").invalid()).isFalse();
		verify(plans, never()).update(anyLong(), any());
	}

	@Test
	void aNulCharacterInATextIsAnErrorOnItsFieldNotARefusalByTheDatabase() throws Exception {
		when(access.canManage(any(), eq(3L))).thenReturn(true);

		MvcResult result = mvc
			.perform(planForm(post("/plans/3/edit"), "11/06/2020", "70,25").param("title", "Kế hoạch\u0000 DDCI"))
			.andExpect(status().isOk())
			.andExpect(view().name("plan/plan-form"))
			.andReturn();

		FormState form = (FormState) result.getModelAndView().getModel().get("form");
		assertThat(form.problems()).extracting(FormState.Problem::field).containsExactly("title");
		verify(plans, never()).update(anyLong(), any());
	}

	@Test
	void aUserWhoMayNotManageThePlanCannotPostTheForm() throws Exception {
		when(access.canManage(any(), eq(3L))).thenReturn(false);

		mvc.perform(planForm(post("/plans/3/edit"), "11/06/2020", "70,25")).andExpect(status().isForbidden());

		verify(plans, never()).update(anyLong(), any());
	}

	private static MockHttpServletRequestBuilder planForm(MockHttpServletRequestBuilder request, String issuedOn,
			String goalScore) {
		return request.with(user(COORDINATOR))
			.with(csrf())
			.header("Accept-Language", "vi")
			.param("numberSymbol", "60/KH-STNMT")
			.param("place", "Quảng Ninh")
			.param("issuedOn", issuedOn)
			.param("year", "2020")
			.param("issuer", "Sở Tài nguyên và Môi trường")
			.param("title", "Kế hoạch nâng cao chỉ số DDCI năm 2020")
			.param("baselineYear", "2019")
			.param("targetYear", "2020")
			.param("goalTotalRank", "10")
			.param("goalTotalScore", goalScore)
			.param("signerTitle", "Giám đốc")
			.param("signerName", "Nguyễn Văn A");
	}

}
