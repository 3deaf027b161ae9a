package vn.ddcihub.web;

import java.util.Map;

import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;

/**
 * Errors that reach the container (an unknown method, an unexpected failure) still answer API
 * clients with a Vietnamese message, never a stack trace or an exception name.
 */
@Component
class VietnameseErrorAttributes extends DefaultErrorAttributes {

	@Override
	public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
		Map<String, Object> attributes = super.getErrorAttributes(request, options);
		Object status = attributes.get("status");
		attributes.put("message", switch (status instanceof Integer code ? code : 500) {
			case 400 -> "Yêu cầu không hợp lệ";
			case 401 -> "Cần đăng nhập";
			case 403 -> "Bạn không có quyền thực hiện thao tác này";
			case 404 -> "Không tìm thấy";
			case 405 -> "Phương thức HTTP này không được hỗ trợ cho địa chỉ này";
			case 413 -> "Tệp tải lên quá lớn: giới hạn là 10 MB mỗi tệp";
			case 415 -> "Kiểu nội dung không được hỗ trợ (dùng application/json hoặc multipart/form-data)";
			default -> "Hệ thống gặp sự cố; thao tác chưa được lưu. Vui lòng thử lại hoặc báo quản trị hệ thống.";
		});
		return attributes;
	}
}
