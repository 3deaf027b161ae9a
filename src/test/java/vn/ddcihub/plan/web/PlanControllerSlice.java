package vn.ddcihub.plan.web;

import java.util.Set;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import vn.ddcihub.org.CurrentUser;
import vn.ddcihub.org.Role;
import vn.ddcihub.plan.domain.PlanAccess;
import vn.ddcihub.plan.domain.PlanDocuments;
import vn.ddcihub.plan.domain.PlanRevisions;
import vn.ddcihub.plan.domain.PlanService;

/** What the plan controllers' slices share: the services they call and a coordinator. */
abstract class PlanControllerSlice {

	static final CurrentUser COORDINATOR = new CurrentUser(7, "vp", "Văn phòng", 1L, 10L, Set.of(Role.COORDINATOR), "",
			true);

	@Autowired
	MockMvc mvc;

	@MockitoBean
	PlanService plans;

	@MockitoBean
	PlanDocuments documents;

	@MockitoBean
	PlanRevisions revisions;

	@MockitoBean(name = "planAccess")
	PlanAccess access;

}
