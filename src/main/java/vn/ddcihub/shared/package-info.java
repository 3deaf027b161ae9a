/**
 * Small types every capability may use: navigation entries, not-found and bad-input
 * outcomes.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package vn.ddcihub.shared;
