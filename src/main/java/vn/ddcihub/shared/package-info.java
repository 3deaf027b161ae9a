/**
 * Small types every capability may use: navigation entries, not-found and forbidden outcomes.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package vn.ddcihub.shared;
