package vn.nhiemvu.shared;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Workbook;

/** The look of the workbooks the system writes (reports, round aggregates), so that they read alike. */
public final class WorkbookStyles {

    private WorkbookStyles() {
    }

    /** A column heading: bold, wrapped, on grey, ruled below. */
    public static CellStyle header(Workbook book) {
        Font bold = book.createFont();
        bold.setBold(true);
        CellStyle header = book.createCellStyle();
        header.setFont(bold);
        header.setWrapText(true);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        return header;
    }
}
