package vn.ddcihub.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.util.ReflectionUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import vn.ddcihub.IntegrationTest;
import vn.ddcihub.org.CurrentUser;
import vn.ddcihub.plan.domain.IssueDecision;
import vn.ddcihub.plan.web.PlanApiController;

/**
 * One way to refuse access: every handler declares who may call it with
 * {@code @PreAuthorize}, the declaration is decided before the request is read, and
 * method security still applies after binding.
 */
class AccessDeclarationTest extends IntegrationTest {

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping mappings;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private UserDetailsService users;

	@Test
	void everyHandlerDeclaresWhoMayCallIt() {
		List<String> undeclared = new ArrayList<>();
		int checked = 0;
		for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
			HandlerMethod handler = mapping.getValue();
			boolean ours = handler.getBeanType().getPackageName().startsWith("vn.ddcihub");
			boolean api = mapping.getKey().getPatternValues().stream().anyMatch(pattern -> pattern.startsWith("/api/"));
			if (!ours && !api) {
				continue;
			}
			checked++;
			if (AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), PreAuthorize.class) == null
					&& AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), PreAuthorize.class) == null) {
				undeclared.add(mapping.getKey() + " → " + handler.getShortLogMessage());
			}
		}
		assertThat(checked).as("handlers of pages and API").isGreaterThan(80);
		assertThat(undeclared).as("handlers without @PreAuthorize on the method or its class").isEmpty();
	}

	/**
	 * The only handlers open to everyone, signed in or not: signing in, the error page,
	 * and the public portal's (published results and the web survey with one-time codes),
	 * which declare {@code permitAll()} on purpose (SecurityConfiguration lets exactly
	 * these through).
	 */
	private static final Set<String> PUBLIC_ROUTES = Set.of("/login", "/error", "/cong-khai", "/cong-khai/phuong-phap",
			"/cong-khai/{year}/{block}", "/cong-khai/{year}/{block}/bang-xep-hang.csv",
			"/cong-khai/{year}/{block}/bang-xep-hang.xlsx", "/cong-khai/{year}/{block}/bang-hoi",
			"/cong-khai/{year}/{block}/bang-hoi.xlsx", "/cong-khai/{year}/{block}/{unitCode}",
			"/cong-khai/{year}/{block}/{unitCode}/du-lieu", "/cong-khai/khao-sat", "/cong-khai/khao-sat/phieu/{number}",
			"/cong-khai/khao-sat/phieu/{number}/dieu-kien", "/cong-khai/khao-sat/da-gui", "/cong-khai/khao-sat/thoat",
			"/cong-khai/hoi-dap", "/cong-khai/hoi-dap/{id}", "/cong-khai/hoi-dap/gui", "/cong-khai/hoi-dap/da-gui",
			"/cong-khai/hoi-dap/tra-cuu", "/cong-khai/hoi-dap/tra-cuu/danh-gia",
			"/cong-khai/hoi-dap/tra-cuu/tep/{fileId}", "/cong-khai/van-ban", "/cong-khai/van-ban/{id}",
			"/cong-khai/van-ban/{id}/tep", "/api/v1/public/questions", "/api/v1/public/questions/organisations",
			"/api/v1/public/questions/challenge", "/api/v1/public/questions/status", "/api/v1/public/questions/rating",
			"/api/v1/public/questions/published");

	@Test
	void onlyThePublicPortalIsOpenToEveryone() {
		Set<String> open = new TreeSet<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
			HandlerMethod handler = mapping.getValue();
			PreAuthorize declared = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), PreAuthorize.class);
			if (declared == null) {
				declared = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), PreAuthorize.class);
			}
			if (declared != null && declared.value().replace(" ", "").equals("permitAll()")) {
				open.addAll(mapping.getKey().getPatternValues());
			}
			else {
				mapping.getKey()
					.getPatternValues()
					.stream()
					.filter(pattern -> pattern.startsWith("/cong-khai"))
					.forEach(pattern -> open.add(pattern + " (public address without permitAll())"));
			}
		}
		assertThat(open).containsExactlyInAnyOrderElementsOf(PUBLIC_ROUTES);
	}

	@Test
	void aUserWhoMayNotChangeAPlanIsRefusedBeforeTheBodyIsRead() throws Exception {
		long plan = seedPlan();
		String malformed = "{\"title\": ";
		mockMvc
			.perform(put("/api/v1/plans/" + plan).with(httpBasic("qldd", DEMO_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content(malformed))
			.andExpect(status().isForbidden());
		mockMvc
			.perform(put("/api/v1/plans/" + plan).with(httpBasic("sct", DEMO_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content(malformed))
			.andExpect(status().isNotFound());
		mockMvc
			.perform(put("/api/v1/plans/" + plan).with(httpBasic("vanphong", DEMO_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content(malformed))
			.andExpect(status().isBadRequest());
		mockMvc
			.perform(post("/plans/" + plan + "/tasks").with(httpBasic("qldd", DEMO_PASSWORD))
				.with(csrf())
				.param("kind", "NO_SUCH_KIND")
				.param("deadline", "31/02/2020"))
			.andExpect(status().isForbidden());
	}

	@Test
	void queryParametersTakePartInTheDecisionButTheBodyNever() throws Exception {
		String malformed = "{\"targets\": ";
		mockMvc
			.perform(post("/api/v1/editions/2019/units/STNMT/target-check?block=DEPARTMENT")
				.with(httpBasic("sct", DEMO_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content(malformed))
			.andExpect(status().isNotFound());
		mockMvc
			.perform(post("/api/v1/editions/2019/units/STNMT/target-check?block=DEPARTMENT")
				.with(httpBasic("qldd", DEMO_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content(malformed))
			.andExpect(status().isBadRequest());
		mockMvc
			.perform(get("/api/v1/editions/2019/units/STNMT/targets?block=DEPARTMENT")
				.with(httpBasic("sct", DEMO_PASSWORD)))
			.andExpect(status().isNotFound());
		mockMvc
			.perform(get("/api/v1/editions/2019/units/STNMT/targets?block=DEPARTMENT")
				.with(httpBasic("qldd", DEMO_PASSWORD)))
			.andExpect(status().isOk());
	}

	@Test
	void anAddressThatDoesNotConvertIsLeftToBinding() throws Exception {
		mockMvc
			.perform(put("/api/v1/plans/not-a-number").with(httpBasic("qldd", DEMO_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{}"))
			.andExpect(status().isBadRequest());
	}

	@Test
	void methodSecurityStillRefusesAHandlerCalledWithoutTheWebLayer() {
		PlanApiController controller = context.getBean(PlanApiController.class);
		Method issue = ReflectionUtils.findMethod(PlanApiController.class, "issue", long.class, IssueDecision.class);
		ReflectionUtils.makeAccessible(issue);
		CurrentUser staff = (CurrentUser) users.loadUserByUsername("qldd");
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(staff, null, staff.getAuthorities()));
		try {
			assertThatThrownBy(() -> ReflectionUtils.invokeMethod(issue, controller, seedPlan(), null))
				.isInstanceOf(AccessDeniedException.class);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private long seedPlan() {
		return jdbc.sql("select id from plan_plan where number_symbol = '60/KH-STNMT' order by id limit 1")
			.query(Long.class)
			.single();
	}

}
