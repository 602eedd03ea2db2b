/**
 * Official documents: renders reports, letters and notices as PDF in the layout of Nghị định
 * 30/2020/NĐ-CP (Phụ lục I), with a Times-metric serif that has the Vietnamese glyphs embedded.
 * Modules build the body; this module owns the page, the header blocks and the signature block.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared" })
package vn.nhiemvu.officialdocument;
