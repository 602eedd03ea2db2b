package vn.nhiemvu.federation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.nhiemvu.shared.InvalidInputException;
import vn.nhiemvu.shared.Message;

class EdXmlTests {

    private static String sample() throws IOException {
        try (InputStream in = EdXmlTests.class.getResourceAsStream("/federation/edxml-task-assigned.xml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static final EdXml.Assignment EXPECTED = new EdXml.Assignment("0b9c2c52-5a0e-4a43-9d0e-8d1f6f8a3e11",
            "VPCP", "BTTTT", "1432", 1, Instant.parse("2026-12-07T08:15:30.120Z"),
            new Messages.Assigned(new Messages.DirectiveInfo("CHI_THI", "75/CT-TTg",
                    "Về việc tăng cường kỷ luật, kỷ cương trong thực hiện nhiệm vụ Chính phủ giao", "TTG",
                    LocalDate.of(2020, 6, 16), LocalDate.of(2020, 11, 10)),
                    new Messages.AssignedTask("Xây dựng Đề án chuyển đổi số quốc gia", null, "SCHEME",
                            LocalDate.of(2020, 12, 31), "trong tháng 12 năm 2020")));

    @Test
    void theSamplePacketReadsAsTheTaskAssignedItCarries() throws IOException {
        assertThat(EdXml.read(sample())).isEqualTo(EXPECTED);
    }

    @Test
    void whatIsWrittenReadsBackTheSameAndCarriesTheHeaderAnotherSystemReads() {
        String xml = EdXml.write(EXPECTED);
        assertThat(EdXml.read(xml)).isEqualTo(EXPECTED);
        assertThat(xml).contains("<CodeNumber>75</CodeNumber>", "<CodeNotation>CT-TTg</CodeNotation>",
                "<PromulgationDate>2020/06/16</PromulgationDate>", "<DueDate>2020/12/31</DueDate>",
                "<DocumentId>TTG,2020/06/16,75/CT-TTg</DocumentId>", "<Timestamp>2026/12/07 15:15:30</Timestamp>",
                "<BussinessDocType>0</BussinessDocType>", "xmlns=\"" + EdXml.NS + "\"");
        var noDirective = new EdXml.Assignment("id-2", "VPCP", "BTTTT", "7", 1, EXPECTED.sentAt(),
                new Messages.Assigned(null, new Messages.AssignedTask("Báo cáo", "Chi tiết", null, null, null)));
        assertThat(EdXml.read(EdXml.write(noDirective))).isEqualTo(noDirective);
    }

    @Test
    void aPacketWithoutWhatTheMessageNeedsOrWithADoctypeIsRefused() throws IOException {
        assertThatThrownBy(() -> EdXml.read(sample().replaceAll("<nv:UpperTaskId>.*</nv:UpperTaskId>", "")))
                .isInstanceOf(InvalidInputException.class).extracting(e -> ((InvalidInputException) e).words())
                .isEqualTo(Message.of("invalid.federation.edxml.missing", "UpperTaskId"));
        assertThatThrownBy(() -> EdXml.read(sample().replace("2020/12/31", "31/12/2020")))
                .isInstanceOf(InvalidInputException.class);
        String entity = "<?xml version=\"1.0\"?><!DOCTYPE edXML [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<edXML xmlns=\"" + EdXml.NS + "\">&x;</edXML>";
        assertThatThrownBy(() -> EdXml.read(entity)).isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).words())
                .isEqualTo(Message.of("invalid.federation.edxml.unreadable"));
        assertThatThrownBy(() -> EdXml.read("<other/>")).isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).words())
                .isEqualTo(Message.of("invalid.federation.edxml.not-edxml"));
    }
}
