/**
 * Word, PDF and Excel output in the Vietnamese administrative layout (Decree 30/2020), and charts
 * inside documents. Capabilities hand it content; it depends on no capability.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared" })
package vn.ddcihub.documents;
