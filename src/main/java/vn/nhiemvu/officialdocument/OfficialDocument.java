package vn.nhiemvu.officialdocument;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One administrative document as Nghị định 30/2020/NĐ-CP lays it out.
 *
 * @param parentAgency    cơ quan chủ quản, the upper line of the issuer block ("BỘ THÔNG TIN VÀ TRUYỀN THÔNG"); may be null
 * @param issuingAgency   the issuing agency or unit, printed bold ("VĂN PHÒNG")
 * @param number          số, ký hiệu ("15/VP-TH"); null prints "Số:" with room to write the number by hand
 * @param place           place of issue ("Hà Nội")
 * @param date            date of issue; null prints "ngày    tháng    năm" for a draft
 * @param kindTitle       the document's kind ("BÁO CÁO"); null for a công văn, whose subject goes under the number
 * @param subject         trích yếu; for a công văn printed as "V/v …"
 * @param addressees      Kính gửi; empty for none
 * @param bodyXhtml       well-formed XHTML fragment: build it with a template so that text is escaped
 * @param recipients      Nơi nhận lines
 * @param signingCapacity thẩm quyền ký, one line per row ("KT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG")
 * @param signerName      the signer's name; may be null on a draft
 * @param landscape       A4 landscape, for wide tables
 */
public record OfficialDocument(
        String parentAgency,
        String issuingAgency,
        String number,
        String place,
        LocalDate date,
        String kindTitle,
        String subject,
        List<String> addressees,
        String bodyXhtml,
        List<String> recipients,
        String signingCapacity,
        String signerName,
        boolean landscape) {

    public OfficialDocument {
        Objects.requireNonNull(issuingAgency, "issuingAgency");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(bodyXhtml, "bodyXhtml");
        addressees = addressees == null ? List.of() : List.copyOf(addressees);
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
    }

    /**
     * The place and date line as Nghị định 30/2020 writes it: "Hà Nội, ngày 03 tháng 11 năm 2020",
     * days below 10 and months below 3 with a leading zero; a draft without date leaves room.
     */
    public String placeAndDate() {
        if (date == null) {
            return place + ", ngày      tháng      năm";
        }
        String day = date.getDayOfMonth() < 10 ? "0" + date.getDayOfMonth() : String.valueOf(date.getDayOfMonth());
        String month = date.getMonthValue() < 3 ? "0" + date.getMonthValue() : String.valueOf(date.getMonthValue());
        return place + ", ngày " + day + " tháng " + month + " năm " + date.getYear();
    }

    /** A công văn has no kind title; its subject is printed under the number as "V/v …". */
    public boolean isLetter() {
        return kindTitle == null || kindTitle.isBlank();
    }
}
