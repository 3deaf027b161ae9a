/**
 * Documents in the Vietnamese administrative layout (Decree 30/2020/NĐ-CP) as Word and
 * PDF, reports as PDF, tables as Excel and charts as PNG. Features hand content to
 * {@link vn.ddcihub.documents.DocumentRenderers}; the layout is described once in
 * {@code layout} and drawn by the {@code docx} and {@code pdf} painters.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package vn.ddcihub.documents;
