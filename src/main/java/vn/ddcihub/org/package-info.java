/**
 * Organisations, units, users and roles (tổ chức, đơn vị, người dùng, vai trò), sign-in,
 * API tokens and the audit trail (nhật ký thay đổi). The door:
 * {@link vn.ddcihub.org.CurrentUser} with every access rule,
 * {@link vn.ddcihub.org.OrgDirectory} for reading organisations and units,
 * {@link vn.ddcihub.org.AuditTrail} for recording changes; pages, API and storage live in
 * {@code web} and {@code domain}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared" })
package vn.ddcihub.org;
