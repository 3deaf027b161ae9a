package vn.ddcihub.system;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description at /v3/api-docs: title, and the two ways scripts sign in. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI ddciOpenApi() {
		return new OpenAPI()
			.info(new Info().title("DDCI Hub API")
				.version("v1")
				.description("""
						API của DDCI Hub: chỉ số DDCI, kế hoạch nâng cao chỉ số, tổ chức và nhật ký thay đổi.
						Ngày theo ISO (yyyy-MM-dd), số thập phân dùng dấu chấm. Đăng nhập bằng HTTP Basic hoặc khóa API cá nhân
						(Authorization: Bearer ddci_…). / DDCI Hub API: index results, improvement plans, organisations, audit trail.""")
				.license(new License().name("Apache-2.0")))
			.components(new Components()
				.addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
				.addSecuritySchemes("token", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
			.addSecurityItem(new SecurityRequirement().addList("basic"))
			.addSecurityItem(new SecurityRequirement().addList("token"));
	}
}
