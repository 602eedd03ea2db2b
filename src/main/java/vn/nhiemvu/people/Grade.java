package vn.nhiemvu.people;

import vn.nhiemvu.shared.Message;

/** The grades of Nghị định 335 (DOMAIN §10), from the highest. */
public enum Grade {
    /** Hoàn thành xuất sắc nhiệm vụ: at most 20 % of those rated "tốt" in an agency and group of similar duties. */
    EXCELLENT,
    /** Hoàn thành tốt nhiệm vụ. */
    GOOD,
    /** Hoàn thành nhiệm vụ. */
    DONE,
    /** Không hoàn thành nhiệm vụ. */
    NOT_DONE;

    public String code() {
        return "people.grade." + name();
    }

    public String label() {
        return Message.of(code()).vietnamese();
    }
}
