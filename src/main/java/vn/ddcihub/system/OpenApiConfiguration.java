package vn.ddcihub.system;

import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description at /v3/api-docs: title, the two ways scripts sign in, and the
 * error answers every operation may give, as problem details (RFC 9457,
 * {@code application/problem+json}).
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI ddciOpenApi() {
		return new OpenAPI()
			.info(new Info().title("DDCI Hub API")
				.version("v1")
				.description(
						"""
								API của DDCI Hub: chỉ số DDCI, kế hoạch nâng cao chỉ số, tổ chức và nhật ký thay đổi.
								Ngày theo ISO (yyyy-MM-dd), số thập phân dùng dấu chấm. Kịch bản nên đăng nhập bằng khóa API cá nhân
								(Authorization: Bearer ddci_…; tạo tại /account hoặc POST /api/v1/me/tokens, thu hồi được bất cứ lúc nào);
								HTTP Basic vẫn dùng được nhưng gửi mật khẩu trong mọi lời gọi và chậm hơn khi mật khẩu mới được kiểm tra.
								Lời gọi không có phiên không cần mã CSRF. / DDCI Hub API: index results, improvement plans, organisations,
								audit trail. Scripts should sign in with a personal API token (Authorization: Bearer ddci_…; create one at
								/account or with POST /api/v1/me/tokens, revoke it any time); HTTP Basic works too, but sends the password
								with every call and is slower whenever a password has to be checked afresh.""")
				.license(new License().name("Apache-2.0")))
			.components(new Components().addSecuritySchemes("token", new SecurityScheme().type(SecurityScheme.Type.HTTP)
				.scheme("bearer")
				.description(
						"Khóa API cá nhân (khuyến nghị cho kịch bản) / Personal API token (recommended for scripts)"))
				.addSecuritySchemes("basic",
						new SecurityScheme().type(SecurityScheme.Type.HTTP)
							.scheme("basic")
							.description("Tên đăng nhập và mật khẩu / User name and password")))
			.addSecurityItem(new SecurityRequirement().addList("token"))
			.addSecurityItem(new SecurityRequirement().addList("basic"));
	}

	private static final String PROBLEM = "ProblemDetail";

	private static final Map<String, String> ERRORS = Map.of("400",
			"Dữ liệu không hợp lệ; problems nêu từng trường hoặc ô của tệp / Invalid input; problems lists each field or file cell",
			"401", "Cần đăng nhập / Sign-in required", "403", "Không có quyền / Forbidden", "404",
			"Không tìm thấy, hoặc thuộc cơ quan khác / Not found, or another organisation's record", "500",
			"Lỗi hệ thống / Internal error");

	/**
	 * Adds the problem detail schema and the error answers to every operation (413 where
	 * files are uploaded).
	 */
	@Bean
	OpenApiCustomizer problemResponses() {
		return openApi -> {
			openApi.getComponents().addSchemas(PROBLEM, problemSchema());
			if (openApi.getPaths() == null) {
				return;
			}
			openApi.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
				ERRORS.forEach((status, description) -> addResponse(operation, status, description));
				boolean upload = operation.getRequestBody() != null && operation.getRequestBody().getContent() != null
						&& operation.getRequestBody().getContent().containsKey("multipart/form-data");
				if (upload) {
					addResponse(operation, "413", "Tệp quá lớn (giới hạn 10 MB) / File too large (10 MB limit)");
				}
			}));
		};
	}

	private static void addResponse(Operation operation, String status, String description) {
		if (operation.getResponses().get(status) == null) {
			operation.getResponses()
				.addApiResponse(status,
						new ApiResponse().description(description)
							.content(new Content().addMediaType("application/problem+json",
									new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)))));
		}
	}

	private static Schema<?> problemSchema() {
		Schema<?> problem = new ObjectSchema()
			.description("Lỗi theo RFC 9457; title và detail theo ngôn ngữ của yêu cầu (Accept-Language, ?lang=) / "
					+ "An RFC 9457 problem; title and detail in the request's language")
			.addProperty("type", new StringSchema().format("uri").example("about:blank"))
			.addProperty("title", new StringSchema().example("Không có quyền"))
			.addProperty("status", new IntegerSchema().example(403))
			.addProperty("detail", new StringSchema().example("Bạn không có quyền thực hiện thao tác này"))
			.addProperty("instance", new StringSchema().format("uri").example("/api/v1/plans/1"));
		Schema<?> item = new ObjectSchema().addProperty("file", new StringSchema().nullable(true))
			.addProperty("row", new IntegerSchema().nullable(true))
			.addProperty("column", new StringSchema().nullable(true))
			.addProperty("field", new StringSchema().nullable(true))
			.addProperty("message", new StringSchema());
		return problem.addProperty("problems", new ArraySchema().items(item)
			.description("Chỉ khi dữ liệu không hợp lệ (400) / Only for invalid input (400)"));
	}

}
