package vn.ddcihub.index.web;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import vn.ddcihub.index.Block;
import vn.ddcihub.index.domain.AssessedUnits;
import vn.ddcihub.index.domain.IndexAccess;
import vn.ddcihub.index.domain.IndexDefinitions;
import vn.ddcihub.index.domain.IndexFiles;
import vn.ddcihub.index.domain.IndexService;
import vn.ddcihub.index.domain.ResultImports;
import vn.ddcihub.org.CurrentUser;
import vn.ddcihub.org.Role;
import vn.ddcihub.web.ControllerSlice;

import static org.hamcrest.Matchers.is;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The index API's mapping: query parameters, defaults and refusals. */
@ControllerSlice(IndexApiController.class)
class IndexApiControllerTest {

	static final CurrentUser VIEWER = new CurrentUser(3, "xem", "Người xem", null, null, Set.of(Role.VIEWER), "", true);

	@Autowired
	MockMvc mvc;

	@MockitoBean
	IndexService index;

	@MockitoBean
	IndexDefinitions definitions;

	@MockitoBean
	AssessedUnits assessedUnits;

	@MockitoBean
	IndexFiles files;

	@MockitoBean
	ResultImports imports;

	@MockitoBean(name = "indexAccess")
	IndexAccess access;

	@Test
	void theTargetRankQuestionReachesTheServiceWithItsParametersAndDefaults() throws Exception {
		mvc.perform(get("/api/v1/editions/2019/units/STNMT/target-rank").param("block", " district ")
			.param("rank", "5")
			.with(user(VIEWER))).andExpect(status().isOk());
		verify(index).targetRank(2019, Block.DISTRICT, "STNMT", 5, false);

		mvc.perform(get("/api/v1/editions/2019/units/STNMT/target-rank").with(user(VIEWER))).andExpect(status().isOk());
		verify(index).targetRank(2019, Block.DEPARTMENT, "STNMT", 10, false);
	}

	@Test
	void anUnknownBlockIsRefusedInTheLanguageOfTheRequest() throws Exception {
		mvc.perform(get("/api/v1/editions/2019/results").param("block", "PROVINCE")
			.with(user(VIEWER))
			.header("Accept-Language", "en"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", is("Unknown block: PROVINCE (DEPARTMENT or DISTRICT)")));
		mvc.perform(get("/api/v1/editions/2019/results").param("block", "PROVINCE")
			.with(user(VIEWER))
			.header("Accept-Language", "vi"))
			.andExpect(jsonPath("$.detail", is("Khối không hợp lệ: PROVINCE (DEPARTMENT hoặc DISTRICT)")));
		verify(index, never()).results(anyInt(), any());
	}

	@Test
	void aRankThatIsNotANumberNamesTheParameter() throws Exception {
		mvc.perform(get("/api/v1/editions/2019/units/STNMT/target-rank").param("rank", "mười")
			.with(user(VIEWER))
			.header("Accept-Language", "vi"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.problems[0].field", is("rank")));
	}

	@Test
	void aTargetCheckWithoutTargetsUsesTheSavedOnesAndTheGoalOfSeventy() throws Exception {
		when(access.canSeeTargets(any(), anyString(), anyString())).thenReturn(true);
		when(index.targets(2020, Block.DEPARTMENT, "STNMT")).thenReturn(Map.of("C1", 7.5));

		mvc.perform(post("/api/v1/editions/2020/units/STNMT/target-check").with(user(VIEWER)).with(csrf()))
			.andExpect(status().isOk());

		verify(index).checkTargets(2020, Block.DEPARTMENT, "STNMT", Map.of("C1", 7.5), 70.0);
	}

	@Test
	void aViewerCannotImportResults() throws Exception {
		when(access.canWrite(any())).thenReturn(false);

		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.multipart("/api/v1/editions/2020/results")
			.file(new org.springframework.mock.web.MockMultipartFile("file", "kq.csv", "text/csv",
					"unit_code\n".getBytes()))
			.with(user(VIEWER))
			.with(csrf())
			.contentType(MediaType.MULTIPART_FORM_DATA)).andExpect(status().isForbidden());

		verify(imports, never()).importFile(anyInt(), any(), any(), org.mockito.ArgumentMatchers.anyLong(), any(),
				org.mockito.ArgumentMatchers.anyBoolean());
	}

}
