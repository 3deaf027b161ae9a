package vn.ddcihub.org.web;

import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.ddcihub.org.CurrentUser;
import vn.ddcihub.org.OrgDirectory;
import vn.ddcihub.org.Organisation;
import vn.ddcihub.org.OrganisationKind;
import vn.ddcihub.org.Role;
import vn.ddcihub.org.domain.OrgAdministration;
import vn.ddcihub.shared.FormState;
import vn.ddcihub.web.ControllerSlice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The administration forms' mapping: only ADMIN posts, and wrong values stay on the form.
 */
@ControllerSlice(AdminController.class)
class AdminControllerTest {

	static final CurrentUser ADMIN = new CurrentUser(1, "admin", "Quản trị", null, null, Set.of(Role.ADMIN), "", true);

	static final CurrentUser COORDINATOR = new CurrentUser(7, "vp", "Văn phòng", 1L, 10L, Set.of(Role.COORDINATOR), "",
			true);

	@Autowired
	MockMvc mvc;

	@MockitoBean
	OrgAdministration administration;

	@Autowired
	OrgDirectory directory;

	@Test
	void aUnitWithAWrongCodeAndEmailComesBackWithBothFieldsMarkedAndTheTypedValues() throws Exception {
		when(directory.organisation(1)).thenReturn(Optional.of(new Organisation(1L, "STNMT",
				"Sở Tài nguyên và Môi trường", "Sở TN&MT", OrganisationKind.DEPARTMENT, "UBND tỉnh", true)));

		MvcResult result = mvc
			.perform(post("/admin/units/new").with(user(ADMIN))
				.with(csrf())
				.param("organisationId", "1")
				.param("code", "VP SỞ")
				.param("name", "Văn phòng Sở")
				.param("email", "vanphong@")
				.param("sortOrder", "1")
				.param("active", "true"))
			.andExpect(status().isOk())
			.andExpect(view().name("org/unit-form"))
			.andReturn();

		FormState form = (FormState) result.getModelAndView().getModel().get("form");
		assertThat(form.problems()).extracting(FormState.Problem::field).containsExactly("code", "email");
		assertThat(form.field("code").value()).isEqualTo("VP SỞ");
		assertThat(form.field("name").invalid()).isFalse();
		verify(administration, never()).createUnit(any());
	}

	@Test
	void onlyAnAdministratorChangesUnits() throws Exception {
		mvc.perform(post("/admin/units/new").with(user(COORDINATOR))
			.with(csrf())
			.param("organisationId", "1")
			.param("code", "VP")
			.param("name", "Văn phòng Sở")).andExpect(status().isForbidden());
		verify(administration, never()).createUnit(any());
	}

}
