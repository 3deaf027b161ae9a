package vn.ddcihub.plan.web;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;

import vn.ddcihub.plan.domain.MoveDirection;
import vn.ddcihub.plan.domain.TargetInput;
import vn.ddcihub.shared.BadInputException;
import vn.ddcihub.shared.NotFoundException;
import vn.ddcihub.web.ControllerSlice;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The plan API's mapping: paths, bodies, status codes and RFC 9457 answers. */
@ControllerSlice(PlanApiController.class)
class PlanApiControllerTest extends PlanControllerSlice {

	@Test
	void addingATargetAnswersCreatedWithTheTargetsIdAndPassesTheBodyOn() throws Exception {
		when(access.canManage(any(), eq(5L))).thenReturn(true);
		when(plans.addTarget(eq(5L), any(TargetInput.class))).thenReturn(42L);

		mvc.perform(post("/api/v1/plans/5/targets").with(user(COORDINATOR))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"componentCode": "C1", "componentName": "Tính minh bạch", "targetScore": 7.5}"""))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", "/api/v1/plans/5"))
			.andExpect(jsonPath("$.id").value(42));

		verify(plans).addTarget(eq(5L), eq(new TargetInput("C1", "Tính minh bạch", null, null, null, 7.5, null, null,
				null, null, null, null, null)));
	}

	@Test
	void aRefusedUserGetsAProblemInTheirLanguageAndNothingIsCalled() throws Exception {
		when(access.canApprove(any(), anyLong())).thenReturn(false);

		mvc.perform(post("/api/v1/plans/5/issue").with(user(COORDINATOR)).with(csrf()).header("Accept-Language", "vi"))
			.andExpect(status().isForbidden())
			.andExpect(header().string("Content-Type", MediaType.APPLICATION_PROBLEM_JSON_VALUE))
			.andExpect(jsonPath("$.status").value(403))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("không có quyền")));
		verify(revisions, never()).issue(anyLong(), any());
	}

	@Test
	void aPlanTheUserMayNotSeeIsNotFoundInEnglishWhenAskedInEnglish() throws Exception {
		when(access.canRead(any(), eq(9L))).thenThrow(new NotFoundException("plan.notFound", 9L));

		mvc.perform(get("/api/v1/plans/9").with(user(COORDINATOR)).header("Accept-Language", "en"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("9")))
			.andExpect(jsonPath("$.detail")
				.value(org.hamcrest.Matchers.not(org.hamcrest.Matchers.matchesRegex(".*[àáảãạăâđèéêìíòóôơùúưỳý].*"))));
	}

	@Test
	void aTaskMovesByTheDirectionNamedInTheQuery() throws Exception {
		when(access.canManage(any(), eq(5L))).thenReturn(true);

		mvc.perform(
				post("/api/v1/plans/5/tasks/8/move").param("direction", "down").with(user(COORDINATOR)).with(csrf()))
			.andExpect(status().isNoContent());

		verify(plans).moveTask(5L, 8L, MoveDirection.DOWN);
	}

	@Test
	void brokenJsonIsABadRequestThatSaysWhere() throws Exception {
		when(access.canManage(any(), eq(5L))).thenReturn(true);

		mvc.perform(post("/api/v1/plans/5/tasks/8/split").with(user(COORDINATOR))
			.with(csrf())
			.header("Accept-Language", "vi")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"titles\": [\"một\", }"))
			.andExpect(status().isBadRequest())
			.andExpect(
					jsonPath("$.detail").value(org.hamcrest.Matchers.is("Nội dung JSON sai cú pháp ở dòng 1, cột 22")));
		verify(plans, never()).splitTask(anyLong(), anyLong(), any());
	}

	@Test
	void aRefusalFromTheServiceIsABadRequestWithItsProblems() throws Exception {
		when(access.canManage(any(), eq(5L))).thenReturn(true);
		when(plans.splitTask(5L, 8L, List.of("một"))).thenThrow(new BadInputException("plan.alreadyIssued", 2));

		mvc.perform(post("/api/v1/plans/5/tasks/8/split").with(user(COORDINATOR))
			.with(csrf())
			.header("Accept-Language", "vi")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"titles\": [\"một\"]}"))
			.andExpect(status().isBadRequest())
			.andExpect(header().string("Content-Type", MediaType.APPLICATION_PROBLEM_JSON_VALUE))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("2")));
	}

}
