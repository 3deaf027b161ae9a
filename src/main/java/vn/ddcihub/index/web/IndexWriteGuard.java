package vn.ddcihub.index.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import vn.ddcihub.index.domain.IndexAccess;
import vn.ddcihub.org.CurrentUsers;

/** Refuses {@link IndexWrite} handlers to users who may not change the index, before binding. */
@Configuration(proxyBeanMethods = false)
public class IndexWriteGuard implements WebMvcConfigurer, HandlerInterceptor {

	private final IndexAccess access;

	IndexWriteGuard(IndexAccess access) {
		this.access = access;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).addPathPatterns("/index/**", "/api/v1/editions/**", "/api/v1/assessed-units/**");
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (handler instanceof HandlerMethod method && method.hasMethodAnnotation(IndexWrite.class)) {
			access.requireWrite(CurrentUsers.current().orElse(null));
		}
		return true;
	}
}
