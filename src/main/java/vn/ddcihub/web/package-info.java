/**
 * The shared page layout, navigation, start page, error pages and language. It knows no
 * capability: capabilities contribute start-page cards through
 * {@link vn.ddcihub.web.StartPageSection} and menu entries through
 * {@link vn.ddcihub.shared.NavigationEntry}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "org", "shared" })
package vn.ddcihub.web;
